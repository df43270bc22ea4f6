import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app.ts';
import type { AnswerEffects } from '../src/answers/answers.events.ts';
import { parseConfig, type Config } from '../src/config.ts';
import { createDatabase, migrate, type Db, type Dialect } from '../src/db/database.ts';
import { demoBoardFile } from '../src/boards/boards.input.ts';
import { bumpBoardRevision } from '../src/boards/boards.queries.ts';
import { nowIso } from '../src/db/ids.ts';
import { importBoard, importBoardFile, parseBoardFile } from '../src/exports/board-files.ts';
import { LiveBus } from '../src/live/live.bus.ts';
import { createProofOfWork } from '../src/safety/abuse/proof-of-work.ts';
import { loadSecrets } from '../src/web/secrets.ts';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (npm test sets it). */
export const dialects: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb {
  db: Db;
  config: Config;
  cleanup(): Promise<void>;
}

/** A fresh, migrated database of its own: a temporary SQLite file, or a new PostgreSQL database. */
export async function createTestDb(dialect: Dialect, env: Record<string, string> = {}, options: { migrate?: boolean } = {}): Promise<TestDb> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-test-'));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (dialect === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
    const name = `rt_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  }
  const config = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...env });
  const db = createDatabase(config);
  if (options.migrate !== false) await migrate(db);
  return {
    db,
    config,
    async cleanup() {
      await db.destroy();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestApp extends TestDb {
  app: FastifyInstance;
  /** Every log line the app wrote, as JSON text. */
  logs: string[];
  close(): Promise<void>;
}

/**
 * What in-process tests send as the answer form's browser check, standing in for a solved proof of
 * work (a browser solves the real one: see proof-of-work.test.ts and the browser tests). Any other
 * value, or none, fails the check as a bot's would.
 */
export const passedCheck = 'test-check-passed';

/** The whole app in-process, for app.inject(); logs captured at debug level. */
export async function createTestApp(dialect: Dialect, env: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDb(dialect, { LOG_LEVEL: 'debug', ...env });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const realCheck = createProofOfWork(testDb.db, await loadSecrets(testDb.db, testDb.config.dataDir));
  const proofOfWork = { challenge: realCheck.challenge, verify: async (payload: unknown) => payload === passedCheck };
  const app = await createApp(testDb.config, testDb.db, { logStream, proofOfWork });
  await app.ready();
  return {
    ...testDb,
    app,
    logs,
    async close() {
      await app.close();
      await testDb.cleanup();
    },
  };
}

export interface BoardOptions {
  slug?: string;
  title?: string;
  moderation?: 'pre' | 'post';
  accepting?: boolean;
  listed?: boolean;
  examples?: { question: string; perspective: string; body: string; name?: string }[];
  perspectives?: { key: string; label: string; plural?: string; description?: string }[];
  questions?: { key: string; text: string }[];
}

/** What an action needs for its after-commit effects, with email off: for tests that call actions directly. */
export function quietEffects(config: Config): AnswerEffects {
  return {
    bus: new LiveBus(),
    config,
    mailer: { enabled: false, send: async () => {} },
    notifier: { answerPending() {}, answerUrgent() {}, flush: async () => {} },
  };
}

/** A small board of its own: questions q1, q2 and perspectives p1 (plural "practitioners"), p2. */
export async function createBoard(db: Db, options: BoardOptions = {}) {
  const slug = options.slug ?? `board-${randomBytes(4).toString('hex')}`;
  const file = parseBoardFile({
    slug,
    title: options.title ?? `Board ${slug}`,
    intro: 'An introduction.\n\nIn two paragraphs.',
    moderation: options.moderation ?? 'pre',
    accepting: options.accepting ?? true,
    listed: options.listed ?? true,
    perspectives: options.perspectives ?? [
      { key: 'p1', label: 'Practitioner', plural: 'practitioners', description: 'You work in care.' },
      { key: 'p2', label: 'Manager', plural: 'managers', description: 'You lead a team.' },
    ],
    questions: options.questions ?? [
      { key: 'q1', text: 'What do I do first?' },
      { key: 'q2', text: 'Where do I find the time?' },
    ],
    exampleAnswers: options.examples ?? [],
  });
  const board = await importBoard(db, file);
  const ids = async (table: 'questions' | 'perspectives') =>
    (await db.selectFrom(table).select('id').where('boardId', '=', board.id).orderBy('position').execute()).map((r) => r.id);
  return { ...board, questionIds: await ids('questions'), perspectiveIds: await ids('perspectives') };
}

/** The demo board every install starts with (five questions, five perspectives), as a blogger would paste it first. Returns its slug. */
export async function importDemoBoard(db: Db): Promise<string> {
  return (await importBoardFile(db, demoBoardFile)).slug;
}

/** A valid answer form body; override any field. */
export function answerForm(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    formKey: randomBytes(18).toString('base64url'),
    question: 'q1',
    perspective: 'p1',
    body: 'Talk to your supervisor and follow the policy.',
    displayName: '',
    email: '',
    use: 'board',
    check: passedCheck,
    ...overrides,
  };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) params.append(k, v);
  return params.toString();
}

export const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

/** The answer id from a redirect to its confirmation page (which may carry the private key in its #fragment). */
export function answerIdFrom(location: unknown): string {
  return String(location).replace(/#.*$/, '').split('/').pop()!;
}

/** Welsh for a board's texts: questions and perspectives by key. */
export interface BoardTranslation {
  title?: string;
  intro?: string;
  questions?: Record<string, string>;
  perspectives?: Record<string, { label: string; plural?: string; description?: string }>;
}

/** Gives a board Welsh translations, as the board editor would, and moves its revision on so its pages show them. */
export async function translateBoard(db: Db, boardId: string, welsh: BoardTranslation): Promise<void> {
  if (welsh.title !== undefined || welsh.intro !== undefined) {
    await db.updateTable('boards').set({ translatedTitle: welsh.title, translatedIntro: welsh.intro }).where('id', '=', boardId).execute();
  }
  for (const [key, text] of Object.entries(welsh.questions ?? {})) {
    await db.updateTable('questions').set({ translatedText: text }).where('boardId', '=', boardId).where('key', '=', key).execute();
  }
  for (const [key, p] of Object.entries(welsh.perspectives ?? {})) {
    await db
      .updateTable('perspectives')
      .set({ translatedLabel: p.label, translatedPlural: p.plural, translatedDescription: p.description })
      .where('boardId', '=', boardId)
      .where('key', '=', key)
      .execute();
  }
  await bumpBoardRevision(db, boardId, nowIso());
}

/** A page's HTML with the entities Preact writes turned back into characters, to compare with words as written. */
export function decodedHtml(html: string): string {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
