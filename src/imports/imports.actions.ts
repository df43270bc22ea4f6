import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { AnswerUse, Board, ImportUpload, Perspective, Question } from '../db/tables.ts';
import { listPerspectives, listQuestions } from '../boards/boards.queries.ts';
import { answerLimits, charCount, cleanText, isBlank } from '../answers/answers.input.ts';
import { answersImported, type AnswerEffects } from '../answers/answers.events.ts';
import { countAnswersWithBodyHash, insertAnswer, insertSubmissionKey } from '../answers/answers.queries.ts';
import { assessAnswer, bodyHash, holdReasons, isUrgent, repeatLimit, storeHoldReasons, type HoldReason } from '../safety/safety.ts';
import { emailPattern } from '../web/input.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';
import { columnKinds, decodeCsvFile, normaliseTitle, parseTimestamp, readTable, type ColumnKind, type DateOrder, type Table } from './google-forms.ts';
import { deleteUpload, deleteUploadsBefore, findUpload, insertUpload, listStoredKeys } from './imports.queries.ts';
import type { MappingInput } from './imports.input.ts';

/** Imported answers record this instead of the form's consent version: their authors agreed to the Google Form's wording. */
export const importedConsentVersion = 'imported-google-form';

const day = 24 * 60 * 60 * 1000;
const since = () => new Date(Date.now() - day).toISOString();

export type UploadResult = { kind: 'saved'; id: string } | { kind: 'invalid'; message: string };

/** Keeps a readable CSV file for the mapping and preview pages; a file that cannot be read is refused whole, and nothing is kept. */
export async function uploadFile(db: Db, board: Board, facilitatorId: string, fileName: string, bytes: Uint8Array): Promise<UploadResult> {
  const text = decodeCsvFile(bytes);
  if (!text.ok) return { kind: 'invalid', message: text.message };
  const table = readTable(text.value);
  if (!table.ok) return { kind: 'invalid', message: table.message };
  const id = newId();
  await deleteUploadsBefore(db, since());
  await insertUpload(db, {
    id,
    boardId: board.id,
    facilitatorId,
    fileName: [...cleanText(fileName)].slice(0, 200).join('') || 'responses.csv',
    content: text.value,
    createdAt: nowIso(),
  });
  return { kind: 'saved', id };
}

/** An upload with what the mapping needs: its table, what Google's own columns are, and the board's questions and perspectives. */
export interface OpenUpload {
  upload: ImportUpload;
  table: Table;
  kinds: ColumnKind[];
  questions: Question[];
  perspectives: Perspective[];
}

export async function openUpload(db: Db, board: Board, id: string): Promise<OpenUpload | undefined> {
  const upload = await findUpload(db, board.id, id, since());
  if (!upload) return undefined;
  const table = readTable(upload.content);
  if (!table.ok) return undefined;
  const [questions, perspectives] = await Promise.all([listQuestions(db, board.id), listPerspectives(db, board.id)]);
  return { upload, table: table.value, kinds: columnKinds(table.value.header), questions, perspectives };
}

export interface Mapping {
  /** Per column, the question it answers, or null. */
  columns: (Question | null)[];
  perspective: { column: number } | { fixed: Perspective };
  /** The column holding the author's name, if any. */
  name: number | null;
  dates: DateOrder;
}

function matchPerspective(perspectives: readonly Perspective[], value: string): Perspective | undefined {
  const wanted = normaliseTitle(value);
  return perspectives.find(
    (p) => normaliseTitle(p.label) === wanted || normaliseTitle(p.key) === wanted || (p.plural !== null && normaliseTitle(p.plural) === wanted),
  );
}

const nameTitles = new Set(['name', 'your name', 'full name', 'first name', 'display name', 'name to show']);

