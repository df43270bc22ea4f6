import { stringify } from 'csv-stringify/sync';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { Board, Perspective, Question } from '../db/tables.ts';
import type { listAnswersForExport } from '../answers/answers.queries.ts';
import { formatDate } from '../web/html.ts';
import { absoluteUrl, answerPath, boardPath } from '../web/paths.ts';
import { useWording } from '../answers/answers.input.ts';

// A board's published answers as files to take away: CSV and XLSX for spreadsheets, Markdown for a blog post,
// JSON for programs. No email address and no waiting answer is ever in them. The facilitators' files (CSV, XLSX,
// JSON) hold every approved answer with where its author allows it to be used; Markdown, made to be published,
// holds only the answers readers see on the board.

export type ExportedAnswer = Awaited<ReturnType<typeof listAnswersForExport>>[number];

export interface BoardExport {
  baseUrl: string;
  board: Board;
  questions: Question[];
  perspectives: Perspective[];
  answers: ExportedAnswer[];
}

const columns = ['Question', 'Perspective', 'Answer', 'Name', 'Example', 'Written', 'Published', 'Helpful', 'Use allowed', 'Link'];

function cells(data: BoardExport, a: ExportedAnswer): (string | number)[] {
  return [
    a.questionText,
    a.perspectiveLabel,
    a.body,
    a.displayName ?? 'Anonymous',
    a.isExample ? 'yes' : 'no',
    a.createdAt,
    a.publishedAt ?? '',
    a.helpfulCount,
    useWording[a.useAllowed].short,
    // Only an answer on the board has a page of its own.
    a.useAllowed === 'board' ? absoluteUrl(data.baseUrl, answerPath(a.id)) : '',
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
    { header: true, columns, escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
  // A byte-order mark so spreadsheet programs read the text as UTF-8.
  return `\uFEFF${csv}`;
}

/** Two sheets: every answer, and how many answers each question has from each perspective. */
export function answersXlsx(data: BoardExport): Promise<Buffer> {
  const header = (values: string[]) => values.map((value) => ({ value, fontWeight: 'bold' as const }));
  const answers: SheetData = [
    header(columns),
    ...data.answers.map((a) =>
      cells(data, a).map((value) => (typeof value === 'number' ? { value, type: Number } : { value: neutralised(value), type: String })),
    ),
  ];
  const counts: SheetData = [
    header(['Question', ...data.perspectives.map((p) => neutralised(p.label)), 'All']),
    ...data.questions.map((q) => {
      const row = data.perspectives.map((p) => data.answers.filter((a) => a.questionKey === q.key && a.perspectiveKey === p.key).length);
      return [{ value: neutralised(q.text), type: String }, ...[...row, row.reduce((x, y) => x + y, 0)].map((value) => ({ value, type: Number }))];
    }),
  ];
  return writeXlsxFile([
    { data: answers, sheet: 'Answers', stickyRowsCount: 1, columns: columns.map((c) => ({ width: c === 'Answer' ? 80 : c === 'Question' ? 40 : 18 })) },
    { data: counts, sheet: 'Answers per perspective', stickyRowsCount: 1, columns: [{ width: 40 }] },
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
  const lines = [`# ${markdownText(data.board.title)}`, '', `[Every answer, and yours to add](${absoluteUrl(data.baseUrl, boardPath(data.board.slug))})`];
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
        lines.push('', ...quote, '', `— ${markdownText(a.displayName ?? 'Anonymous')}, ${formatDate(a.createdAt)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export function answersJson(data: BoardExport, exportedAt: string) {
  return {
    board: { slug: data.board.slug, title: data.board.title, url: absoluteUrl(data.baseUrl, boardPath(data.board.slug)) },
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
      url: a.useAllowed === 'board' ? absoluteUrl(data.baseUrl, answerPath(a.id)) : null,
    })),
  };
}
