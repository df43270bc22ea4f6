import type { Db } from '../db/database.ts';
import { nowIso } from '../db/ids.ts';
import type { Board, Question } from '../db/tables.ts';
import { bumpBoardRevision, listPerspectives, listPublishedAnswers, listQuestions } from '../boards/boards.queries.ts';
import { deleteThemeChoice, findThemeSettings, listThemeChoices, saveThemeChoice, saveThemeSettings, type ThemeSettings } from './themes.queries.ts';
import { analyseThemes, mergeTarget, type ThemeChoices, type ThemeOptions, type Themes } from './themes.ts';

// Loading a question's themes, and the facilitator's choices about them. The answers are those listPublishedAnswers
// gives: published and allowed on the board, so whatever a summary quotes may be read by anyone.

export interface QuestionThemes {
  question: Question;
  themes: Themes;
  choices: ThemeChoices;
  settings: ThemeSettings;
}

/** What the public question page and the handout show: fewer phrases than the facilitators see. */
export const summaryOptions: ThemeOptions = { maxPhrases: 8, distinctivePerPerspective: 3 };

/** What <ThemeSummary> shows: the question's themes, for its key in links. */
export interface ThemeSummaryData {
  questionKey: string;
  themes: Themes;
}

async function analyse(db: Db, boardId: string, question: Question, choices: ThemeChoices, options?: ThemeOptions): Promise<Themes> {
  const [answers, perspectives] = await Promise.all([listPublishedAnswers(db, boardId), listPerspectives(db, boardId)]);
  return analyseThemes(
    answers.filter((a) => a.questionKey === question.key),
    perspectives.map((p) => ({ key: p.key, label: p.label, plural: p.plural })),
    choices,
    options,
  );
}

/** A question's themes as its facilitators see them, or undefined for a question the board does not have (or retired). */
export async function loadQuestionThemes(db: Db, board: Board, questionKey: string): Promise<QuestionThemes | undefined> {
  const question = (await listQuestions(db, board.id)).find((q) => q.key === questionKey);
  if (!question) return undefined;
  const [choices, settings] = await Promise.all([listThemeChoices(db, question.id), findThemeSettings(db, question.id)]);
  return { question, choices, settings, themes: await analyse(db, board.id, question, choices) };
}

async function summary(db: Db, boardId: string, questionId: string, shown: (s: ThemeSettings) => boolean): Promise<ThemeSummaryData | null> {
  const settings = await findThemeSettings(db, questionId);
  if (!shown(settings)) return null;
  const question = (await listQuestions(db, boardId)).find((q) => q.id === questionId);
  if (!question) return null;
  const themes = await analyse(db, boardId, question, await listThemeChoices(db, questionId), summaryOptions);
  return { questionKey: question.key, themes };
}

// The public summary per question at the board's revision: every change it shows (an answer published, hidden or
// edited; a phrase hidden or merged while public; the choice to show it) moves the revision on, so it is worked out
// once per revision, not per reader.
const publicKept = new Map<string, { revision: number; summary: Promise<ThemeSummaryData | null> }>();
// Each holds its question's analysis (a few MB for 1,000 answers), so only the questions read lately are kept.
const publicKeptAtMost = 100;

/**
 * The summary for the public question page, or null when its facilitators did not choose to show it there. Given the
 * board's revision, it is kept until the revision moves on.
 */
export function publicThemes(db: Db, boardId: string, questionId: string, revision?: number): Promise<ThemeSummaryData | null> {
  const work = () => summary(db, boardId, questionId, (s) => s.showPublic);
  if (revision === undefined) return work();
  const kept = publicKept.get(questionId);
  if (kept?.revision === revision) return kept.summary;
  const made = work();
  publicKept.delete(questionId);
  if (publicKept.size >= publicKeptAtMost) publicKept.delete(publicKept.keys().next().value!);
  publicKept.set(questionId, { revision, summary: made });
  // A failed read is not kept: the next reader tries again.
  made.catch(() => {
    if (publicKept.get(questionId)?.summary === made) publicKept.delete(questionId);
  });
  return made;
}

/** The summary for the handout, or null when its facilitators did not choose to put it there. */
export function handoutThemes(db: Db, boardId: string, questionId: string): Promise<ThemeSummaryData | null> {
  return summary(db, boardId, questionId, (s) => s.showHandout);
}

export type ThemeChange =
  | { kind: 'hide'; phrase: string }
  | { kind: 'unhide'; phrase: string }
  | { kind: 'merge'; phrase: string; into: string }
  | { kind: 'unmerge'; phrase: string };

export type ChangeResult = { kind: 'done' } | { kind: 'unknown-phrase' } | { kind: 'same-phrase' } | { kind: 'circle' };

/**
 * Hides, shows again, merges or unmerges a phrase. A phrase must be one the answers use or one chosen about before
 * (a form from a page shown a moment ago may name one no answer uses any more); doing the same twice changes nothing.
 * While the summary is public the board moves to a new revision, so cached question pages show the change.
 */
export async function changeTheme(db: Db, board: Board, current: QuestionThemes, change: ThemeChange): Promise<ChangeResult> {
  const { question, themes, choices } = current;
  const known = (key: string) => themes.known.has(key) || choices.hidden.has(key) || choices.merged.has(key);
  if (!known(change.phrase) || (change.kind === 'merge' && !known(change.into))) return { kind: 'unknown-phrase' };
  if (change.kind === 'merge') {
    if (change.phrase === change.into) return { kind: 'same-phrase' };
    // Merging "a" into "b" when "b" is already merged into "a" would leave neither.
    if (mergeTarget(change.into, choices.merged) === change.phrase) return { kind: 'circle' };
  }
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    if (change.kind === 'hide') await saveThemeChoice(trx, board.id, question.id, change.phrase, { hidden: true }, at);
    else if (change.kind === 'merge') await saveThemeChoice(trx, board.id, question.id, change.phrase, { mergedInto: change.into }, at);
    else await deleteThemeChoice(trx, question.id, change.phrase, change.kind === 'unhide' ? 'hidden' : 'merged');
    if (current.settings.showPublic) await bumpBoardRevision(trx, board.id, at);
  });
  return { kind: 'done' };
}

/** Where the question's themes are shown; a change to the public page moves the board to a new revision. */
export async function setThemeDisplay(db: Db, board: Board, current: QuestionThemes, settings: ThemeSettings): Promise<void> {
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await saveThemeSettings(trx, board.id, current.question.id, settings, at);
    if (settings.showPublic !== current.settings.showPublic) await bumpBoardRevision(trx, board.id, at);
  });
}