/** What the page first suggests: questions whose text matches a column title, a column whose values are mostly perspectives, a name column. */
export function suggestedMapping(open: OpenUpload): Mapping {
  const { table, kinds, questions, perspectives } = open;
  const answerColumns = table.header.map((_, i) => i).filter((i) => kinds[i] === 'answer');
  const perspectiveColumn = answerColumns.find((i) => {
    const values = table.rows.map((r) => r.cells[i]!.trim()).filter((v) => v !== '');
    // Most of its values name a perspective (the rest are skipped, and the preview says why).
    return values.length > 0 && values.filter((v) => matchPerspective(perspectives, v)).length * 2 >= values.length;
  });
  const name = answerColumns.find((i) => nameTitles.has(normaliseTitle(table.header[i]!)));
  return {
    columns: table.header.map((title, i) =>
      kinds[i] === 'answer' && i !== perspectiveColumn && i !== name ? (questions.find((q) => normaliseTitle(q.text) === normaliseTitle(title)) ?? null) : null,
    ),
    perspective: perspectiveColumn !== undefined ? { column: perspectiveColumn } : { fixed: perspectives[0]! },
    name: name ?? null,
    dates: 'mdy',
  };
}

/** The facilitator's choices, read against the board and the file: anything unknown reads as “Do not import” or the suggestion. */
export function chosenMapping(open: OpenUpload, input: MappingInput): Mapping {
  const suggested = suggestedMapping(open);
  if (!input.mapped) return suggested;
  const { table, kinds, questions, perspectives } = open;
  const column = (value: string) => {
    const n = /^\d+$/.test(value) ? Number(value) : -1;
    return n >= 0 && n < table.header.length && kinds[n] === 'answer' ? n : undefined;
  };
  const [how, which = ''] = input.perspective.split(/:(.*)/s);
  const fixed = how === 'fixed' ? perspectives.find((p) => p.key === which) : undefined;
  const perspectiveColumn = how === 'column' ? column(which) : undefined;
  return {
    columns: table.header.map((_, i) => (kinds[i] === 'answer' ? (questions.find((q) => q.key === input.columns[i]) ?? null) : null)),
    perspective: fixed ? { fixed } : perspectiveColumn !== undefined ? { column: perspectiveColumn } : suggested.perspective,
    name: column(input.name) ?? null,
    dates: input.dates,
  };
}

export interface PlannedAnswer {
  row: number;
  /** The title of the column it comes from. */
  column: string;
  question: Question;
  perspective: Perspective;
  body: string;
  displayName: string | null;
  email: string | null;
  createdAt: string;
  /** The submission key that makes importing the same row twice create nothing the second time. */
  key: string;
}

export type SkipKind = 'date' | 'perspective' | 'empty' | 'too-long' | 'repeated' | 'imported';

export interface SkippedCell {
  kind: SkipKind;
  row: number;
  /** The column's title, or null when the whole row is skipped. */
  column: string | null;
  reason: string;
}

export interface ImportPlan {
  create: PlannedAnswer[];
  skipped: SkippedCell[];
}

function importKey(boardId: string, a: Omit<PlannedAnswer, 'key' | 'row' | 'column'>): string {
  const fields = [boardId, a.question.key, a.perspective.key, a.body, a.displayName, a.email, a.createdAt];
  return `import:${createHash('sha256').update(JSON.stringify(fields)).digest('base64url')}`;
}

