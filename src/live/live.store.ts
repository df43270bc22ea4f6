import { createRequire } from 'node:module';
import { sql } from 'kysely';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/ids.ts';
import { commitQueue } from '../db/group-commit.ts';
import { LiveBus, type EventStore, type LiveEventKind, type NumberedEvent } from './live.bus.ts';

// Every event is a row in live_events, numbered by the database. On SQLite (one instance) the instance that
// stored it delivers it; on PostgreSQL the insert also NOTIFYs, and every instance, this one included, delivers
// what its LISTEN connection hears, so viewers on any instance see the same numbered events in the same order.

const channel = 'roundtable_live';
/** Events kept per board for reconnecting streams; older ones go (a stream that missed more reloads). */
const keepPerBoard = 1000;

type EventRow = { id: number | string; boardId: string; kind: string; answerId: string | null };

function numbered(row: EventRow): NumberedEvent {
  return { id: Number(row.id), boardId: row.boardId, kind: row.kind as LiveEventKind, answerId: row.answerId };
}

/** The board's events after `afterId`, oldest first, at most `limit`. */
export async function listEventsAfter(db: Db, boardId: string, afterId: number, limit: number): Promise<NumberedEvent[]> {
  const rows = await db
    .selectFrom('liveEvents')
    .select(['id', 'boardId', 'kind', 'answerId'])
    .where('boardId', '=', boardId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(numbered);
}

/** The number of the board's latest event, or of any board's (0 when none): a page rendered now has seen everything up to it. */
export async function latestEventId(db: Db, boardId?: string): Promise<number> {
  let query = db.selectFrom('liveEvents').select((eb) => eb.fn.max('id').as('id'));
  if (boardId !== undefined) query = query.where('boardId', '=', boardId);
  const row = await query.executeTakeFirst();
  return Number(row?.id ?? 0);
}

async function pruneEvents(db: Db, boardId: string, newestId: number): Promise<void> {
  await db
    .deleteFrom('liveEvents')
    .where('boardId', '=', boardId)
    .where('id', '<=', newestId - keepPerBoard)
    .execute();
}

/** Every hundredth event of all boards prunes its own board: the table stays small without a delete per event. */
async function pruneNow(db: Db, events: { id: number; boardId: string }[]): Promise<void> {
  for (const event of events) if (event.id % 100 === 0) await pruneEvents(db, event.boardId, event.id);
}

function sqliteStore(db: Db): EventStore {
  return {
    async save(events) {
      // In the answers' group commit: the events of a moment share its fsync instead of one commit each.
      const saved: NumberedEvent[] = [];
      await commitQueue(db).run(async (trx) => {
        for (const event of events) {
          const row = await trx
            .insertInto('liveEvents')
            .values({ boardId: event.boardId, kind: event.kind, answerId: event.answerId ?? null, createdAt: nowIso() })
            .returning('id')
            .executeTakeFirstOrThrow();
          saved.push({ ...event, id: Number(row.id) });
        }
      });
      await pruneNow(db, saved);
      return saved;
    },
  };
}

function postgresStore(db: Db): EventStore {
  return {
    async save(events) {
      // One statement for them all; the NOTIFYs go out in their order when it commits.
      const at = nowIso();
      const { rows } = await sql<{ id: string; boardId: string }>`
        with saved as (
          insert into live_events (board_id, kind, answer_id, created_at)
          select board_id, kind, answer_id, ${at} from unnest(
            ${events.map((e) => e.boardId)}::text[], ${events.map((e) => e.kind)}::text[], ${events.map((e) => e.answerId ?? null)}::text[]
          ) with ordinality as e(board_id, kind, answer_id, n)
          order by n
          returning id, board_id
        )
        select id, board_id as "boardId", pg_notify(${channel}, id::text) from (select * from saved order by id) ordered`.execute(db);
      await pruneNow(
        db,
        rows.map((r) => ({ id: Number(r.id), boardId: r.boardId })),
      );
      // This instance hears its own NOTIFY like every other instance, and delivers then.
      return null;
    },
  };
}

/**
 * Holds a LISTEN connection and delivers every instance's events to this instance's bus. A NOTIFY carries
 * only the event's number; the row is read back. After the connection is lost and made again, every event
 * stored meanwhile is read and delivered, so no viewer on this instance misses one. `ready` resolves once the
 * first LISTEN is in place: the app listens for requests only after it, so no stream can open before it.
 */
function listenForEvents(db: Db, databaseUrl: string, bus: LiveBus, log: LiveLog): { ready: Promise<void>; close(): Promise<void> } {
  const onError = (error: unknown) => log.error({ err: error }, 'live events from other instances not read');
  let client: import('pg').Client | undefined;
  let closed = false;
  let lastId = -1;
  let retry: NodeJS.Timeout | undefined;
  let listening: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    listening = resolve;
  });
  // Deliveries run one after another; an event read both by its NOTIFY and by a catch-up is delivered once.
  let chain: Promise<void> = Promise.resolve();
  const delivered = new Set<number>();

  const deliverRows = (read: () => Promise<EventRow[]>) => {
    chain = chain
      .then(async () => {
        // Closing: the app is stopping and its database is about to close (or has); nobody is listening any more.
        if (closed) return;
        for (const row of await read()) {
          const event = numbered(row);
          lastId = Math.max(lastId, event.id);
          if (delivered.has(event.id)) continue;
          delivered.add(event.id);
          if (delivered.size > 5000) delivered.delete(delivered.values().next().value!);
          bus.deliver(event);
        }
      })
      .catch(onError);
  };
  const columns = ['id', 'boardId', 'kind', 'answerId'] as const;
  const catchUp = () => deliverRows(() => db.selectFrom('liveEvents').select(columns).where('id', '>', lastId).orderBy('id').limit(5000).execute());

  const connect = async () => {
    if (closed) return;
    const next = new (createRequire(import.meta.url)('pg') as typeof import('pg')).Client({ connectionString: databaseUrl });
    next.on('error', (error) => {
      log.warn({ err: error }, 'the connection that hears other instances’ live events was lost; reconnecting');
      next.end().catch(() => {});
    });
    next.on('end', () => {
      if (client === next) client = undefined;
      if (!closed) retry = setTimeout(connect, 1000);
    });
    next.on('notification', (message) => {
      // Read by its own number: two events committed out of order are both delivered.
      const id = Number(message.payload);
      if (message.channel === channel && Number.isSafeInteger(id)) {
        deliverRows(() => db.selectFrom('liveEvents').select(columns).where('id', '=', id).execute());
      }
    });
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
      client = next;
      // The first time, start from the newest event (none can have a viewer here yet); after a loss, catch up.
      if (lastId < 0) lastId = await latestEventId(db);
      else catchUp();
      listening();
    } catch (error) {
      log.warn({ err: error }, 'could not listen for other instances’ live events; trying again');
      await next.end().catch(() => {});
    }
  };
  void connect();
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(retry);
      await chain;
      await client?.end().catch(() => {});
    },
  };
}

