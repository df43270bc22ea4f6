// Strings of src/imports/ (see catalogue.ts): importing answers from a Google Form's CSV. Facilitators only, in English for now.
import type { PluralForms } from '../format.ts';

/** Plural forms, typed wide so a translation may give all six (format.ts). */
const forms = (f: PluralForms): PluralForms => f;

export const imports = {
  upload: {
    title: (board: string) => `Import answers from a Google Form: ${board}`,
    back: (board: string) => `Answers on ${board}`,
    heading: 'Import answers from a Google Form',
    into: (board: string) => `into ${board}`,
    expired: 'That upload is no longer here: it was imported already or is more than a day old. Upload the file again.',
    lead: 'Bring in answers people gave in a Google Form. You will match the form’s questions to this board’s questions and see what will be imported before anything is.',
    safety:
      'Imported answers keep their original date, go through the same safety checks as any answer and wait in the moderation queue: nothing is published until a moderator approves it. Email addresses in the file are kept privately, as with any answer, and never shown. Nobody is emailed.',
    getFile: 'Get the file from Google',
    fromForms: 'In Google Forms: open the Responses tab, choose the three-dot menu, then “Download responses (.csv)”.',
    fromSheets: 'In Google Sheets: choose File, then Download, then “Comma-separated values (.csv)”.',
    fileLabel: 'Upload the CSV file',
    fileHint: 'A .csv file up to 2 MB, in UTF-8 or UTF-16 (Excel’s “CSV UTF-8” or “Unicode text” work too).',
    submit: 'Upload and continue',
  },

  mapping: {
    previewTitle: 'Preview the import',
    matchTitle: 'Match the columns',
    title: (step: string, board: string) => `${step}: ${board}`,
    back: 'Upload a different file',
    heading: 'Match the columns',
    into: (board: string) => `to import answers into ${board}`,
    /** "File: <name>, 12 responses and 5 columns." */
    file: 'File:',
    responses: forms({ one: '{n} response', other: '{n} responses' }),
    columns: forms({ one: '{n} column', other: '{n} columns' }),
    and: 'and',
    /** `titles`: the columns Google adds, each in quotes. */
    googleColumns: (titles: string) => `Columns Google adds are read by themselves: ${titles}. A quiz score is never imported.`,
    questionsLegend: 'Which question does each column answer?',
    questionsHint: 'Each filled-in cell of a column you import becomes one answer to that question.',
    column: (title: string) => `Column “${title}”`,
    doNotImport: 'Do not import',
    perspectiveLabel: 'Which perspective are the answers from?',
    perspectiveHint: 'A column whose cells name one of the board’s perspectives (rows naming another are skipped), or one perspective for every row.',
    fromColumn: 'Read it from a column',
    sameForAll: 'The same for every row',
    nameLabel: 'Which column holds the name to show with each answer?',
    nameHint: 'Answers without a name show as “Anonymous”.',
    noName: 'None: show every answer as “Anonymous”',
    datesLegend: 'How are dates such as 9/1/2023 written in the file?',
    datesHint:
      'Google Sheets writes dates in the sheet’s locale, with no time zone: they are read as UTC. Google Forms’ own download (such as 2026/09/04 7:51:43 PM GMT+5:30) is read exactly, whatever you choose.',
    monthFirst: 'Month first (9/1/2023 is 1 September 2023), as in the United States',
    dayFirst: 'Day first (9/1/2023 is 9 January 2023), as in the United Kingdom',
    preview: 'Preview',
  },

  preview: {
    heading: 'Preview',
    /** "3 answers will be imported", in bold, then "and wait for moderation." */
    willImport: forms({ one: '{n} answer will be imported', other: '{n} answers will be imported' }),
    andWait: 'and wait for moderation.',
    skipped: forms({ one: '{n} cell or row is skipped:', other: '{n} cells or rows are skipped:' }),
    nothingSkipped: 'Nothing is skipped.',
    /** Why cells or rows are skipped, by kind (SkipKind in imports.actions.ts), in the order listed. */
    skipKinds: {
      date: forms({ one: '{n} row with a date Roundtable cannot read', other: '{n} rows with a date Roundtable cannot read' }),
      perspective: forms({ one: '{n} row with no perspective or an unknown one', other: '{n} rows with no perspective or an unknown one' }),
      empty: forms({ one: '{n} empty answer', other: '{n} empty answers' }),
      'too-long': forms({ one: '{n} answer too long', other: '{n} answers too long' }),
      repeated: forms({ one: '{n} answer repeated from an earlier row', other: '{n} answers repeated from earlier rows' }),
      imported: forms({ one: '{n} answer imported already', other: '{n} answers imported already' }),
    },
    firstOf: (shown: number, all: number) => `The first ${shown} of ${all} answers to import`,
    toImport: 'The answers to import',
    row: 'Row',
    question: 'Question',
    perspective: 'Perspective',
    answer: 'Answer',
    name: 'Name',
    date: 'Date',
    anonymous: 'Anonymous',
    /** A time as the preview shows it, in UTC. */
    at: (time: string) => `${time} UTC`,
    skippedFirstOf: (shown: number, all: number) => `Skipped, and why: the first ${shown} of ${all}`,
    skippedWhy: 'Skipped, and why',
    column: 'Column',
    why: 'Why it is skipped',
    wholeRow: 'The whole row',
    useLegend: 'What did the people who answered your form agree to?',
    useHint: 'Every imported answer may then be used only that way. Look at what your form told people before they answered.',
    submit: forms({ one: 'Import {n} answer', other: 'Import {n} answers' }),
    /** Followed by a link (backLink), then a full stop. */
    nothing: 'There is nothing to import with these choices. Match at least one column to a question, or',
    backLink: 'go back to the answers',
  },

  /** Why a cell or row is skipped, in the preview's table (imports.actions.ts planImport). */
  skipReasons: {
    date: (stamp: string) => `the date “${stamp}” is not one Roundtable can read`,
    noPerspective: 'no perspective given',
    unknownPerspective: (value: string) => `“${value}” is not one of the board’s perspectives`,
    empty: 'empty answer',
    /** `max` is formatted. */
    tooLong: (max: string) => `longer than ${max} characters, the answer form’s limit`,
    repeated: 'the same as an earlier row of this file',
    imported: 'already imported',
  },

  /** Why an uploaded file cannot be read (google-forms.ts); each is followed by `saveAsCsv` where it says so. */
  csv: {
    saveAsCsv:
      'In Google Sheets choose File, then Download, then “Comma-separated values (.csv)”; in Google Forms choose Responses, then “Download responses (.csv)”; in Excel save it as “CSV UTF-8”.',
    empty: 'The file is empty. Choose the CSV file of your form’s responses.',
    /** Empty once parsed (only blank lines). */
    noRecords: 'The file is empty.',
    /** `kind` is one of binaryKinds. */
    binary: (kind: string) => `This file is ${kind}, not a CSV file.`,
    binaryKinds: {
      zip: 'a workbook (such as an .xlsx or .ods file) or another zipped file',
      xls: 'an old Excel workbook (.xls)',
      image: 'an image',
      pdf: 'a PDF document',
    },
    encoding: 'This file is not in a text encoding Roundtable can read without guessing. Save it as CSV UTF-8:',
    binaryData: 'This file holds binary data, not a CSV file.',
    /** `where` is nearLine or ''; `what` one of the three below. */
    notCsv: (where: string, what: string) => `The file could not be read as CSV${where}: ${what}.`,
    nearLine: (line: number) => ` near line ${line}`,
    quoteNotClosed: 'a quoted field is never closed',
    quoteMisplaced: 'a quotation mark is in the wrong place',
    notCsvFormat: 'it is not in CSV format',
    /** A column with no title in the file. */
    untitledColumn: (n: number) => `Column ${n}`,
    headerIsResponse:
      'The first row of the file must hold the column titles (such as “Timestamp” and your questions), but it holds a response. Download the file again from Google.',
    ragged: (row: number, fields: number, titles: number) =>
      `Row ${row} has ${fields} ${fields === 1 ? 'field' : 'fields'} but the first row has ${titles} column titles. Every row must have one field per column; download the file again from Google rather than editing it by hand.`,
    noResponses: 'The file has column titles but no responses.',
  },

  /** The routes' messages. */
  errors: {
    useNotChosen: 'Choose what the people who answered your form agreed to',
    noFile: 'Select the CSV file of your form’s responses',
    tooLarge: 'The file is too large: it must be 2 MB or smaller. A form’s responses are usually far smaller; check it is the right file.',
    unreadable: 'The upload could not be read. Choose the file again and upload it once more.',
    boardNotReady: 'Add questions and perspectives to the board before importing answers into it.',
    nothing: 'There is nothing to import with these choices: every row is skipped or was imported already.',
    raced: 'Another import of the same rows finished first. Preview again to see what is left to import.',
  },
};
