import { stringify } from 'csv-stringify/sync';
import { createRequire } from 'node:module';
import type { SheetData } from 'write-excel-file/node';
import type { Board, Perspective, Question } from '../db/tables.ts';
import type { listAnswersForExport } from '../answers/answers.queries.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { formatDate } from '../i18n/format.ts';
import { localised } from '../i18n/locale.ts';
import { absoluteUrl, answerPath, boardPath } from '../web/paths.ts';
import { useWordingIn } from '../answers/answers.input.ts';

// A board's published answers as files to take away: CSV and XLSX for spreadsheets, Markdown for a blog post,
// JSON for programs. No email address and no waiting answer is ever in them. The facilitators' files (CSV, XLSX,
// JSON) hold every approved answer with where its author allows it to be used; Markdown, made to be published,
// holds only the answers readers see on the board.
// Every file is in the board's language (boards.language), whoever downloads it: its headings and words, and the
// board's texts as written. What programs and spreadsheets rely on stays the same in both: JSON property names, the
// column order, the values of `useAllowed`, and dates as ISO 8601 in CSV, XLSX and JSON.

export type ExportedAnswer = Awaited<ReturnType<typeof listAnswersForExport>>[number];

export interface BoardExport {
  baseUrl: string;
  board: Board;
  questions: Question[];
  perspectives: Perspective[];
  answers: ExportedAnswer[];
}

// The order people's spreadsheets rely on: only the headings' words change with the board's language.
const columnOrder = ['question', 'perspective', 'answer', 'name', 'example', 'written', 'published', 'helpful', 'useAllowed', 'link'] as const;

const wordsFor = (data: BoardExport) => catalogues[data.board.language].exports;

/** A page of the board's site in the board's language (/cy/… for a Welsh board), so a reader stays in that language. */
const pageUrl = (data: BoardExport, path: string) => absoluteUrl(data.baseUrl, localised(data.board.language, path));

function columns(data: BoardExport): string[] {
  const headings = wordsFor(data).columns;
  return columnOrder.map((key) => headings[key]);
}

function cells(data: BoardExport, a: ExportedAnswer): (string | number)[] {
  const words = wordsFor(data);
  return [
    a.questionText,
    a.perspectiveLabel,
    a.body,
    a.displayName ?? words.anonymous,
    a.isExample ? words.yes : words.no,
    a.createdAt,
    a.publishedAt ?? '',
    a.helpfulCount,
    useWordingIn(data.board.language)[a.useAllowed].short,
    // Only an answer on the board has a page of its own.
    a.useAllowed === 'board' ? pageUrl(data, answerPath(a.id)) : '',
  ];
}

/**
 * A cell a spreadsheet would run as a formula, or read as one once edited (it starts with = + - @, a tab or a
 * return), is kept as text with a leading ' (TRUST SEC-8), in CSV and XLSX alike.
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function answersCsv(data: BoardExport): string {
  const csv = stringify(
    data.answers.map((a) => cells(data, a)),
    { header: true, columns: columns(data), escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
  // A byte-order mark so spreadsheet programs read the text as UTF-8.
  return `\uFEFF${csv}`;
}

/** Two sheets: every answer, and how many answers each question has from each perspective. */
export function answersXlsx(data: BoardExport): Promise<Buffer> {
  const words = wordsFor(data);
  const header = (values: string[]) => values.map((value) => ({ value, fontWeight: 'bold' as const }));
  const answers: SheetData = [
    header(columns(data)),
    ...data.answers.map((a) =>
      cells(data, a).map((value) => (typeof value === 'number' ? { value, type: Number } : { value: neutralised(value), type: String })),
    ),
  ];
  const counts: SheetData = [
    header([words.columns.question, ...data.perspectives.map((p) => neutralised(p.label)), words.allPerspectives]),
    ...data.questions.map((q) => {
      const row = data.perspectives.map((p) => data.answers.filter((a) => a.questionKey === q.key && a.perspectiveKey === p.key).length);
      return [{ value: neutralised(q.text), type: String }, ...[...row, row.reduce((x, y) => x + y, 0)].map((value) => ({ value, type: Number }))];
    }),
  ];
  // Loaded with the first spreadsheet made, not at start.
  const writeXlsxFile = (createRequire(import.meta.url)('write-excel-file/node') as typeof import('write-excel-file/node')).default;
  return writeXlsxFile([
    {
      data: answers,
      sheet: words.answersSheet,
      stickyRowsCount: 1,
      columns: columnOrder.map((c) => ({ width: c === 'answer' ? 80 : c === 'question' ? 40 : 18 })),
    },
    { data: counts, sheet: words.countsSheet, stickyRowsCount: 1, columns: [{ width: 40 }] },
  ]).toBuffer();
}

/**
 * One line of text for Markdown: every character Markdown (CommonMark and GitHub's tables and strikethrough) could
 * read as syntax is escaped with a backslash, so nothing a person wrote becomes markup (an HTML tag, a link, a
 * heading, a list), and the rest stays as written, to read well where a blog shows Markdown as it is.
 */
export function markdownText(line: string): string {
  return line
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Ready to paste into a blog post: the published answers by question, then perspective, each quoted with its author. */
export function answersMarkdown(data: BoardExport): string {
  const words = wordsFor(data);
  const lines = [`# ${markdownText(data.board.title)}`, '', `[${words.boardLink}](${pageUrl(data, boardPath(data.board.slug))})`];
  for (const q of data.questions) {
    const inQuestion = data.answers.filter((a) => a.questionKey === q.key && a.useAllowed === 'board');
    if (inQuestion.length === 0) continue;
    lines.push('', `## ${markdownText(q.text)}`);
    for (const p of data.perspectives) {
      const inCell = inQuestion.filter((a) => a.perspectiveKey === p.key);
      if (inCell.length === 0) continue;
      lines.push('', `### ${markdownText(p.label)}`);
      for (const a of inCell) {
        const quote = a.body.split(/\r?\n/).map((line) => (line.trim() === '' ? '>' : `> ${markdownText(line)}`));
        lines.push('', ...quote, '', `— ${markdownText(a.displayName ?? words.anonymous)}, ${formatDate(data.board.language, a.createdAt)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export function answersJson(data: BoardExport, exportedAt: string) {
  return {
    // `language` (added with Welsh boards): the language the board's texts below are written in, 'en' or 'cy'.
    board: { slug: data.board.slug, title: data.board.title, language: data.board.language, url: pageUrl(data, boardPath(data.board.slug)) },
    exportedAt,
    questions: data.questions.map((q) => ({ key: q.key, text: q.text })),
    perspectives: data.perspectives.map((p) => ({ key: p.key, label: p.label })),
    answers: data.answers.map((a) => ({
      id: a.id,
      question: a.questionKey,
      perspective: a.perspectiveKey,
      text: a.body,
      name: a.displayName,
      example: Boolean(a.isExample),
      createdAt: a.createdAt,
      publishedAt: a.publishedAt,
      helpful: a.helpfulCount,
      useAllowed: a.useAllowed,
      url: a.useAllowed === 'board' ? pageUrl(data, answerPath(a.id)) : null,
    })),
  };
}