/** Where the live bus reports trouble (the app's logger). */
export interface LiveLog {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** The app's bus: events stored in the database and, on PostgreSQL, shared with every instance through LISTEN/NOTIFY. */
export function createLiveBus(db: Db, config: Pick<Config, 'databaseUrl'>, log: LiveLog): { bus: LiveBus; ready: Promise<void>; close(): Promise<void> } {
  const onError = (error: unknown) => log.error({ err: error }, 'live event not delivered');
  if (!config.databaseUrl) {
    const bus = new LiveBus(sqliteStore(db), onError);
    return { bus, ready: Promise.resolve(), close: () => bus.settled() };
  }
  const bus = new LiveBus(postgresStore(db), onError);
  const listener = listenForEvents(db, config.databaseUrl, bus, log);
  return {
    bus,
    ready: listener.ready,
    async close() {
      await bus.settled();
      await listener.close();
    },
  };
}

/**
 * Retention (TRUST PR-6): deletes live events made before `before`, except each board's newest 101, so a stream that
 * reconnects after a long sleep still finds more than it can replay and is told to reload. Events of deleted boards all go.
 */
export async function deleteLiveEventsBefore(db: Db, before: string): Promise<number> {
  // One more than a reconnecting stream replays (workshop.stream.ts): with them kept, a stream that missed more reloads.
  const keep = 101;
  const result = await db
    .deleteFrom('liveEvents')
    .where('createdAt', '<', before)
    .where((eb) =>
      eb.or([
        eb('boardId', 'not in', eb.selectFrom('boards').select('boards.id')),
        eb(
          'id',
          '<=',
          eb
            .selectFrom('liveEvents as newer')
            .select((n) => sql<number>`${n.fn.max('newer.id')} - ${keep}`.as('edge'))
            .whereRef('newer.boardId', '=', 'liveEvents.boardId'),
        ),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
