import type { Db } from '../db/database.ts';
import type { AnswerUse } from '../db/tables.ts';
import { answersInContext } from '../boards/boards.queries.ts';

// Every statement about handouts: the only file that writes handouts, handout_questions and handout_picks.

/** An answer as a handout shows it: never its author's email. */
export interface HandoutAnswer {
  id: string;
  questionId: string;
  perspectiveId: string;
  perspectiveLabel: string;
  body: string;
  displayName: string | null;
  isExample: number;
  helpfulCount: number;
  createdAt: string;
  useAllowed: AnswerUse;
}

/** Where an answer may be printed: its author allowed the board or workshops (never 'facilitators' only). */
export const handoutUses: readonly AnswerUse[] = ['board', 'workshop'];

/**
 * The answers a handout may hold: approved (published), allowed for workshops by their author, under a question
 * and perspective still in use. By perspective, then examples, the most helpful and the oldest first.
 */
export function listHandoutAnswers(db: Db, boardId: string): Promise<HandoutAnswer[]> {
  return answersInContext(db)
    .select([
      'answers.id',
      'answers.questionId',
      'answers.perspectiveId',
      'perspectives.label as perspectiveLabel',
      'answers.body',
      'answers.displayName',
      'answers.isExample',
      'answers.helpfulCount',
      'answers.createdAt',
      'answers.useAllowed',
    ])
    .where('answers.boardId', '=', boardId)
    .where('answers.status', '=', 'published')
    .where('answers.useAllowed', 'in', handoutUses)
    .where('questions.retiredAt', 'is', null)
    .where('perspectives.retiredAt', 'is', null)
    .orderBy('perspectives.position')
    .orderBy('answers.isExample', 'desc')
    .orderBy('answers.helpfulCount', 'desc')
    .orderBy('answers.createdAt')
    .orderBy('answers.id')
    .execute();
}

export async function findHandoutIntro(db: Db, boardId: string): Promise<string> {
  const row = await db.selectFrom('handouts').select('intro').where('boardId', '=', boardId).executeTakeFirst();
  return row?.intro ?? '';
}

export async function saveHandoutIntro(db: Db, boardId: string, intro: string, at: string): Promise<void> {
  await db
    .insertInto('handouts')
    .values({ boardId, intro, updatedAt: at })
    .onConflict((oc) => oc.column('boardId').doUpdateSet({ intro, updatedAt: at }))
    .execute();
}

export function listHandoutQuestions(db: Db, boardId: string) {
  return db.selectFrom('handoutQuestions').select(['questionId', 'note', 'picksSavedAt']).where('boardId', '=', boardId).execute();
}

/** The stored picks of a board's questions, in order. */
export function listHandoutPicks(db: Db, boardId: string) {
  return db
    .selectFrom('handoutPicks')
    .innerJoin('handoutQuestions', 'handoutQuestions.questionId', 'handoutPicks.questionId')
    .select(['handoutPicks.questionId', 'handoutPicks.answerId'])
    .where('handoutQuestions.boardId', '=', boardId)
    .orderBy('handoutPicks.questionId')
    .orderBy('handoutPicks.position')
    .execute();
}

export async function saveHandoutNote(db: Db, boardId: string, questionId: string, note: string, at: string): Promise<void> {
  await db
    .insertInto('handoutQuestions')
    .values({ questionId, boardId, note, picksSavedAt: null, updatedAt: at })
    .onConflict((oc) => oc.column('questionId').doUpdateSet({ note, updatedAt: at }))
    .execute();
}

/**
 * Locks a question's handout row (making it when missing), so two facilitators changing the same question's picks
 * take turns; returns whether its picks were ever chosen. Call inside a transaction.
 */
export async function lockHandoutQuestion(db: Db, boardId: string, questionId: string, at: string): Promise<{ picksSaved: boolean }> {
  await db
    .insertInto('handoutQuestions')
    .values({ questionId, boardId, picksSavedAt: null, updatedAt: at })
    .onConflict((oc) => oc.column('questionId').doUpdateSet({ updatedAt: at }))
    .execute();
  const row = await db.selectFrom('handoutQuestions').select('picksSavedAt').where('questionId', '=', questionId).executeTakeFirstOrThrow();
  return { picksSaved: row.picksSavedAt !== null };
}

export async function listPicksOfQuestion(db: Db, questionId: string): Promise<string[]> {
  const rows = await db.selectFrom('handoutPicks').select('answerId').where('questionId', '=', questionId).orderBy('position').execute();
  return rows.map((r) => r.answerId);
}

/** Replaces a question's picks with these answers, in this order. Call inside a transaction, after lockHandoutQuestion. */
export async function replacePicks(db: Db, questionId: string, answerIds: readonly string[], at: string): Promise<void> {
  await db.deleteFrom('handoutPicks').where('questionId', '=', questionId).execute();
  if (answerIds.length > 0) {
    await db
      .insertInto('handoutPicks')
      .values(answerIds.map((answerId, position) => ({ questionId, answerId, position })))
      .execute();
  }
  await db.updateTable('handoutQuestions').set({ picksSavedAt: at, updatedAt: at }).where('questionId', '=', questionId).execute();
}