/** What an import with this mapping would create, and which cells it would skip and why. Nothing is written. */
export async function planImport(db: Db, board: Board, open: OpenUpload, mapping: Mapping): Promise<ImportPlan> {
  // Shown on the preview, in English like the rest of the facilitator area (docs/TRANSLATION.md).
  const said = catalogues.en.imports.skipReasons;
  const { table, kinds } = open;
  const timestampColumn = kinds.indexOf('timestamp');
  const emailColumn = kinds.indexOf('email');
  const uploadedAt = open.upload.createdAt;
  const create: PlannedAnswer[] = [];
  const skipped: SkippedCell[] = [];
  const inFile = new Set<string>();
  for (const { row, cells } of table.rows) {
    const stamp = timestampColumn >= 0 ? cells[timestampColumn]!.trim() : '';
    const createdAt = stamp === '' ? uploadedAt : parseTimestamp(stamp, mapping.dates);
    if (!createdAt) {
      skipped.push({ kind: 'date', row, column: null, reason: said.date(stamp) });
      continue;
    }
    let perspective: Perspective | undefined;
    if ('fixed' in mapping.perspective) perspective = mapping.perspective.fixed;
    else {
      const value = cells[mapping.perspective.column]!.trim();
      perspective = value === '' ? undefined : matchPerspective(open.perspectives, value);
      if (!perspective) {
        skipped.push({
          kind: 'perspective',
          row,
          column: null,
          reason: value === '' ? said.noPerspective : said.unknownPerspective(value),
        });
        continue;
      }
    }
    const rawEmail = emailColumn >= 0 ? cleanText(cells[emailColumn]!) : '';
    const email = rawEmail !== '' && rawEmail.length <= answerLimits.email && emailPattern.test(rawEmail) ? rawEmail : null;
    const name = mapping.name === null ? '' : cleanText(cells[mapping.name]!).replace(/\s+/g, ' ');
    const displayName = isBlank(name) ? null : [...name].slice(0, answerLimits.displayName).join('');
    for (const [i, question] of mapping.columns.entries()) {
      if (!question) continue;
      const column = table.header[i]!;
      const body = cleanText(cells[i]!);
      if (isBlank(body)) {
        skipped.push({ kind: 'empty', row, column, reason: said.empty });
        continue;
      }
      if (charCount(body) > answerLimits.body) {
        skipped.push({ kind: 'too-long', row, column, reason: said.tooLong(formatNumber('en', answerLimits.body)) });
        continue;
      }
      const answer = { question, perspective, body, displayName, email, createdAt };
      const key = importKey(board.id, answer);
      if (inFile.has(key)) {
        skipped.push({ kind: 'repeated', row, column, reason: said.repeated });
        continue;
      }
      inFile.add(key);
      create.push({ ...answer, row, column, key });
    }
  }
  const stored = await listStoredKeys(
    db,
    create.map((a) => a.key),
  );
  const fresh = create.filter((a) => !stored.has(a.key));
  for (const a of create) if (stored.has(a.key)) skipped.push({ kind: 'imported', row: a.row, column: a.column, reason: said.imported });
  skipped.sort((a, b) => a.row - b.row);
  return { create: fresh, skipped };
}

export type ImportResult = { kind: 'imported'; count: number } | { kind: 'nothing' } | { kind: 'conflict' };

/**
 * Stores the planned answers in one transaction, each through the same safety checks as any answer and always
 * waiting for moderation (an import never publishes), with its original date and its author's email kept privately.
 * The upload is deleted with it. The team hears once; no author is emailed.
 */
export async function importAnswers(db: Db, effects: AnswerEffects, board: Board, open: OpenUpload, mapping: Mapping, use: AnswerUse): Promise<ImportResult> {
  const plan = await planImport(db, board, open, mapping);
  if (plan.create.length === 0) return { kind: 'nothing' };
  const at = nowIso();
  const rows: { a: PlannedAnswer; held: HoldReason[]; textHash: string; id: string }[] = [];
  for (const a of plan.create) {
    const assessment = assessAnswer(a.body);
    const textHash = bodyHash(a.body);
    const copies = await countAnswersWithBodyHash(db, board.id, textHash, repeatLimit);
    const held = holdReasons(assessment, { checked: true, repeated: copies > 0 });
    rows.push({ a, held, textHash, id: newId() });
  }
  let count = 0;
  try {
    await db.transaction().execute(async (trx) => {
      // Checked again inside the transaction: an import sent twice at once stores its rows once.
      const stored = await listStoredKeys(
        trx,
        rows.map((r) => r.a.key),
      );
      for (const { a, held, textHash, id } of rows) {
        if (stored.has(a.key)) continue;
        await insertAnswer(trx, {
          id,
          boardId: board.id,
          questionId: a.question.id,
          perspectiveId: a.perspective.id,
          body: a.body,
          displayName: a.displayName,
          email: a.email,
          status: 'pending',
          isExample: 0,
          consentVersion: importedConsentVersion,
          // As the facilitator says the form's wording allowed, for every answer of the file.
          useAllowed: use,
          createdAt: a.createdAt,
          updatedAt: at,
          publishedAt: null,
          // No private link: the author answered a Google Form, not this site.
          editTokenHash: null,
          heldFor: storeHoldReasons(held),
          bodyHash: textHash,
          urgentAt: isUrgent(held) ? at : null,
        });
        await insertSubmissionKey(trx, { key: a.key, answerId: id, requestHash: a.key, createdAt: at });
        count++;
      }
      await deleteUpload(trx, open.upload.id);
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { kind: 'conflict' };
    throw err;
  }
  answersImported(effects, board.id, { count, urgent: rows.some((r) => isUrgent(r.held)) });
  return { kind: 'imported', count };
}
