import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerIdFrom, createBoard, createTestApp, dialects, formHeaders, answerForm, type TestApp } from '../helpers.ts';
import { addMember, createFacilitator } from '../accounts.ts';
import { injectStream } from '../sse.ts';

type Role = 'anonymous' | 'outsider' | 'moderator' | 'owner';
type Expect = 'allowed' | 'sign-in' | 'not-found' | 'forbidden';

/** Every route under /admin/b/:slug, with the least role that may use it. */
const boardRoutes: { method: 'GET' | 'POST'; url: string; least: 'moderator' | 'owner' }[] = [
  { method: 'GET', url: '/admin/b/:slug/queue', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/answers/approve', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/answers/:id/approve', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/answers/:id/reject', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/answers/:id/hide', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/answers/:id/mark-example', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/answers/:id/unmark-example', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/answers/:id/edit', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/answers/:id/edit', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/answers/:id/redact', least: 'moderator' },
  ...(['csv', 'xlsx', 'md', 'json'] as const).map((extension) => ({
    method: 'GET' as const,
    url: `/admin/b/:slug/export.${extension}`,
    least: 'moderator' as const,
  })),
  { method: 'GET', url: '/admin/b/:slug/audit', least: 'owner' },
  { method: 'GET', url: '/admin/b/:slug/edit', least: 'owner' },
  { method: 'POST', url: '/admin/b/:slug/settings', least: 'owner' },
  { method: 'POST', url: '/admin/b/:slug/questions', least: 'owner' },
  { method: 'POST', url: '/admin/b/:slug/perspectives', least: 'owner' },
  { method: 'POST', url: '/admin/b/:slug/questions/:id', least: 'owner' },
  { method: 'POST', url: '/admin/b/:slug/perspectives/:id', least: 'owner' },
  ...(['questions', 'perspectives'] as const).flatMap((table) =>
    (['move-up', 'move-down', 'retire', 'restore'] as const).map((action) => ({
      method: 'POST' as const,
      url: `/admin/b/:slug/${table}/:id/${action}`,
      least: 'owner' as const,
    })),
  ),
  // The live console: start first, so the actions after it have a session to act on.
  { method: 'GET', url: '/admin/b/:slug/live', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/live/events', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/live/start', least: 'moderator' },
  ...(['pause', 'resume', 'hide-join', 'show-join', 'question', 'clear-spotlight', 'spotlight'] as const).map((action) => ({
    method: 'POST' as const,
    url: `/admin/b/:slug/live/${action}`,
    least: 'moderator' as const,
  })),
  { method: 'POST', url: '/admin/b/:slug/live/answers/:id/approve', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/live/answers/:id/hide', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/live/end', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/import', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/import', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/import/:id', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/import/:id', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/themes', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/themes/:question', least: 'moderator' },
  ...(['hide', 'unhide', 'merge', 'unmerge', 'display'] as const).map((action) => ({
    method: 'POST' as const,
    url: `/admin/b/:slug/themes/:question/${action}`,
    least: 'moderator' as const,
  })),
  { method: 'GET', url: '/admin/b/:slug/handout', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/handout/answers', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/handout/note', least: 'moderator' },
  { method: 'POST', url: '/admin/b/:slug/handout/intro', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/handout/print', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/handout.pdf', least: 'moderator' },
  { method: 'GET', url: '/admin/b/:slug/team', least: 'owner' },
  { method: 'POST', url: '/admin/b/:slug/team/invite', least: 'owner' },
  { method: 'POST', url: '/admin/b/:slug/team/:id/remove', least: 'owner' },
  // Last: once the owner archives the board it takes no more answers to act on.
  { method: 'POST', url: '/admin/b/:slug/archive', least: 'owner' },
];

const uploadHeaders = { 'content-type': 'multipart/form-data; boundary=matrix' };
const uploadPayload =
  '--matrix\r\nContent-Disposition: form-data; name="file"; filename="responses.csv"\r\nContent-Type: text/csv\r\n\r\n' +
  'Timestamp,What do I do first?\r\n9/1/2023 10:01:10,Ask.\r\n\r\n--matrix--\r\n';

function expected(role: Role, least: 'moderator' | 'owner'): Expect {
  if (role === 'anonymous') return 'sign-in';
  if (role === 'outsider') return 'not-found';
  if (role === 'moderator' && least === 'owner') return 'forbidden';
  return 'allowed';
}

for (const dialect of dialects) {
  describe(`authorisation matrix: role × route × owner (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    test('the matrix lists every board route of the admin area', () => {
      const actual = t.app.routeList
        .filter((r) => r.url.startsWith('/admin/b/'))
        .map((r) => `${r.method} ${r.url}`)
        .sort();
      assert.deepEqual(actual, boardRoutes.map((r) => `${r.method} ${r.url}`).sort());
    });

    test('each role can do only what it should to a board, and nothing to a board it does not belong to', async () => {
      const board = await createBoard(t.db);
      const outsiderBoard = await createBoard(t.db);
      const owner = await createFacilitator(t.db, t.config.baseUrl);
      const moderator = await createFacilitator(t.db, t.config.baseUrl);
      const outsider = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, owner.id, 'owner');
      await addMember(t.db, board.id, moderator.id, 'moderator');
      const extra = await createFacilitator(t.db, t.config.baseUrl);
      await addMember(t.db, board.id, extra.id, 'moderator');
      // The outsider owns another board: being an owner somewhere grants nothing here.
      await addMember(t.db, outsiderBoard.id, outsider.id, 'owner');
      // Everything a forbidden request could change: the answer, the board, its questions and perspectives.
      const state = async (answerId: string) => ({
        answer: await t.db.selectFrom('answers').select(['status', 'body', 'isExample']).where('id', '=', answerId).executeTakeFirstOrThrow(),
        board: await t.db
          .selectFrom('boards')
          .select(['title', 'moderation', 'accepting', 'listed', 'archivedAt'])
          .where('id', '=', board.id)
          .executeTakeFirstOrThrow(),
        questions: await t.db.selectFrom('questions').select(['text', 'position', 'retiredAt']).where('boardId', '=', board.id).orderBy('id').execute(),
        perspectives: await t.db.selectFrom('perspectives').select(['label', 'position', 'retiredAt']).where('boardId', '=', board.id).orderBy('id').execute(),
        members: await t.db.selectFrom('boardMembers').select(['facilitatorId', 'role']).where('boardId', '=', board.id).orderBy('facilitatorId').execute(),
        invitations: (await t.db.selectFrom('signupTokens').select('tokenHash').where('boardId', '=', board.id).execute()).length,
        liveSessions: await t.db.selectFrom('liveSessions').selectAll().where('boardId', '=', board.id).orderBy('id').execute(),
        handout: await t.db.selectFrom('handoutQuestions').selectAll().where('boardId', '=', board.id).orderBy('questionId').execute(),
        handoutIntro: await t.db.selectFrom('handouts').selectAll().where('boardId', '=', board.id).execute(),
        themeChoices: await t.db.selectFrom('themeChoices').selectAll().where('boardId', '=', board.id).orderBy('phrase').execute(),
        themeSettings: await t.db.selectFrom('themeSettings').selectAll().where('boardId', '=', board.id).execute(),
      });
      // A published answer, for the console's spotlight.
      const spotlit = answerIdFrom(
        (await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm({ body: 'In the spotlight.' }) }))
          .headers.location,
      );
      await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/answers/${spotlit}/approve`, headers: { ...formHeaders, cookie: owner.cookie } });
      // A second published answer to q1, so the themes routes have two phrases to merge ("spotlight" into "clinical supervision").
      const themed = answerIdFrom(
        (
          await t.app.inject({
            method: 'POST',
            url: `/b/${board.slug}/answers`,
            headers: formHeaders,
            payload: answerForm({ body: 'Protected time for clinical supervision.' }),
          })
        ).headers.location,
      );
      await t.app.inject({ method: 'POST', url: `/admin/b/${board.slug}/answers/${themed}/approve`, headers: { ...formHeaders, cookie: owner.cookie } });
      const cookies: Record<Role, string | undefined> = { anonymous: undefined, outsider: outsider.cookie, moderator: moderator.cookie, owner: owner.cookie };

      // Each answer from its own address: the matrix sends more than one address may send at once.
      let sent = 0;
      for (const route of boardRoutes) {
        for (const role of ['anonymous', 'outsider', 'moderator', 'owner'] as Role[]) {
          // A fresh pending answer per attempt, so an allowed action has something to act on.
          // For the redact route, the answer holds a detail to redact, sent as it is by its author.
          const redacting = route.url.endsWith('/redact');
          const text = redacting ? `Ring 07700 900123 for ${route.url} as ${role}` : `Answer for ${route.url} as ${role}`;
          const submitted = await t.app.inject({
            method: 'POST',
            url: `/b/${board.slug}/answers`,
            headers: formHeaders,
            payload: answerForm({ body: text, identifying: redacting ? 'send-anyway' : undefined }),
            remoteAddress: `10.7.${sent++ % 250}.1`,
          });
          const answerId = answerIdFrom(submitted.headers.location);
          const before = await state(answerId);
          // Act on the second question or perspective: answers go to the first, which must stay open.
          const itemId = route.url.includes('/questions/')
            ? board.questionIds[1]
            : route.url.includes('/perspectives/')
              ? board.perspectiveIds[1]
              : route.url.includes('/team/')
                ? extra.id
                : answerId;
          const url = route.url.replace(':slug', board.slug).replace(':id', itemId!).replace(':question', 'q1');
          const payload = route.url.endsWith('/edit')
            ? 'body=Changed'
            : redacting
              ? 'span=5%3A17%3Aphone'
              : route.url.endsWith('/answers/approve')
                ? `ids=${answerId}`
                : `reason=no&title=Changed&moderation=post&accepting=yes&text=Changed&label=Changed&question-${itemId}=Changed&label-${itemId}=Changed&question=q2&answer=${spotlit}&phrase=spotlight&into=clinical+supervision&public=yes&move=add`;
          // The import upload takes a file, as a browser sends it.
          const upload = route.method === 'POST' && route.url.endsWith('/import');
          const request = {
            method: route.method,
            url,
            headers: { ...(upload ? uploadHeaders : formHeaders), ...(cookies[role] ? { cookie: cookies[role] } : {}) },
            payload: route.method === 'POST' ? (upload ? uploadPayload : payload) : undefined,
          };
          // The console's live stream stays open until the app ends it (injectStream does).
          const res = route.url.endsWith('/events') ? await injectStream(t.app, request) : await t.app.inject(request);
          const want = expected(role, route.least);
          const label = `${role} ${route.method} ${route.url}`;
          if (want === 'allowed') assert.ok(res.statusCode === 200 || res.statusCode === 303, `${label}: ${res.statusCode}`);
          if (want === 'sign-in') {
            assert.equal(res.statusCode, 303, label);
            assert.match(String(res.headers.location), /^\/sign-in/, label);
          }
          if (want === 'not-found') assert.equal(res.statusCode, 404, label);
          if (want === 'forbidden') assert.equal(res.statusCode, 403, label);
          if (want !== 'allowed') {
            assert.deepEqual(await state(answerId), before, `${label} changed nothing`);
          }
        }
      }
    });
  });
}
