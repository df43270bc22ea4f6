import { h } from 'preact';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import type { NumberedEvent } from '../live/live.bus.ts';
import { listEventsAfter } from '../live/live.store.ts';
import { sseMessage, type StreamHub } from '../live/live.streams.ts';
import { findBoardById, findBoardBySlug } from '../boards/boards.queries.ts';
import { loadBoardSnapshot } from '../boards/board-snapshot.ts';
import { AnswerItem, CellMore, cellCap, cellPath, siteLinks } from '../boards/boards.views.tsx';
import { requireBoardRole } from '../admin/access.ts';
import { renderFragment } from '../web/html.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { plural } from '../i18n/format.ts';
import { type Locale, locales } from '../i18n/locale.ts';
import { parseForm } from '../web/input.ts';
import { findRunningSession } from './workshop.queries.ts';

// The live streams. Each instance listens to the bus once; each event becomes one message per view that
// someone watches, made once as bytes and written to every viewer of that view. A message is made from what is
// published when it is made (the board's snapshot), so an answer that is held, waiting or removed never rides in one.
// A view is watched in a language (a Welsh page's stream is /cy/b/…/events): its messages carry fragments in that language.

const views = ['page', 'embed'] as const;
export type StreamView = (typeof views)[number];

const streamQuery = z.object({
  view: z.enum(views).default('page'),
  since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/** A reconnecting stream that missed more than this many events is told to reload instead. */
const replayLimit = 100;

/** What the console's stream calls each change (the names readers' streams use for their events). */
const consoleKinds = { 'answer.published': 'answer', 'answer.removed': 'removed', 'answer.votes': 'votes', queue: 'queue', session: 'session' } as const;

function topic(boardId: string, view: StreamView | 'console', locale?: Locale): string {
  return locale ? `${boardId}:${view}:${locale}` : `${boardId}:${view}`;
}

export function streamRoutes(app: FastifyInstance, deps: AppDeps, hub: StreamHub): void {
  const { db, config, bus } = deps;
  // Ends every stream before the server waits for open connections to finish: browsers reconnect elsewhere.
  app.addHook('preClose', async () => hub.closeAll());

  // Messages made recently, by event, view and language: a reconnecting stream's replay reuses what live viewers were sent.
  const made = new Map<string, Promise<Buffer | null>>();
  function message(event: NumberedEvent, view: StreamView, locale: Locale): Promise<Buffer | null> {
    const key = `${event.id}:${view}:${locale}`;
    let bytes = made.get(key);
    if (!bytes) {
      bytes = makeMessage(event, view, locale);
      made.set(key, bytes);
      if (made.size > 500) made.delete(made.keys().next().value!);
      bytes.catch(() => made.delete(key));
    }
    return bytes;
  }

  async function makeMessage(event: NumberedEvent, view: StreamView, locale: Locale): Promise<Buffer | null> {
    const board = await findBoardById(db, event.boardId);
    if (!board) return null;
    const snapshot = await loadBoardSnapshot(db, board, locale);
    const t = catalogues[locale].workshop;
    switch (event.kind) {
      case 'session': {
        const session = await findRunningSession(db, board.id);
        const question = session?.questionId ? (snapshot.questions.find((q) => q.id === session.questionId)?.key ?? null) : null;
        return sseMessage('session', { running: Boolean(session), question, paused: Boolean(session?.paused) }, event.id);
      }
      case 'answer.published':
      case 'answer.votes':
      case 'answer.removed': {
        const answer = snapshot.answers.find((a) => a.id === event.answerId);
        // Not published (any more): whatever the event said, readers' views drop it.
        if (!answer) return sseMessage('removed', { id: event.answerId }, event.id);
        if (event.kind === 'answer.votes') return sseMessage('votes', { id: answer.id, count: answer.helpfulCount }, event.id);
        // The links in the fragment lead to pages in the viewer's language.
        const links = view === 'embed' ? { base: config.baseUrl, newTab: true, locale } : { ...siteLinks, locale };
        const count = snapshot.cell(answer.questionKey, answer.perspectiveKey).length;
        const perspective = snapshot.perspectives.find((p) => p.key === answer.perspectiveKey);
        const question = snapshot.questions.find((q) => q.key === answer.questionKey);
        return sseMessage(
          'answer',
          {
            id: answer.id,
            question: answer.questionKey,
            perspective: answer.perspectiveKey,
            // Who it is from, for "2 new answers from practitioners".
            from: perspective?.plural ?? t.fromPerspective(perspective?.label ?? ''),
            html: renderFragment(h(AnswerItem, { answer, links })),
            count,
            countText: plural(locale, count, t.answers),
            // A table's cell shows its first answers (data-cap) and links to the rest: the link with the new count.
            more:
              count > cellCap && perspective && question
                ? renderFragment(h(CellMore, { href: cellPath(board.slug, question.key, perspective.key), count, perspective, question, links }))
                : '',
          },
          event.id,
        );
      }
      case 'queue':
        return null;
    }
  }

  // Events of one board go out in order; boards do not wait for each other.
  const chains = new Map<string, Promise<void>>();
  bus.subscribe((event) => {
    const previous = chains.get(event.boardId) ?? Promise.resolve();
    const next = previous
      .then(async () => {
        const consoleTopic = topic(event.boardId, 'console');
        if (hub.watched(consoleTopic)) hub.send(consoleTopic, sseMessage('change', { kind: consoleKinds[event.kind] }, event.id), event.id);
        for (const view of views) {
          for (const locale of locales) {
            const viewers = topic(event.boardId, view, locale);
            if (!hub.watched(viewers)) continue;
            const bytes = await message(event, view, locale);
            if (bytes) hub.send(viewers, bytes, event.id);
          }
        }
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'live event not sent'));
    chains.set(event.boardId, next);
    void next.then(() => {
      if (chains.get(event.boardId) === next) chains.delete(event.boardId);
    });
  });

  /** The number a reconnecting browser last saw: its Last-Event-ID header, or `since` in the address (set by live-stream.ts and by pages). */
  function lastSeen(header: unknown, since: number | undefined): number | undefined {
    const fromHeader = typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
    return fromHeader ?? since;
  }

  function tooMany(reply: FastifyReply) {
    return reply.code(429).header('retry-after', '30').type('text/plain; charset=utf-8').send(catalogues[reply.request.locale].workshop.tooManyStreams);
  }

  app.get<{ Params: { slug: string }; Querystring: Record<string, unknown> }>('/b/:slug/events', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board) return reply.callNotFound();
    const query = parseForm(streamQuery, request.query);
    if (!query.ok) return reply.code(400).type('text/plain; charset=utf-8').send(catalogues[request.locale].workshop.badStream);
    if (!hub.admits(request.ip)) return tooMany(reply);
    const view = query.input.view;
    const { locale } = request;
    const since = lastSeen(request.headers['last-event-id'], query.input.since);
    reply.hijack();
    // Live events that arrive while the missed ones are read and made wait for them (StreamHub.open).
    await hub.open(topic(board.id, view, locale), request.ip, reply.raw, async () => {
      if (since === undefined) return { messages: [], lastId: 0 };
      const missed = await listEventsAfter(db, board.id, since, replayLimit + 1);
      const lastId = missed.at(-1)?.id ?? since;
      if (missed.length > replayLimit) return { messages: [sseMessage('reload', {}, lastId)], lastId };
      const messages: Buffer[] = [];
      for (const event of missed) {
        const bytes = await message(event, view, locale);
        if (bytes) messages.push(bytes);
      }
      return { messages, lastId };
    });
  });

  app.get<{ Params: { slug: string } }>('/admin/b/:slug/live/events', async (request, reply) => {
    const access = await requireBoardRole(request, reply, db, request.params.slug);
    if (!access) return reply;
    if (!hub.admits(request.ip)) return tooMany(reply);
    reply.hijack();
    await hub.open(topic(access.board.id, 'console'), request.ip, reply.raw);
  });
}
