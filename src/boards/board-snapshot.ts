import type { Db } from '../db/database.ts';
import type { Board, Perspective, Question } from '../db/tables.ts';
import { latestEventId } from '../live/live.store.ts';
import { encodeOnce, type Encoded } from '../web/encoded.ts';
import type { AnswerSort } from '../web/paths.ts';
import type { Locale } from '../i18n/locale.ts';
import { perspectiveIn, questionIn, type Shown } from './board-language.ts';
import { listPerspectives, listPublishedAnswers, listQuestions, type PublicAnswer } from './boards.queries.ts';

/** Everything public about one revision of a board, and the markup rendered from it. */
export interface BoardSnapshot {
  readonly revision: number;
  /** The board's latest live event when the snapshot was read: a live view of it asks for the events after this one. */
  readonly liveSince: number;
  readonly questions: Shown<Question>[];
  readonly perspectives: Shown<Perspective>[];
  readonly answers: PublicAnswer[];
  /** The same content with the board's texts in this language where translated; its renders are its own. */
  inLocale(locale: Locale): BoardSnapshot;
  cell(questionKey: string, perspectiveKey: string): PublicAnswer[];
  /** The same content with each cell in this order (`?sort=`); null: examples first, then oldest first. Renders are shared: put the sort in their key. */
  sorted(sort: AnswerSort): BoardSnapshot;
  /** Renders once per revision and key (markup as UTF-8, or bytes such as an image), then serves the same bytes. */
  rendered(key: string, render: () => string | Buffer): Buffer;
  /** A whole page, the same for every reader of this revision: rendered once, compressed once (for sendEncoded). */
  page(key: string, render: () => string | Buffer): Encoded;
}

const snapshots = new Map<string, Promise<BoardSnapshot>>();
const maxBoardsCached = 500;

/** Most helpful first; ties keep the cell's order (examples first, then oldest), as Array.sort is stable. */
function mostHelpfulFirst(answers: PublicAnswer[]): PublicAnswer[] {
  return [...answers].sort((a, b) => b.helpfulCount - a.helpfulCount);
}

async function buildSnapshot(db: Db, board: Board): Promise<BoardSnapshot> {
  // Read before the content: every change after this number is either in the content or sent again, never lost.
  const liveSince = await latestEventId(db, board.id);
  const [questions, perspectives, answers] = await Promise.all([
    listQuestions(db, board.id),
    listPerspectives(db, board.id),
    listPublishedAnswers(db, board.id),
  ]);
  const cells = new Map<string, PublicAnswer[]>();
  for (const answer of answers) {
    const key = `${answer.questionKey}\n${answer.perspectiveKey}`;
    const list = cells.get(key);
    if (list) list.push(answer);
    else cells.set(key, [answer]);
  }
  const views = new Map<Locale, BoardSnapshot>();
  const inLocale = (locale: Locale): BoardSnapshot => {
    let view = views.get(locale);
    if (!view) {
      view = snapshotIn(
        questions.map((q) => questionIn(board, q, locale)),
        perspectives.map((p) => perspectiveIn(board, p, locale)),
      );
      views.set(locale, view);
    }
    return view;
  };

  /** The content with the board's texts in one language; each language's renders are its own. */
  function snapshotIn(shownQuestions: Shown<Question>[], shownPerspectives: Shown<Perspective>[]): BoardSnapshot {
    const renders = new Map<string, Buffer>();
    const pages = new Map<string, Encoded>();
    let byHelpful: BoardSnapshot | undefined;
    const snapshot: BoardSnapshot = {
      revision: board.revision,
      liveSince,
      questions: shownQuestions,
      perspectives: shownPerspectives,
      answers,
      inLocale,
      cell: (q, p) => cells.get(`${q}\n${p}`) ?? [],
      sorted(sort) {
        if (sort !== 'helpful') return snapshot;
        if (!byHelpful) {
          const sortedCells = new Map([...cells].map(([key, list]) => [key, mostHelpfulFirst(list)]));
          byHelpful = { ...snapshot, cell: (q, p) => sortedCells.get(`${q}\n${p}`) ?? [] };
        }
        return byHelpful;
      },
      rendered(key, render) {
        let bytes = renders.get(key);
        if (bytes === undefined) {
          const made = render();
          bytes = typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
          renders.set(key, bytes);
        }
        return bytes;
      },
      page(key, render) {
        let page = pages.get(key);
        if (page === undefined) {
          page = encodeOnce(snapshot.rendered(`page:${key}`, render));
          pages.set(key, page);
        }
        return page;
      },
    };
    return snapshot;
  }
  return inLocale('en');
}

/**
 * The board's public content at its current revision. Every change that readers can see bumps
 * `boards.revision` in the same transaction, so a snapshot is reused until the next change —
 * on any number of app instances, since each reads the revision from the database.
 */
export async function loadBoardSnapshot(db: Db, board: Board, locale: Locale): Promise<BoardSnapshot> {
  const cacheKey = `${board.id}@${board.revision}`;
  let snapshot = snapshots.get(cacheKey);
  if (!snapshot) {
    for (const key of snapshots.keys()) if (key.startsWith(`${board.id}@`)) snapshots.delete(key);
    if (snapshots.size >= maxBoardsCached) snapshots.delete(snapshots.keys().next().value!);
    snapshot = buildSnapshot(db, board);
    snapshots.set(cacheKey, snapshot);
    snapshot.catch(() => snapshots.delete(cacheKey));
  }
  return (await snapshot).inLocale(locale);
}
