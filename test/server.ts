import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/app.ts';
import type { Db } from '../src/db/database.ts';
import { newId, nowIso } from '../src/db/ids.ts';
import { insertAnswer } from '../src/answers/answers.queries.ts';
import { bumpBoardRevision } from '../src/boards/boards.queries.ts';
import { createTestDb } from './helpers.ts';
import { freePort } from './ports.ts';

export interface TestServer {
  /** The app's origin, e.g. http://127.0.0.1:43123 — load pages from here so same-origin POSTs are allowed. */
  url: string;
  db: Db;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The whole app on a real port (SQLite), for a browser to talk to. BASE_URL is the address it listens on. */
export async function startServer(options: { env?: Record<string, string> } = {}): Promise<TestServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const testDb = await createTestDb('sqlite', { PORT: String(port), BASE_URL: url, LOG_LEVEL: 'silent', ...options.env });
  const app = await createApp(testDb.config, testDb.db);
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    db: testDb.db,
    app,
    async close() {
      await app.close();
      await testDb.cleanup();
    },
  };
}

export interface SeedAnswer {
  question: string;
  perspective: string;
  body: string;
  displayName?: string | null;
  status?: 'published' | 'pending';
  createdAt?: string;
}

/** Stores answers as if people had sent them (not examples), and moves the board's revision on as publishing does. */
export async function addAnswers(db: Db, slug: string, answers: SeedAnswer[]): Promise<string[]> {
  const board = await db.selectFrom('boards').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  const questions = await db.selectFrom('questions').select(['id', 'key']).where('boardId', '=', board.id).execute();
  const perspectives = await db.selectFrom('perspectives').select(['id', 'key']).where('boardId', '=', board.id).execute();
  const ids: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (const a of answers) {
      const at = a.createdAt ?? nowIso();
      const id = newId();
      const status = a.status ?? 'published';
      await insertAnswer(trx, {
        id,
        boardId: board.id,
        questionId: questions.find((q) => q.key === a.question)!.id,
        perspectiveId: perspectives.find((p) => p.key === a.perspective)!.id,
        body: a.body,
        displayName: a.displayName ?? null,
        email: null,
        status,
        isExample: 0,
        consentVersion: 'test',
        createdAt: at,
        updatedAt: at,
        publishedAt: status === 'published' ? at : null,
      });
      ids.push(id);
    }
    await bumpBoardRevision(trx, board.id, nowIso());
  });
  return ids;
}
