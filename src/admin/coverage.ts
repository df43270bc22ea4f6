import type { BoardSnapshot } from '../boards/board-snapshot.ts';
import type { Perspective, Question } from '../db/tables.ts';

/** A cell with fewer published answers than this is thin: one voice is not yet a point of view. */
export const thinBelow = 2;

export interface CoverageCell {
  question: Question;
  perspective: Perspective;
  published: number;
}

export interface Coverage {
  cells: CoverageCell[];
  empty: number;
  thin: number;
}

/** Published answers per question × perspective, the empty and thin cells first (then in the board's order). */
export function coverageOf(snapshot: BoardSnapshot): Coverage {
  const cells = snapshot.questions.flatMap((question) =>
    snapshot.perspectives.map((perspective) => ({ question, perspective, published: snapshot.cell(question.key, perspective.key).length })),
  );
  // Array.prototype.sort is stable, so cells with the same count keep the board's own order.
  cells.sort((a, b) => Math.min(a.published, thinBelow) - Math.min(b.published, thinBelow));
  return {
    cells,
    empty: cells.filter((c) => c.published === 0).length,
    thin: cells.filter((c) => c.published > 0 && c.published < thinBelow).length,
  };
}
