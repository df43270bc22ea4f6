import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { createBoard, createTestDb, dialects, quietEffects } from '../test/helpers.ts';
import { addMember, createFacilitator } from '../test/accounts.ts';
import { createDatabase } from './db/database.ts';
import { findBoardBySlug } from './boards/boards.queries.ts';
import { submitAnswer } from './answers/answers.actions.ts';
import { eraseAnswersByEmail } from './requests/requests.actions.ts';
import { freePort } from '../test/ports.ts';

const bin = path.resolve('bin/roundtable.js');

function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const tempDirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-cli-'));
  tempDirs.push(dir);
  return dir;
}

after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('command line', () => {
  test('import-board loads a board file and says where to find it; a second import of the same slug is refused', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'board.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ slug: 'from-file', title: 'From a file', perspectives: [{ key: 'p', label: 'P' }], questions: [{ key: 'q', text: 'Q?' }] }),
    );
    const first = cli(['import-board', file], { DATA_DIR: dataDir });
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /Imported the board "from-file" with 0 example answers: http:\/\/localhost:3000\/b\/from-file/);
    const second = cli(['import-board', file], { DATA_DIR: dataDir });
    assert.equal(second.code, 1);
    assert.match(second.err, /a board with the slug "from-file" already exists/);
  });

  test('import-board names what is wrong with a bad file and exits non-zero', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'bad.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        slug: 'Bad Slug',
        title: '',
        perspectives: [],
        questions: [{ key: 'q', text: 'Q?' }],
        exampleAnswers: [{ question: 'nope', perspective: 'x', body: 'b' }],
      }),
    );
    const result = cli(['import-board', file], { DATA_DIR: dataDir });
    assert.equal(result.code, 1);
    assert.match(result.err, /slug: must be lower-case letters/);
    assert.match(result.err, /exampleAnswers\.0\.question: no question with key "nope"/);
    const missing = cli(['import-board', path.join(dataDir, 'missing.json')], { DATA_DIR: dataDir });
    assert.equal(missing.code, 1);
    assert.match(missing.err, /cannot be read/);
    const notJson = path.join(dataDir, 'not.json');
    fs.writeFileSync(notJson, '{ nope');
    assert.match(cli(['import-board', notJson], { DATA_DIR: dataDir }).err, /not valid JSON/);
  });

  test('export-board and import-board round-trip a board, examples included', () => {
    const first = tempDir();
    const demo = path.resolve('src/boards/demo-board.json');
    assert.equal(cli(['import-board', demo], { DATA_DIR: first }).code, 0);
    const exported = cli(['export-board', 'social-media-questions'], { DATA_DIR: first });
    assert.equal(exported.code, 0, exported.err);
    assert.match(exported.err, /Exported the board "social-media-questions": 5 questions, 5 perspectives, 11 example answers/);
    const file = path.join(first, 'exported.json');
    fs.writeFileSync(file, exported.out);
    const second = tempDir();
    assert.equal(cli(['import-board', file], { DATA_DIR: second }).code, 0);
    const again = cli(['export-board', 'social-media-questions'], { DATA_DIR: second });
    assert.deepEqual(JSON.parse(again.out), JSON.parse(exported.out));
    assert.deepEqual(JSON.parse(exported.out).questions, JSON.parse(fs.readFileSync(demo, 'utf8')).questions);
    const missing = cli(['export-board', 'nope'], { DATA_DIR: second });
    assert.equal(missing.code, 1);
    assert.match(missing.err, /There is no board with the slug "nope"/);
  });

  test('create-facilitator prints a one-time sign-up link for that email', () => {
    const result = cli(['create-facilitator', 'Jo@Example.org'], { DATA_DIR: tempDir(), BASE_URL: 'https://rt.example.org' });
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /for jo@example\.org .*valid for a day\):\n {2}https:\/\/rt\.example\.org\/setup\/[A-Za-z0-9_-]{43}\n/);
    assert.equal(cli(['create-facilitator', 'not-an-email'], { DATA_DIR: tempDir() }).code, 1);
  });

  test('a bad setting stops start-up with a message naming the variable', () => {
    const result = cli(['start'], { DATA_DIR: tempDir(), PORT: 'eighty' });
    assert.equal(result.code, 1);
    assert.match(result.err, /Configuration problem: PORT must be a whole number/);
    assert.match(cli(['start'], { DATA_DIR: tempDir(), DATABASE_URL: 'mysql://x' }).err, /DATABASE_URL must start with postgres:/);
  });

  test('an unknown command prints the usage and exits non-zero', () => {
    const result = cli(['frobnicate'], {});
    assert.equal(result.code, 1);
    assert.match(result.err, /Unknown command "frobnicate"/);
    assert.match(result.err, /import-board FILE/);
  });

  for (const dialect of dialects) {
    test(`backup and restore on ${dialect}: the restored database is the backup, with later erasures applied again`, async () => {
      const t = await createTestDb(dialect);
      const env: Record<string, string> = { DATA_DIR: t.config.dataDir, ...(t.config.databaseUrl ? { DATABASE_URL: t.config.databaseUrl } : {}) };
      try {
        const board = await createBoard(t.db, { moderation: 'post' });
        const owner = await createFacilitator(t.db, t.config.baseUrl);
        await addMember(t.db, board.id, owner.id, 'owner');
        const effects = quietEffects(t.config);
        const boardRow = (await findBoardBySlug(t.db, board.slug))!;
        const input = { question: 'q1', perspective: 'p1', displayName: null, use: 'board' as const };
        const kept = await submitAnswer(
          t.db,
          effects,
          boardRow,
          { ...input, body: 'An answer to keep.', email: null },
          { key: undefined, sendAnyway: true, checked: true },
        );
        const erased = await submitAnswer(
          t.db,
          effects,
          boardRow,
          { ...input, body: 'An answer to erase.', email: 'erase-me@example.org' },
          { key: undefined, sendAnyway: true, checked: true },
        );
        assert.ok(kept.kind === 'saved' && erased.kind === 'saved');

        const file = path.join(t.config.dataDir, 'before-erasure.backup');
        const backedUp = cli(['backup', file], env);
        assert.equal(backedUp.code, 0, backedUp.err);
        assert.match(backedUp.out, /Backed up the database to/);
        assert.equal(await eraseAnswersByEmail(t.db, effects, t.config, owner.id, 'erase-me@example.org', 'delete'), 1);
        await t.db.destroy();

        // On PostgreSQL the restore runs on another instance, whose DATA_DIR has no erasure file: the erasure comes from
        // the database being replaced, as every instance shares it.
        const restoreEnv = dialect === 'postgres' ? { ...env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-other-instance-')) } : env;
        const restored = cli(['restore', file], restoreEnv);
        assert.equal(restored.code, 0, restored.err);
        assert.match(restored.out, /applied 1 logged erasures again/);
        const db = createDatabase(t.config);
        const bodies = (await db.selectFrom('answers').select('body').where('boardId', '=', board.id).execute()).map((r) => r.body);
        await db.destroy();
        assert.deepEqual(bodies, ['An answer to keep.']);
        assert.match(cli(['restore', path.join(t.config.dataDir, 'missing.backup')], env).err, /there is no backup at/);
      } finally {
        await t.cleanup().catch(() => {});
      }
    });

    test(`start on an empty ${dialect} database loads the demo board, serves it, and stops cleanly on SIGTERM`, async () => {
      const empty = await createTestDb(dialect, {}, { migrate: false });
      await empty.db.destroy();
      const port = await freePort();
      const env: Record<string, string> = { DATA_DIR: empty.config.dataDir, PORT: String(port), BASE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn' };
      if (empty.config.databaseUrl) env.DATABASE_URL = empty.config.databaseUrl;
      const child = spawn(process.execPath, [bin, 'start'], { env: { ...process.env, ...env } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

      try {
        const deadline = Date.now() + 30_000;
        // The setup link is the last thing start prints.
        while (!/\/setup\/\S+\n/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        assert.match(out, /First run: loaded the demo board "social-media-questions" with 11 example answers/);
        assert.match(out, new RegExp(`Roundtable is serving http://127.0.0.1:${port}`));
        assert.match(out, new RegExp(`No facilitator account yet.*\\n  http://127.0.0.1:${port}/setup/[A-Za-z0-9_-]{43}`));
        const page = await fetch(`http://127.0.0.1:${port}/b/social-media-questions`);
        assert.equal(page.status, 200);
        const html = await page.text();
        assert.match(html, /Social media: what clinicians and care workers really want to know/);
        assert.equal((html.match(/<tr>/g) ?? []).length, 6, 'a header row and five questions');
        // A request in flight when SIGTERM arrives still completes.
        const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/boards/social-media-questions`);
        child.kill('SIGTERM');
        assert.equal((await inFlight).status, 200);
        // Within the 10 s a process manager usually allows, not after a keep-alive timeout.
        const sent = Date.now();
        assert.equal(await exited, 0);
        assert.ok(Date.now() - sent < 10_000, `exited ${Date.now() - sent} ms after SIGTERM`);
        assert.match(out, /Stopped cleanly/);
      } finally {
        child.kill('SIGKILL');
        await empty.cleanup();
      }
    });
  }
});
