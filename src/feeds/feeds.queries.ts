import type { Db } from '../db/database.ts';
import { answersInContext, publicAnswerColumns, seenByReaders, type PublicAnswer } from '../boards/boards.queries.ts';

// Reads only: the feed writes nothing (answers.queries.ts and boards.queries.ts write those tables).

export interface FeedAnswer extends PublicAnswer {
  questionText: string;
  perspectiveLabel: string;
  /** Their texts in the board's other language (null: not translated). */
  questionTranslated: string | null;
  perspectiveTranslated: string | null;
  /** The language the answer is written in, as the safety check found it (null: another, or not known). */
  language: 'en' | 'cy' | null;
  publishedAt: string | null;
  updatedAt: string;
}

/** A board's newest published answers, newest first, with their question and perspective. Email is never selected. */
export function listNewestPublishedAnswers(db: Db, boardId: string, limit: number): Promise<FeedAnswer[]> {
  return answersInContext(db)
    .select([
      ...publicAnswerColumns,
      'questions.text as questionText',
      'perspectives.label as perspectiveLabel',
      'questions.translatedText as questionTranslated',
      'perspectives.translatedLabel as perspectiveTranslated',
      'answers.language',
      'answers.publishedAt',
      'answers.updatedAt',
    ])
    .where('answers.boardId', '=', boardId)
    .where(seenByReaders)
    .where('questions.retiredAt', 'is', null)
    .where('perspectives.retiredAt', 'is', null)
    .orderBy((eb) => eb.fn.coalesce('answers.publishedAt', 'answers.createdAt'), 'desc')
    .orderBy('answers.id', 'desc')
    .limit(limit)
    .execute();
}
