import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { answerForm, createBoard, createTestApp, formHeaders, type TestApp } from '../../test/helpers.ts';
import { addMember, createFacilitator } from '../../test/accounts.ts';
import { freePort } from '../../test/ports.ts';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server in-process that keeps every message it receives. */
async function startSmtp(): Promise<{ url: string; messages: Received[]; close(): Promise<void> }> {
  const messages: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The message with quoted-printable undone (soft line breaks and =XX bytes), so sentences and links match whole. */
function text(raw: string): string {
  const bytes: number[] = [];
  const joined = raw.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Waits until `check` is true; fails the test if it is not within `ms`. */
async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`still waiting after ${ms} ms for: ${check.toString()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('email with SMTP_URL set', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  before(async () => {
    smtp = await startSmtp();
    t = await createTestApp('sqlite', { SMTP_URL: smtp.url, NOTIFY_DELAY_SECONDS: '1' });
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  test('moderators get one notice per batch, with a link and no answer text; the author gets their private link', async () => {
    const board = await createBoard(t.db, { moderation: 'pre', title: 'Email board' });
    const owner = await createFacilitator(t.db, t.config.baseUrl, 'owner-mail@example.org');
    const moderator = await createFacilitator(t.db, t.config.baseUrl, 'mod-mail@example.org');
    await addMember(t.db, board.id, owner.id, 'owner');
    await addMember(t.db, board.id, moderator.id, 'moderator');
    const send = (body: string, email = '') =>
      t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm({ body, email }) });
    await send('A secret first answer.', 'author-mail@example.org');
    await send('A secret second answer.');
    await send('A secret third answer.');

    await waitFor(() => smtp.messages.filter((m) => m.raw.includes('waiting to be read')).length >= 2);
    const notices = smtp.messages.filter((m) => m.raw.includes('waiting to be read'));
    assert.deepEqual(
      notices.map((m) => m.to[0]).sort(),
      ['mod-mail@example.org', 'owner-mail@example.org'],
      'one notice for each member, for all three answers',
    );
    for (const notice of notices) {
      assert.match(text(notice.raw), /3 new answers are waiting to be read on “Email board”/);
      assert.match(text(notice.raw), new RegExp(`/admin/b/${board.slug}/queue`));
      assert.doesNotMatch(notice.raw, /secret/, 'never the answer text');
    }

    const privateLink = smtp.messages.find((m) => m.to[0] === 'author-mail@example.org');
    assert.ok(privateLink, 'the author is emailed their private link');
    const link = /\/a\/([0-9a-z]+)\/manage#key=([A-Za-z0-9_-]{43})/.exec(text(privateLink.raw));
    assert.ok(link, text(privateLink.raw));
    const opened = await t.app.inject({ method: 'POST', url: `/a/${link[1]}/manage`, headers: formHeaders, payload: `key=${link[2]}` });
    assert.equal(opened.statusCode, 200);
    assert.match(opened.body, /A secret first answer\./);
    assert.ok(!t.logs.some((line) => /author-mail@|owner-mail@|mod-mail@/.test(line)), 'no address in the logs');
  });

  test('an invitation is emailed to the address the owner gives', async () => {
    const board = await createBoard(t.db, { title: 'Invite board' });
    const owner = await createFacilitator(t.db, t.config.baseUrl);
    await addMember(t.db, board.id, owner.id, 'owner');
    const res = await t.app.inject({
      method: 'POST',
      url: `/admin/b/${board.slug}/team/invite`,
      headers: { ...formHeaders, cookie: owner.cookie },
      payload: 'role=moderator&email=invitee@example.org',
    });
    assert.match(res.body, /The invitation is emailed/);
    await waitFor(() => smtp.messages.some((m) => m.to[0] === 'invitee@example.org'));
    const mail = smtp.messages.find((m) => m.to[0] === 'invitee@example.org');
    assert.ok(mail);
    assert.match(text(mail.raw), /invites you to “Invite board” on Roundtable as a moderator/);
    const link = /\/setup\/[A-Za-z0-9_-]{43}/.exec(text(mail.raw));
    assert.ok(link);
    assert.match((await t.app.inject(link[0])).body, /You are invited to “Invite board” as a moderator/);
  });
});

describe('urgent notices', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  before(async () => {
    smtp = await startSmtp();
    // Ordinary notices wait five minutes; an urgent one must not.
    t = await createTestApp('sqlite', { SMTP_URL: smtp.url, NOTIFY_DELAY_SECONDS: '300' });
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  test('a possible crisis emails every moderator of the board at once, with a link and no answer text', async () => {
    const board = await createBoard(t.db, { moderation: 'post', title: 'Urgent board' });
    const owner = await createFacilitator(t.db, t.config.baseUrl, 'urgent-owner@example.org');
    const moderator = await createFacilitator(t.db, t.config.baseUrl, 'urgent-mod@example.org');
    await addMember(t.db, board.id, owner.id, 'owner');
    await addMember(t.db, board.id, moderator.id, 'moderator');
    const body = "I can't do this any more. I've written my goodbye letters and tonight I'm going to end my life.";
    const res = await t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: answerForm({ body }) });
    assert.equal(res.statusCode, 303);
    await waitFor(() => smtp.messages.filter((m) => m.raw.includes('Urgent')).length >= 2);
    const urgent = smtp.messages.filter((m) => m.raw.includes('Urgent'));
    assert.deepEqual(urgent.map((m) => m.to[0]).sort(), ['urgent-mod@example.org', 'urgent-owner@example.org']);
    for (const mail of urgent) {
      assert.match(text(mail.raw), /suggests that its author may be at risk, or could put someone at risk. It is held and is not published./);
      assert.match(text(mail.raw), new RegExp(`/admin/b/${board.slug}/queue`));
      assert.doesNotMatch(text(mail.raw), /goodbye|letters|end my life/, 'never the answer text');
    }
  });

  test('the same crisis answer sent again with its one-time key lands on the first answer, and the moderators are emailed once', async () => {
    const board = await createBoard(t.db, { moderation: 'post', title: 'Retried board' });
    const moderator = await createFacilitator(t.db, t.config.baseUrl, 'retry-mod@example.org');
    await addMember(t.db, board.id, moderator.id, 'moderator');
    const form = answerForm({ body: "I can't do this any more. I've written my goodbye letters and tonight I'm going to end my life." });
    const send = () => t.app.inject({ method: 'POST', url: `/b/${board.slug}/answers`, headers: formHeaders, payload: form });
    const first = await send();
    const retry = await send();
    const landedOn = (res: typeof first) => String(res.headers.location).replace(/#.*$/, '');
    assert.equal(landedOn(retry), landedOn(first), 'the retry lands on the first answer');
    assert.doesNotMatch(String(retry.headers.location), /#key=/, 'the private key is shown once, to the first send');
    const received = await t.app.inject(landedOn(retry));
    assert.match(received.body, /help is available now/, 'the help shown after the first send is shown again');
    const stored = await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).execute();
    assert.equal(stored.length, 1);
    const urgentToModerator = () => smtp.messages.filter((m) => m.to[0] === 'retry-mod@example.org' && m.raw.includes('Urgent')).length;
    await waitFor(() => urgentToModerator() >= 1);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(urgentToModerator(), 1);
  });

  test('a report that an answer could put someone at risk emails the moderators at once', async () => {
    const board = await createBoard(t.db, { title: 'Reported board', examples: [{ question: 'q1', perspective: 'p1', body: 'A published answer.' }] });
    const moderator = await createFacilitator(t.db, t.config.baseUrl, 'report-mod@example.org');
    await addMember(t.db, board.id, moderator.id, 'moderator');
    const answer = await t.db.selectFrom('answers').select('id').where('boardId', '=', board.id).executeTakeFirstOrThrow();
    const report = (reason: string, from: string) =>
      t.app.inject({
        method: 'POST',
        url: `/a/${answer.id}/report`,
        headers: formHeaders,
        payload: new URLSearchParams({ reason, details: '' }).toString(),
        remoteAddress: from,
      });
    assert.equal((await report('spam', '192.0.2.77')).statusCode, 303);
    assert.equal((await report('harmful', '192.0.2.78')).statusCode, 303);
    await waitFor(() => smtp.messages.some((m) => m.to[0] === 'report-mod@example.org' && m.raw.includes('Urgent')));
    assert.equal(smtp.messages.filter((m) => m.to[0] === 'report-mod@example.org').length, 1, 'only the harmful report is urgent');
  });

  test("an author's own change that suggests they are at risk emails the moderators at once too", async () => {
    const board = await createBoard(t.db, { moderation: 'post', title: 'Changed answer board' });
    const moderator = await createFacilitator(t.db, t.config.baseUrl, 'change-mod@example.org');
    await addMember(t.db, board.id, moderator.id, 'moderator');
    const sent = await t.app.inject({
      method: 'POST',
      url: `/b/${board.slug}/answers`,
      headers: formHeaders,
      payload: answerForm({ body: 'Reply quickly and ring the duty team.' }),
    });
    const location = String(sent.headers.location);
    const [id, key] = [/\/received\/([0-9a-z]+)/.exec(location)![1]!, /#key=([\w-]+)/.exec(location)![1]!];
    const before = smtp.messages.length;
    const body = "Honestly I don't want to be here any more and I've been saving up my tablets.";
    const changed = await t.app.inject({
      method: 'POST',
      url: `/a/${id}/manage/edit`,
      headers: formHeaders,
      payload: new URLSearchParams({ key, body }).toString(),
    });
    assert.equal(changed.statusCode, 303);
    await waitFor(() => smtp.messages.slice(before).some((m) => m.to[0] === 'change-mod@example.org' && m.raw.includes('Urgent')));
    for (const mail of smtp.messages.slice(before)) assert.doesNotMatch(text(mail.raw), /tablets|be here any more/, 'never the answer text');
  });
});

describe('email without SMTP_URL', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('sqlite');
  });
  after(() => t.close());

  test('the app runs the same and says in the log that email is off', async () => {
    const board = await createBoard(t.db);
    const res = await t.app.inject({
      method: 'POST',
      url: `/b/${board.slug}/answers`,
      headers: formHeaders,
      payload: answerForm({ email: 'quiet@example.org' }),
    });
    assert.equal(res.statusCode, 303);
    assert.ok(t.logs.some((line) => line.includes('email is off')));
    await waitFor(() => t.logs.some((line) => line.includes('email skipped')));
    assert.ok(t.logs.some((line) => line.includes('email skipped')));
    assert.ok(!t.logs.some((line) => line.includes('quiet@example.org')));
  });
});
