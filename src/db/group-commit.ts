import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './tables.ts';

// Kysely<Database> rather than database.ts's Db: database.ts imports this file, and the two must not form a circle.
type Db = Kysely<Database>;

type Work = (trx: Transaction<Database>) => Promise<void>;
interface Pending {
  work: Work;
  resolve: () => void;
  reject: (err: unknown) => void;
  error?: unknown;
}

export interface CommitQueue {
  /** Runs the work in a transaction and resolves once that transaction is durably committed. */
  run(work: Work): Promise<void>;
}

const queues = new WeakMap<Db, CommitQueue>();

/**
 * Group commit (TRUST REL-1: acknowledged only once durable): work that arrives while a commit is
 * under way waits for the next transaction, which then holds all of it, so many answers share one fsync. Each piece runs in its
 * own savepoint: one that fails is rolled back alone and rejects alone. Nobody is answered before
 * the transaction holding their work has committed.
 */
export function useGroupCommit(db: Db): void {
  let queue: Pending[] = [];
  let draining = false;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await db.transaction().execute(async (trx) => {
          for (const item of batch) {
            await sql`savepoint answer`.execute(trx);
            try {
              await item.work(trx);
            } catch (err) {
              item.error = err;
              await sql`rollback to savepoint answer`.execute(trx);
            }
            await sql`release savepoint answer`.execute(trx);
          }
        });
        for (const item of batch) {
          if (item.error === undefined) item.resolve();
          else item.reject(item.error);
        }
      } catch (err) {
        for (const item of batch) item.reject(err);
      }
    }
    draining = false;
  }

  queues.set(db, {
    run(work) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ work, resolve, reject });
        if (draining) return;
        draining = true;
        // Not at once: the answers arriving with this one are still reading (on SQLite's one connection, which the
        // transaction would hold); one turn of the event loop lets them join it, so they share its commit.
        setImmediate(() => void drain());
      });
    },
  });
}

/** The database's commit queue: grouped for the app's databases, one transaction per piece of work for one made without it. */
export function commitQueue(db: Db): CommitQueue {
  return queues.get(db) ?? { run: (work) => db.transaction().execute(work) };
}
