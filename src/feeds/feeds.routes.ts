import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { boardIn } from '../boards/board-language.ts';
import { findBoardBySlug } from '../boards/boards.queries.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { languageTag, localised } from '../i18n/locale.ts';
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

  // /b/:slug/feed.atom in English, /cy/b/:slug/feed.atom in Welsh: the board's texts in that language where translated.
  app.get<{ Params: { slug: string } }>('/b/:slug/feed.atom', async (request, reply) => {
    const found = await findBoardBySlug(db, request.params.slug);
    if (!found || found.archivedAt) return reply.callNotFound();
    const { locale } = request;
    // Every change readers can see bumps the revision, so it and the language name the feed's content (weak: compression may differ).
    const etag = `W/"feed.${found.id}.${found.revision}.${locale}"`;
    // Revalidate every time, so an answer hidden or deleted leaves every cache at once; a 304 costs one query.
    reply.header('etag', etag).header('cache-control', 'public, no-cache');
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();

    const board = boardIn(found, locale);
    const t = catalogues[locale].feeds;
    // A question or perspective shows translated when the board is in the other language and has a translation.
    const translate = found.language !== locale;
    const answers = await listNewestPublishedAnswers(db, board.id, feedSize);
    const link = (path: string) => absoluteUrl(config.baseUrl, localised(locale, path));
    const boardUrl = link(boardPath(board.slug));
    const xml = renderAtomFeed({
      lang: languageTag[locale],
      id: boardUrl,
      title: board.title,
      subtitle: board.intro,
      self: link(feedPath(board.slug)),
      alternate: boardUrl,
      updated: latest(board.updatedAt, ...answers.map((a) => a.updatedAt)),
      generator: 'Roundtable',
      entries: answers.map((a) => {
        const question = (translate && a.questionTranslated) || a.questionText;
        const perspective = (translate && a.perspectiveTranslated) || a.perspectiveLabel;
        return {
          // The answer's id is the same in both languages' feeds; its link is the page in the feed's language.
          id: absoluteUrl(config.baseUrl, answerPath(a.id)),
          title: t.entryTitle(question, perspective),
          link: link(answerPath(a.id)),
          author: a.displayName || t.anonymous,
          published: a.publishedAt ?? a.createdAt,
          updated: latest(a.publishedAt ?? a.createdAt, a.updatedAt),
          // Answers stay in the language their authors wrote (WCAG 3.1.2 in feed readers that honour xml:lang).
          content: a.body,
          contentLang: a.language && a.language !== locale ? languageTag[a.language] : undefined,
          category: { term: a.perspectiveKey, label: perspective },
        };
      }),
    });
    return reply.type('application/atom+xml; charset=utf-8').send(xml);
  });
}
