// SEC-9: thousands of malformed requests across every route get a clear 4xx, never a 5xx or a stack trace,
// and change nothing that was saved before. Reproduce a run with FUZZ_SEED=<seed> (FUZZ_REQUESTS=<n> to resize).
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../helpers.ts';
import { addMember, createFacilitator, testPassword } from '../accounts.ts';
import { buildRequest, describeRequest, type FuzzContext, type FuzzRequest, type Route } from './fuzz.ts';
import { createInviteLink, createSignupLink } from '../../src/accounts/accounts.actions.ts';
import { insertSession } from '../../src/accounts/accounts.queries.ts';
import { nowIso } from '../../src/db/ids.ts';
import { hashToken, newToken } from '../../src/web/tokens.ts';
import { injectStream } from '../sse.ts';

const seed = Number(process.env.FUZZ_SEED || 0x5eed2026) >>> 0;
const total = Number(process.env.FUZZ_REQUESTS) > 0 ? Math.floor(Number(process.env.FUZZ_REQUESTS)) : 12_000;
const concurrency = 4;
const stackTrace = /\n\s+at \S+ \(|node:internal|\.[cm]?[jt]sx?:\d+:\d+|"stack"/i;

function bodyText(res: LightMyRequestResponse): string {
  const encoding = res.headers['content-encoding'];
  try {
    if (encoding === 'br') return brotliDecompressSync(res.rawPayload).toString();
    if (encoding === 'gzip') return gunzipSync(res.rawPayload).toString();
    if (encoding === 'deflate') return inflateSync(res.rawPayload).toString();
  } catch {
    return `(undecodable ${encoding} body)`;
  }
  return res.body;
}

/** Percent-decoding that survives invalid escapes and invalid UTF-8, as a form parser would. */
function decoded(s: string): string {
  const bytes: number[] = [];
  const text = s.replace(/\+/g, ' ');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%' && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Everything a response could legitimately echo back from the request. */
function requestText(r: FuzzRequest): string {
  const payload = r.payload === undefined ? '' : typeof r.payload === 'string' ? r.payload : r.payload.toString('utf8');
  return [r.url, decoded(r.url), payload, decoded(payload), JSON.stringify(r.headers)].join('\n');
}

function headingText(html: string): string {
  return (/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
}

/** What is wrong with a response to a malformed request: nothing, ideally. */
function problems(r: FuzzRequest, res: LightMyRequestResponse, sentinel: string): string[] {
  const found: string[] = [];
  const status = res.statusCode;
  const type = String(res.headers['content-type'] ?? '');
  const body = r.method === 'HEAD' ? '' : bodyText(res);
  // A page's heading says more than its first bytes (which are always the same <head>).
  const preview = JSON.stringify(/text\/html/.test(type) && headingText(body) ? `<h1> ${headingText(body)}` : body.slice(0, 200));
  // No exception, not even /oembed with another format: it answers 400 (issue 10, "Bad input").
  if (status >= 500) found.push(`status ${status}: ${preview}`);
  const trace = stackTrace.exec(body);
  const asset = status < 400 && /javascript|text\/css/.test(type);
  if (trace && !asset && !requestText(r).includes(trace[0])) found.push(`a stack trace in the body ("${trace[0]}"): ${preview}`);
  if (status >= 300 && status < 400 && status !== 304 && !res.headers.location) found.push(`a ${status} without a Location`);
  if (status >= 400 && r.method !== 'HEAD') {
    if (/text\/html/.test(type)) {
      if (!headingText(body)) found.push(`a ${status} page without a readable heading: ${preview}`);
    } else if (/application\/json/.test(type)) {
      let message: unknown;
      try {
        const parsed = JSON.parse(body) as Record<string, unknown>;
        message = parsed.message ?? parsed.error;
      } catch {
        message = undefined;
      }
      if (typeof message !== 'string' || !message) found.push(`a ${status} JSON body without a message: ${preview}`);
    } else if (!/text\/plain/.test(type) || !body.trim()) {
      found.push(`a ${status} with no readable message (content-type "${type}"): ${preview}`);
    }
  }
  if (sentinel && body.includes(sentinel) && !requestText(r).includes(sentinel)) found.push('another board’s author email appears in the response');
  return found;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no response after ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

const count = <K>(map: Map<K, number>, key: K, n = 1) => map.set(key, (map.get(key) ?? 0) + n);

for (const dialect of dialects) {
  describe(`fuzz: malformed requests on every route (${dialect})`, { timeout: 240_000 }, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test(`${total} seeded malformed requests get a clear 4xx, never a 5xx or a stack trace, and change nothing saved`, async () => {
      // ——— Setup: a fuzzed board A (owner, moderators), a protected board B of someone else, an archivable board C. ———
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      const extra = await createFacilitator(t.db, t.config.baseUrl);
      const bystander = await createFacilitator(t.db, t.config.baseUrl);
      const victim = await createFacilitator(t.db, t.config.baseUrl);
      const boardA = await createBoard(t.db);
      const boardB = await createBoard(t.db);
      const boardC = await createBoard(t.db);
      await addMember(t.db, boardA.id, owner.id, 'owner');
      await addMember(t.db, boardA.id, moderator.id, 'moderator');
      await addMember(t.db, boardA.id, extra.id, 'moderator');
      await addMember(t.db, boardB.id, bystander.id, 'owner');
      await addMember(t.db, boardC.id, owner.id, 'owner');

      let setupClient = 0;
      async function submit(slug: string, overrides: Record<string, string>) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/b/${slug}/answers`,
          headers: formHeaders,
          payload: answerForm(overrides),
          remoteAddress: `192.168.0.${++setupClient}`,
        });
        assert.equal(res.statusCode, 303, `setup answer saved: ${res.body.slice(0, 300)}`);
        const location = String(res.headers.location);
        return { id: location.replace(/#.*$/, '').split('/').pop()!, key: /#key=([A-Za-z0-9_-]+)/.exec(location)?.[1] };
      }
      async function moderate(slug: string, cookie: string, id: string, action: string) {
        const res = await t.app.inject({ method: 'POST', url: `/admin/b/${slug}/answers/${id}/${action}`, headers: { ...formHeaders, cookie }, payload: '' });
        assert.equal(res.statusCode, 303, `setup ${action}`);
      }

      const sentinel = `protected-${newToken()
        .slice(0, 10)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'x')}@example.org`;
      const protectedAnswers = [
        await submit(boardB.slug, { body: 'Protected published answer one.', displayName: 'Keeper', email: sentinel }),
        await submit(boardB.slug, { body: 'Protected published answer two.', question: 'q2', perspective: 'p2' }),
        await submit(boardB.slug, { body: 'Protected pending answer with an email.', email: sentinel }),
        await submit(boardB.slug, { body: 'Protected rejected answer.' }),
        await submit(boardB.slug, { body: 'Protected hidden answer.' }),
        await submit(boardB.slug, { body: 'Protected example answer.', question: 'q2' }),
      ];
      const [b1, b2, , b4, b5, b6] = protectedAnswers.map((a) => a.id);
      for (const id of [b1!, b2!, b5!, b6!]) await moderate(boardB.slug, bystander.cookie, id, 'approve');
      await moderate(boardB.slug, bystander.cookie, b4!, 'reject');
      await moderate(boardB.slug, bystander.cookie, b5!, 'hide');
      await moderate(boardB.slug, bystander.cookie, b6!, 'mark-example');

      const sacrificial = [];
      for (let i = 0; i < 8; i++)
        sacrificial.push(
          await submit(boardA.slug, {
            body: `Sacrificial answer ${i}.`,
            ...(i % 3 === 0 ? { email: 'sacrificial@example.org' } : {}),
            ...(i % 2 ? { question: 'q2' } : {}),
          }),
        );
      for (const a of sacrificial.slice(0, 5)) await moderate(boardA.slug, owner.cookie, a.id, 'approve');

      const tokenOf = (link: string) => link.split('/').pop()!;
      const setupTokens = [
        tokenOf(await createSignupLink(t.db, t.config.baseUrl, null)),
        tokenOf(await createSignupLink(t.db, t.config.baseUrl, 'newcomer@example.org')),
        tokenOf(await createInviteLink(t.db, t.config.baseUrl, boardA.id, 'moderator')),
        tokenOf(await createInviteLink(t.db, t.config.baseUrl, boardC.id, 'owner')),
      ];
      const home = await t.app.inject('/');
      const assetFiles = [...new Set([...home.body.matchAll(/\/assets\/([^"?#]+)/g)].map((m) => m[1]!))];
      assert.ok(assetFiles.length > 0, 'the home page links its assets');

      const protectedIds = protectedAnswers.map((a) => a.id);
      const ctx: FuzzContext = {
        baseUrl: t.config.baseUrl,
        slugs: [boardA.slug, boardB.slug, boardC.slug],
        openSlug: boardB.slug,
        archiveSlugs: [boardC.slug, boardB.slug],
        answerIds: [...sacrificial.map((a) => a.id), ...protectedIds],
        // A valid report legitimately marks a published answer: protected published answers are left out.
        reportableIds: [...sacrificial.map((a) => a.id), b4!, protectedAnswers[2]!.id],
        answerKeys: sacrificial.map((a) => a.key).filter((k): k is string => Boolean(k)),
        questionKeys: ['q1', 'q2'],
        perspectiveKeys: ['p1', 'p2'],
        questionIds: [...boardA.questionIds, ...boardB.questionIds],
        perspectiveIds: [...boardA.perspectiveIds, ...boardB.perspectiveIds],
        memberIds: [extra.id, owner.id, bystander.id, victim.id],
        setupTokens,
        assetFiles,
        emails: [owner.email, moderator.email, victim.email, 'sacrificial@example.org', sentinel, 'nobody@example.org'],
        password: testPassword,
      };

      const answersBefore = await t.db.selectFrom('answers').selectAll().orderBy('id').execute();
      const protectedBefore = answersBefore.filter((a) => protectedIds.includes(a.id));
      // Its settings, not its revision: a new answer from an accidentally valid request may bump that (and updatedAt).
      const boardBSettings = async () => {
        const {
          revision: _revision,
          updatedAt: _updatedAt,
          ...settings
        } = await t.db.selectFrom('boards').selectAll().where('id', '=', boardB.id).executeTakeFirstOrThrow();
        return settings;
      };
      const boardBBefore = await boardBSettings();
      const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

      // ——— The run ———
      const routes: Route[] = [...new Map(t.app.routeList.map((r) => [`${r.method} ${r.url}`, r])).values()];
      const cookieOf = { owner: owner.cookie, moderator: moderator.cookie };
      async function victimCookie(): Promise<string> {
        const token = newToken();
        await insertSession(t.db, hashToken(token), victim.id, nowIso());
        return `rt_session=${token}`;
      }

      const failures: string[] = [];
      const failuresByKind = new Map<string, number>();
      const statuses = new Map<number, number>();
      const perRoute = new Map<string, Map<number, number>>();
      const categories = new Map<string, number>();
      const slowByRoute = new Map<string, number>();
      const timeByRoute = new Map<string, number>();
      let hashing = 0;
      let pastSignIn = 0;
      const started = performance.now();

      async function run(index: number) {
        const r = buildRequest(seed, index, total, routes[index % routes.length]!, ctx);
        if (r.session) r.headers.cookie = r.session === 'victim' ? await victimCookie() : cookieOf[r.session];
        count(categories, r.category);
        if (r.mayHash) hashing++;
        const t0 = performance.now();
        let res: LightMyRequestResponse;
        try {
          const request = { method: r.method as 'GET', url: r.url, headers: r.headers, payload: r.payload, remoteAddress: r.remoteAddress };
          // A live stream's response ends only when the app ends it (injectStream does).
          res = await withTimeout(r.route.endsWith('/events') ? injectStream(t.app, request) : t.app.inject(request), 20_000);
        } catch (err) {
          failures.push(`the request failed: ${String(err).slice(0, 200)}\n    ${describeRequest(r, seed)}`);
          return;
        }
        const ms = performance.now() - t0;
        count(timeByRoute, r.route, ms);
        if (ms > 40) count(slowByRoute, r.route);
        count(statuses, res.statusCode);
        if (!perRoute.has(r.route)) perRoute.set(r.route, new Map());
        count(perRoute.get(r.route)!, res.statusCode);
        if (r.session && r.url.startsWith('/admin') && !String(res.headers.location ?? '').startsWith('/sign-in')) pastSignIn++;
        for (const problem of problems(r, res, sentinel)) {
          failures.push(`${problem}\n    ${describeRequest(r, seed)}`);
          count(failuresByKind, `${problem.replace(/:[\s\S]*$/, '')} on ${r.method} ${r.route.replace(/^\S+ /, '')}`);
        }
      }

      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < total) await run(next++);
        }),
      );
      const seconds = (performance.now() - started) / 1000;

      // ——— Figures ———
      const requests = [...statuses.values()].reduce((a, b) => a + b, 0);
      const routeCounts = routes.map((r) => {
        const key = `${r.method} ${r.url}`;
        const byStatus = perRoute.get(key) ?? new Map<number, number>();
        return { key, n: [...byStatus.values()].reduce((a, b) => a + b, 0), byStatus };
      });
      const lines = [
        `fuzz (${dialect}): seed ${seed} (FUZZ_SEED=${seed} to reproduce), ${requests} requests over ${routes.length} routes in ${seconds.toFixed(1)} s (${Math.round(requests / seconds)} requests/s, ${concurrency} at a time)`,
        `  statuses: ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
        `  kinds: ${[...categories]
          .sort(([, a], [, b]) => b - a)
          .map(([c, n]) => `${c}×${n}`)
          .join(' ')}`,
        `  per route: min ${Math.min(...routeCounts.map((r) => r.n))}, max ${Math.max(...routeCounts.map((r) => r.n))}; admin requests with a session that got past sign-in: ${pastSignIn}`,
        `  valid-shaped requests to password-hashing routes: ${hashing}; slowest routes (total ms, requests over 40 ms): ${[...timeByRoute]
          .sort(([, a], [, b]) => b - a)
          .slice(0, 5)
          .map(([r, ms]) => `${r} ${Math.round(ms)} ms/${slowByRoute.get(r) ?? 0}`)
          .join(', ')}`,
        ...routeCounts.map(
          (r) =>
            `    ${String(r.n).padStart(4)}  ${r.key.padEnd(52)} ${[...r.byStatus]
              .sort(([a], [b]) => a - b)
              .map(([s, n]) => `${s}×${n}`)
              .join(' ')}`,
        ),
      ];

      // ——— After the run: still healthy, nothing saved before has changed. ———
      const health = await t.app.inject('/healthz');
      if (health.statusCode !== 200) failures.push(`GET /healthz answered ${health.statusCode} after the run`);
      const page = await t.app.inject(`/b/${boardB.slug}`);
      if (page.statusCode !== 200 || !page.body.includes('Protected published answer one.'))
        failures.push(`the protected board page no longer renders its answers: ${page.statusCode}`);
      const fuzzedPage = await t.app.inject(`/b/${boardA.slug}`);
      if (fuzzedPage.statusCode !== 200) failures.push(`the fuzzed board page answered ${fuzzedPage.statusCode} after the run`);
      const admin = await t.app.inject({ url: '/admin', headers: { cookie: owner.cookie } });
      if (admin.statusCode !== 200)
        failures.push(`the owner's session no longer opens /admin (${admin.statusCode}): admin routes were not fuzzed past sign-in`);

      const answersAfter = await t.db.selectFrom('answers').selectAll().orderBy('id').execute();
      const protectedAfter = answersAfter.filter((a) => protectedIds.includes(a.id));
      const beforeIds = new Set(answersBefore.map((a) => a.id));
      const created = answersAfter.filter((a) => !beforeIds.has(a.id)).length;
      const changedSacrificial = sacrificial.filter(
        (s) => JSON.stringify(answersBefore.find((a) => a.id === s.id)) !== JSON.stringify(answersAfter.find((a) => a.id === s.id)),
      ).length;
      // Each logged error, with the request it came from (found by its reqId in the "incoming request" line).
      const failedLogs = t.logs.filter((line) => /"level":50/.test(line));
      const loggedErrors = new Map<string, number>();
      for (const line of failedLogs) {
        const entry = JSON.parse(line) as { reqId?: string; msg?: string; err?: { message?: string } };
        const incoming = entry.reqId ? t.logs.find((l) => l.includes(`"reqId":"${entry.reqId}"`) && l.includes('"req":')) : undefined;
        const req = incoming ? (JSON.parse(incoming) as { req?: { method?: string; url?: string } }).req : undefined;
        const route = req?.url
          ? routes.find((r) => new RegExp(`^${r.url.replace(/:[A-Za-z]+/g, '[^/?]*')}(\\?|$)`).test(req.url!) && r.method === req.method)
          : undefined;
        count(loggedErrors, `${entry.err?.message ?? entry.msg} (${req?.method ?? '?'} ${route?.url ?? req?.url?.slice(0, 80) ?? '?'})`);
      }
      failures.unshift(...[...loggedErrors].map(([message, n]) => `an error was logged ×${n}: ${message}`));
      lines.push(
        `  after: ${created} answers created by accidentally valid requests; ${changedSacrificial} of ${sacrificial.length} sacrificial answers on the fuzzed board changed by valid moderator actions; ${failedLogs.length} error log lines`,
        `  ${failures.length} failures${
          failuresByKind.size
            ? `: ${[...failuresByKind]
                .sort(([, a], [, b]) => b - a)
                .map(([k, n]) => `${k} ×${n}`)
                .join('; ')}`
            : ''
        }`,
      );
      console.log(lines.join('\n'));

      assert.ok(requests >= 10_000 || total < 10_000, `at least 10,000 requests (${requests})`);
      assert.ok(
        routeCounts.every((r) => r.n > 0),
        'every route was fuzzed',
      );
      assert.deepEqual(protectedAfter, protectedBefore, 'every protected answer saved before the run is unchanged');
      assert.deepEqual(await boardBSettings(), boardBBefore, 'the protected board’s settings are unchanged');
      assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeBefore, 'no prototype pollution');
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
      const examples = failures
        .slice(0, 20)
        .map((f, i) => `${i + 1}. ${f}`)
        .join('\n');
      assert.equal(failures.length, 0, `${failures.length} bad answers to ${requests} requests; the first ${Math.min(20, failures.length)}:\n${examples}`);
    });
  });
}
