// Reading the CSV files Google Forms and Google Sheets download from a form's responses: the bytes decoded to text,
// the text parsed into a header and rows, which columns Google adds itself (timestamp, email, quiz score), and the
// timestamps in both of Google's shapes read as UTC instants. Every failure is a sentence a facilitator can act on.
import { CsvError, parse } from 'csv-parse/sync';
import { catalogues } from '../i18n/catalogue.ts';

/** Larger files are refused with 413: a form's responses are far smaller. */
export const maxUploadBytes = 2 * 1024 * 1024;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

// The facilitator area is served in English for now (issue 14); its words come from the catalogue.
const said = catalogues.en.imports.csv;
const { saveAsCsv } = said;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** What a binary file is, from its first bytes, when it is one of those people mistake for a CSV. */
function binaryKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return said.binaryKinds.zip;
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return said.binaryKinds.xls;
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38))
    return said.binaryKinds.image;
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return said.binaryKinds.pdf;
  return undefined;
}

/**
 * The file's text: UTF-8 with or without a byte-order mark, or UTF-16 (little- or big-endian) with one, as Excel saves
 * “Unicode text”. Anything else is refused rather than guessed, so no answer is imported with garbled letters.
 */
export function decodeCsvFile(bytes: Uint8Array): Read<string> {
  if (bytes.length === 0) return { ok: false, message: `${said.empty} ${saveAsCsv}` };
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, message: `${said.binary(kind)} ${saveAsCsv}` };
  let text: string;
  try {
    if (startsWith(bytes, 0xff, 0xfe)) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (startsWith(bytes, 0xfe, 0xff)) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true }).decode(startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes);
  } catch {
    return { ok: false, message: `${said.encoding} ${saveAsCsv}` };
  }
  // Text holds no NUL and hardly any other control characters; a binary file decodes to many.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point of this line
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > text.length / 100) return { ok: false, message: `${said.binaryData} ${saveAsCsv}` };
  if (text.trim() === '') return { ok: false, message: `${said.empty} ${saveAsCsv}` };
  return { ok: true, value: text };
}

export interface Table {
  /** The column titles, trimmed; an empty title reads as “Column N”. */
  header: string[];
  /** Each response with its row number as a spreadsheet shows it (the titles are row 1). */
  rows: { row: number; cells: string[] }[];
}

function csvProblem(err: CsvError): string {
  const where = typeof err.lines === 'number' ? said.nearLine(err.lines) : '';
  const what =
    err.code === 'CSV_QUOTE_NOT_CLOSED'
      ? said.quoteNotClosed
      : err.code === 'CSV_INVALID_CLOSING_QUOTE' || err.code === 'INVALID_OPENING_QUOTE'
        ? said.quoteMisplaced
        : said.notCsvFormat;
  return `${said.notCsv(where, what)} ${saveAsCsv}`;
}

/**
 * The header and rows of a CSV file (commas, or tabs as in Excel's “Unicode text”). Refused: no rows, a first row
 * that holds responses rather than titles, and ragged rows (a row with more or fewer fields than the titles).
 */
export function readTable(text: string): Read<Table> {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const tabs = firstLine.split('\t').length - 1;
  const delimiter = tabs > 0 && tabs >= firstLine.split(',').length - 1 ? '\t' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (err) {
    if (err instanceof CsvError) return { ok: false, message: csvProblem(err) };
    throw err;
  }
  const [first, ...rest] = records;
  if (!first) return { ok: false, message: `${said.noRecords} ${saveAsCsv}` };
  const header = first.map((title, i) => title.trim() || said.untitledColumn(i + 1));
  if (first.every((t) => t.trim() === '') || first.some((t) => parseTimestamp(t, 'mdy') !== undefined)) {
    return { ok: false, message: said.headerIsResponse };
  }
  const rows: Table['rows'] = [];
  for (const [i, cells] of rest.entries()) {
    const row = i + 2;
    if (cells.length !== header.length) {
      return { ok: false, message: said.ragged(row, cells.length, header.length) };
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ row, cells });
  }
  if (rows.length === 0) return { ok: false, message: said.noResponses };
  return { ok: true, value: { header, rows } };
}

/** Lower case, single spaces, trimmed: how a column title is compared with a question or a known title. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export type ColumnKind = 'timestamp' | 'email' | 'score' | 'answer';

const knownTitles: Record<string, Exclude<ColumnKind, 'answer'>> = {
  timestamp: 'timestamp',
  'time stamp': 'timestamp',
  'email address': 'email',
  email: 'email',
  'e-mail': 'email',
  'e-mail address': 'email',
  score: 'score',
  'total score': 'score',
};

/** What each column holds: the columns Google adds (the first of each kind only), and the rest as answers. */
export function columnKinds(header: readonly string[]): ColumnKind[] {
  const seen = new Set<ColumnKind>();
  return header.map((title) => {
    const kind = knownTitles[normaliseTitle(title)];
    if (!kind || seen.has(kind)) return 'answer';
    seen.add(kind);
    return kind;
  });
}

/** How a date written with slashes and the year last is read: Google Sheets uses the sheet's locale. */
export type DateOrder = 'mdy' | 'dmy';

const formsShape =
  /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?\s*(?:(?:gmt|utc)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|z)?$/i;
const sheetsShape = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i;

function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, meridiem: string | undefined, offsetMinutes: number): string | undefined {
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000).toISOString();
}

/**
 * A response's timestamp as an ISO instant in UTC, or undefined when it is not one. Google Forms writes
 * `2026/09/04 7:51:43 PM GMT+5:30` (the offset is applied); Google Sheets writes the sheet's locale, such as
 * `9/1/2023 10:01:10`, with no zone: read as UTC, month first unless `order` says day first.
 */
export function parseTimestamp(value: string, order: DateOrder): string | undefined {
  const text = value.trim();
  const forms = formsShape.exec(text);
  if (forms) {
    const [, y, mo, d, h, mi, s, meridiem, sign, oh, om] = forms;
    const offset = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om ?? 0)) : 0;
    if (Math.abs(offset) > 14 * 60) return undefined;
    return instant(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), meridiem, offset);
  }
  const sheets = sheetsShape.exec(text);
  if (sheets) {
    const [, a, b, y, h, mi, s, meridiem] = sheets;
    const [mo, d] = order === 'mdy' ? [a, b] : [b, a];
    return instant(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), meridiem, 0);
  }
  return undefined;
}
