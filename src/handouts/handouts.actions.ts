import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Board, Perspective, Question } from '../db/tables.ts';
import { nowIso } from '../db/ids.ts';
import { listPerspectives, listQuestions } from '../boards/boards.queries.ts';
import { absoluteUrl, boardPath } from '../web/paths.ts';
import { catalogues } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locale.ts';
import { handoutThemes } from '../themes/themes.actions.ts';
import {
  findHandoutIntro,
  type HandoutAnswer,
  listHandoutAnswers,
  listHandoutPicks,
  listHandoutQuestions,
  listPicksOfQuestion,
  lockHandoutQuestion,
  replacePicks,
  saveHandoutIntro,
  saveHandoutNote,
} from './handouts.queries.ts';
import type { PickMove } from './handouts.input.ts';

export type { HandoutAnswer } from './handouts.queries.ts';

/** How many answers a question starts with: its examples, then the most helpful answer of each perspective in turn. */
export const startingPicks = 6;

/** Something more the handout says about a question, under its note: a heading and short lines (such as its themes). */
export interface QuestionSummary {
  heading: string;
  lines: string[];
}

export interface HandoutQuestion {
  question: Question;
  note: string;
  /** false: nobody chose this question's answers yet, so `picked` is the starting choice. */
  chosen: boolean;
  picked: HandoutAnswer[];
  /** The answers that may be picked and are not, by perspective. */
  others: HandoutAnswer[];
  summary?: QuestionSummary;
}

export interface Handout {
  board: Board;
  /** The board's absolute address, printed and drawn as a QR code. */
  address: string;
  intro: string;
  questions: HandoutQuestion[];
}

/**
 * What the handout says about a question besides its answers and note. The one place to add more per question
 * (the themes summary from src/themes/ goes here); views and the PDF print whatever it returns.
 */
async function questionSummary(db: Db, boardId: string, questionId: string, language: Locale): Promise<QuestionSummary | undefined> {
  // The themes, when the facilitator chose to print them: the key phrases, then what each perspective says more than the others.
  const themes = (await handoutThemes(db, boardId, questionId))?.themes;
  if (!themes || themes.phrases.length === 0) return undefined;
  // Printed in the board's language, as the rest of the handout.
  const words = catalogues[language].handouts.printed;
  const phrases = themes.phrases.slice(0, 8).map((p) => `${p.label} (${p.count})`);
  const distinct = themes.perspectives
    .filter((p) => p.distinctive.length > 0)
    .map((p) => words.saysMore(p, p.distinctive.map((d) => d.phrase.label).join(', ')));
  return { heading: words.themesHeading, lines: [words.keyPhrases(phrases.join(', ')), ...distinct] };
}

/** The starting choice for a question: its examples, then the most helpful answer from each perspective in turn. */
export function startingChoice(answers: readonly HandoutAnswer[], perspectives: readonly Perspective[]): HandoutAnswer[] {
  const picked = answers.filter((a) => a.isExample).slice(0, startingPicks);
  // Each perspective's answers, most helpful first (listHandoutAnswers' order), examples already taken.
  const queues = perspectives.map((p) => answers.filter((a) => a.perspectiveId === p.id && !a.isExample));
  for (let round = 0; picked.length < startingPicks && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const next = queue[round];
      // After each perspective's best, only answers someone found helpful earn a place.
      if (next && picked.length < startingPicks && (round === 0 || next.helpfulCount > 0)) picked.push(next);
    }
  }
  return picked;
}

function picksOf(
  answers: readonly HandoutAnswer[],
  perspectives: readonly Perspective[],
  stored: { chosen: boolean; ids: readonly string[] },
): HandoutAnswer[] {
  if (!stored.chosen) return startingChoice(answers, perspectives);
  const byId = new Map(answers.map((a) => [a.id, a]));
  // An answer that may no longer be printed (hidden, erased, its author's choice changed) simply drops out.
  return stored.ids.flatMap((id) => byId.get(id) ?? []);
}

/** The board's handout as it stands: each question with its picked answers, in order, and the others that may be picked. */
export async function loadHandout(db: Db, config: Config, board: Board): Promise<Handout> {
  const [questions, perspectives, answers, rows, picks, intro] = await Promise.all([
    listQuestions(db, board.id),
    listPerspectives(db, board.id),
    listHandoutAnswers(db, board.id),
    listHandoutQuestions(db, board.id),
    listHandoutPicks(db, board.id),
    findHandoutIntro(db, board.id),
  ]);
  const result: HandoutQuestion[] = [];
  for (const question of questions) {
    const row = rows.find((r) => r.questionId === question.id);
    const own = answers.filter((a) => a.questionId === question.id);
    const chosen = row?.picksSavedAt != null;
    const ids = picks.filter((p) => p.questionId === question.id).map((p) => p.answerId);
    const picked = picksOf(own, perspectives, { chosen, ids });
    const pickedIds = new Set(picked.map((a) => a.id));
    const summary = await questionSummary(db, board.id, question.id, board.language);
    result.push({ question, note: row?.note ?? '', chosen, picked, others: own.filter((a) => !pickedIds.has(a.id)), ...(summary ? { summary } : {}) });
  }
  return { board, address: absoluteUrl(config.baseUrl, boardPath(board.slug)), intro, questions: result };
}

export type PickResult = { kind: 'done'; questionKey: string } | { kind: 'invalid'; message: string };

/** Adds, removes or moves one answer in its question's handout. One transaction; the question's row serialises two facilitators. */
export async function pickAnswer(db: Db, board: Board, answerId: string, move: PickMove): Promise<PickResult> {
  const [questions, perspectives, answers] = await Promise.all([listQuestions(db, board.id), listPerspectives(db, board.id), listHandoutAnswers(db, board.id)]);
  const answer = answers.find((a) => a.id === answerId);
  const question = answer && questions.find((q) => q.id === answer.questionId);
  if (!answer || !question) {
    return {
      kind: 'invalid',
      message: catalogues.en.handouts.builder.errors.notPickable,
    };
  }
  const own = answers.filter((a) => a.questionId === question.id);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const { picksSaved } = await lockHandoutQuestion(trx, board.id, question.id, at);
    const current = picksOf(own, perspectives, { chosen: picksSaved, ids: picksSaved ? await listPicksOfQuestion(trx, question.id) : [] }).map((a) => a.id);
    await replacePicks(trx, question.id, moved(current, answerId, move), at);
  });
  return { kind: 'done', questionKey: question.key };
}

/** The order after one move; moving past either end, adding twice or removing what is not there changes nothing. */
export function moved(ids: readonly string[], id: string, move: PickMove): string[] {
  const list = [...ids];
  const i = list.indexOf(id);
  if (move === 'add') return i === -1 ? [...list, id] : list;
  if (i === -1) return list;
  if (move === 'remove') return list.filter((x) => x !== id);
  const j = move === 'up' ? i - 1 : i + 1;
  if (j < 0 || j >= list.length) return list;
  [list[i], list[j]] = [list[j]!, list[i]!];
  return list;
}

/** Saves a question's note; undefined when the question is not one of the board's. */
export async function saveNote(db: Db, board: Board, questionKey: string, note: string): Promise<Question | undefined> {
  const question = (await listQuestions(db, board.id)).find((q) => q.key === questionKey);
  if (!question) return undefined;
  await saveHandoutNote(db, board.id, question.id, note, nowIso());
  return question;
}

export async function saveIntro(db: Db, board: Board, intro: string): Promise<void> {
  await saveHandoutIntro(db, board.id, intro, nowIso());
}
