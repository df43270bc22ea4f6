import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { etagMatches } from '../web/encoded.ts';
import { absoluteUrl, answerPath, boardPath, feedPath } from '../web/paths.ts';
import { renderAtomFeed } from './atom.ts';
import { listNewestPublishedAnswers } from './feeds.queries.ts';

/** How many answers a feed carries: readers poll, so the newest are enough. */
export const feedSize = 50;

/** The latest of some ISO 8601 UTC timestamps (they sort as text). */
function latest(first: string, ...rest: string[]): string {
  return [first, ...rest].sort().at(-1) ?? first;
}

export function feedRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, config } = deps;

  app.get<{ Params: { slug: string } }>('/b/:slug/feed.atom', async (request, reply) => {
    const board = await findBoardBySlug(db, request.params.slug);
    if (!board || board.archivedAt) return reply.callNotFound();
    // Every change readers can see bumps the revision, so it names the feed's content (weak: compression may differ).
    const etag = `W/"feed.${board.id}.${board.revision}"`;
    // Revalidate every time, so an answer hidden or deleted leaves every cache at once; a 304 costs one query.
    reply.header('etag', etag).header('cache-control', 'public, no-cache');
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();

    const answers = await listNewestPublishedAnswers(db, board.id, feedSize);
    const boardUrl = absoluteUrl(config.baseUrl, boardPath(board.slug));
    const xml = renderAtomFeed({
      id: boardUrl,
      title: board.title,
      subtitle: board.intro,
      self: absoluteUrl(config.baseUrl, feedPath(board.slug)),
      alternate: boardUrl,
      updated: latest(board.updatedAt, ...answers.map((a) => a.updatedAt)),
      generator: 'Roundtable',
      entries: answers.map((a) => {
        const permalink = absoluteUrl(config.baseUrl, answerPath(a.id));
        return {
          id: permalink,
          title: `${a.questionText} (${a.perspectiveLabel})`,
          link: permalink,
          author: a.displayName || 'Anonymous',
          published: a.publishedAt ?? a.createdAt,
          updated: latest(a.publishedAt ?? a.createdAt, a.updatedAt),
          content: a.body,
          category: { term: a.perspectiveKey, label: a.perspectiveLabel },
        };
      }),
    });
    return reply.type('application/atom+xml; charset=utf-8').send(xml);
  });
}
