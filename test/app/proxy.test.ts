import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerForm, createBoard, createTestApp, dialects, formHeaders, type TestApp } from '../helpers.ts';

// X-Forwarded-For, -Proto and -Host are believed only from the addresses in TRUST_PROXY (issue 13, "Bad input"):
// a client cannot dodge the per-address answer limit (90 at once, then one a second) by making them up.

const client = '203.0.113.7';
const proxy = '10.0.0.1';
const burst = 90;

let sent = 0;

/** Sends one answer to the board as if from `remoteAddress`, with whatever extra headers are given; returns the status. */
async function sendAnswer(t: TestApp, slug: string, remoteAddress: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/b/${slug}/answers`,
    remoteAddress,
    headers: { ...formHeaders, ...headers },
    payload: answerForm({ body: `Answer number ${++sent}: talk to your supervisor first.` }),
  });
  return response.statusCode;
}

/**
 * Sends answers one after another until one is refused as too many (429), at most `n`. The bucket gains a token a
 * second, so a limited client gets `burst` answers plus about one per second the run took.
 */
async function sendUntilRefused(t: TestApp, slug: string, n: number, remoteAddress: string, headers: (i: number) => Record<string, string>) {
  const started = Date.now();
  const tally = { taken: 0, refused: false, other: [] as number[] };
  for (let i = 0; i < n && !tally.refused; i++) {
    const status = await sendAnswer(t, slug, remoteAddress, headers(i));
    if (status === 303) tally.taken++;
    else if (status === 429) tally.refused = true;
    else tally.other.push(status);
  }
  return { ...tally, allowance: burst + Math.ceil((Date.now() - started) / 1000) };
}

const madeUpAddress = (i: number) => `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}`;

const untrusted: { name: string; env: Record<string, string> }[] = [
  { name: 'TRUST_PROXY unset', env: {} },
  { name: `TRUST_PROXY lists another address (${proxy})`, env: { TRUST_PROXY: proxy } },
];

for (const dialect of dialects) {
  for (const setting of untrusted) {
    describe(`forwarded headers from a client that is not a listed proxy: ${setting.name} (${dialect})`, () => {
      let t: TestApp;
      let slug: string;
      before(async () => {
        t = await createTestApp(dialect, setting.env);
        slug = (await createBoard(t.db)).slug;
      });
      after(() => t.close());

      test('a new made-up X-Forwarded-For on every answer does not get past the per-address limit', async () => {
        const tally = await sendUntilRefused(t, slug, 3 * burst, client, (i) => ({ 'x-forwarded-for': madeUpAddress(i) }));
        assert.deepEqual(tally.other, []);
        assert.ok(tally.refused, 'refused once its own address had sent its share');
        assert.ok(tally.taken >= burst && tally.taken <= tally.allowance, `${tally.taken} taken: one address's share, not one per made-up address`);
        const page = await t.app.inject({
          method: 'POST',
          url: `/b/${slug}/answers`,
          remoteAddress: client,
          headers: { ...formHeaders, 'x-forwarded-for': '192.0.2.200', forwarded: 'for=192.0.2.201', 'x-real-ip': '192.0.2.202' },
          payload: answerForm({ body: 'One more, claiming to come from elsewhere.' }),
        });
        assert.equal(page.statusCode, 429);
        assert.match(page.body, /A lot of answers have come from your network in the last minute/);
        assert.match(page.body, /One more, claiming to come from elsewhere\./, 'what they wrote is kept');
        assert.equal(await sendAnswer(t, slug, '203.0.113.8'), 303, 'another real address is not held back');
      });

      test('the JSON API is held to the same address: a made-up X-Forwarded-For does not open a new allowance', async () => {
        const address = '203.0.113.9';
        assert.ok((await sendUntilRefused(t, slug, 3 * burst, address, (i) => ({ 'x-forwarded-for': madeUpAddress(i) }))).refused);
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/boards/${slug}/answers`,
          remoteAddress: address,
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.250' },
          payload: JSON.stringify({ question: 'q1', perspective: 'p1', body: 'Sent through the API instead.', use: 'board' }),
        });
        assert.equal(response.statusCode, 429);
        assert.ok(Number(response.headers['retry-after']) >= 1, 'says when to try again');
      });

      test('made-up X-Forwarded-Proto and X-Forwarded-Host do not make another site’s form look like this one’s', async () => {
        const response = await t.app.inject({
          method: 'POST',
          url: `/b/${slug}/answers`,
          remoteAddress: '203.0.113.50',
          headers: { ...formHeaders, origin: 'https://elsewhere.example', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'elsewhere.example' },
          payload: answerForm(),
        });
        assert.equal(response.statusCode, 403);
        assert.match(response.body, /this form can only be sent from this website/);
      });
    });
  }

  describe(`forwarded headers from a listed proxy (TRUST_PROXY=${proxy}) (${dialect})`, () => {
    let t: TestApp;
    let slug: string;
    before(async () => {
      t = await createTestApp(dialect, { TRUST_PROXY: proxy });
      slug = (await createBoard(t.db)).slug;
    });
    after(() => t.close());

    test('each forwarded address has its own limit: a crowd behind the proxy is not held to one', async () => {
      const tally = await sendUntilRefused(t, slug, 2 * burst, proxy, (i) => ({ 'x-forwarded-for': madeUpAddress(i) }));
      assert.deepEqual({ taken: tally.taken, refused: tally.refused, other: tally.other }, { taken: 2 * burst, refused: false, other: [] });
    });

    test('one forwarded address is held to the limit, even when it puts made-up addresses before its own', async () => {
      const tally = await sendUntilRefused(t, slug, 3 * burst, proxy, (i) => ({ 'x-forwarded-for': `${madeUpAddress(i)}, 192.0.2.99` }));
      assert.deepEqual(tally.other, []);
      assert.ok(tally.refused, 'refused once 192.0.2.99 had sent its share');
      assert.ok(tally.taken >= burst && tally.taken <= tally.allowance, `${tally.taken} taken: one address's share`);
    });

    test('the proxy’s X-Forwarded-Proto and X-Forwarded-Host are believed: a form from the address it serves is accepted', async () => {
      const headers = { ...formHeaders, origin: 'https://answers.example.org', 'x-forwarded-for': '192.0.2.150' };
      const fromProxy = await t.app.inject({
        method: 'POST',
        url: `/b/${slug}/answers`,
        remoteAddress: proxy,
        headers: { ...headers, host: '127.0.0.1:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'answers.example.org' },
        payload: answerForm(),
      });
      assert.equal(fromProxy.statusCode, 303);
      const forged = await t.app.inject({
        method: 'POST',
        url: `/b/${slug}/answers`,
        remoteAddress: proxy,
        headers: {
          ...formHeaders,
          origin: 'https://elsewhere.example',
          'x-forwarded-for': '192.0.2.151',
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'answers.example.org',
        },
        payload: answerForm(),
      });
      assert.equal(forged.statusCode, 403, 'another site’s origin is still refused');
    });
  });
}
