// Strings of src/cli.ts: what the `roundtable` command prints for an operator. The command line stays in English
// (docs/TRANSLATION.md); its words are here so a translation is only data.
export const cli = {
  usage: `Usage: roundtable <command>

Commands:
  start               serve the application (the default for npm start)
  import-board FILE   load a board from a JSON file shaped like src/boards/demo-board.json
  export-board SLUG   print a board as JSON, in the shape import-board reads
  backup FILE         write a consistent copy of the database to FILE (the app may keep running)
  restore FILE        replace the database with a backup (stop the app first); logged erasures are applied again
  create-facilitator EMAIL
                      print a one-time link (valid for a day) to create a facilitator account
  retention [--dry-run]
                      delete now what is older than its retention period (see README, "Retention") and print the
                      counts; --dry-run counts what would go and changes nothing
`,
  importBoard: {
    needsFile: 'import-board needs the path of a JSON file, e.g. roundtable import-board board.json',
    done: (slug: string, answers: number, address: string) => `Imported the board "${slug}" with ${answers} example answers: ${address}`,
  },
  exportBoard: {
    needsSlug: 'export-board needs the slug of a board, e.g. roundtable export-board social-media-questions > board.json',
    noBoard: (slug: string) => `There is no board with the slug "${slug}".`,
    done: (slug: string, questions: number, perspectives: number, answers: number) =>
      `Exported the board "${slug}": ${questions} questions, ${perspectives} perspectives, ${answers} example answers.`,
  },
  createFacilitator: {
    needsEmail: 'create-facilitator needs an email address, e.g. roundtable create-facilitator jo@example.org',
    /** The link follows on the next line. */
    done: (email: string, link: string) => `One-time link for ${email} to create a facilitator account (valid for a day):\n  ${link}`,
  },
  backup: {
    needsFile: 'backup needs a file to write, e.g. roundtable backup roundtable-2026-11-25.backup',
    done: (file: string) => `Backed up the database to ${file}`,
  },
  restore: {
    needsFile: 'restore needs the backup file, e.g. roundtable restore roundtable-2026-11-25.backup',
    done: (file: string, erasures: number) => `Restored the database from ${file}; applied ${erasures} logged erasures again.`,
  },
  retention: {
    onlyDryRun: (got: string) => `retention takes only --dry-run (got "${got}")`,
    busy: 'A retention run is under way on another instance: nothing was done. Try again when it has finished.',
  },
  /** What a board file (import-board) must hold, after the field's path. */
  boardFile: {
    keyShape: 'must be lower-case letters, digits and single hyphens, like "finding-time"',
    /** Where a problem is about the file as a whole rather than one field. */
    wholeFile: '(file)',
    /** A language's name in the messages below. */
    languages: { en: 'English', cy: 'Welsh' },
    notText: 'must be a string, or an object like { "en": "…", "cy": "…" }',
    language: 'must be "en" (English) or "cy" (Welsh)',
    tooLong: (max: number) => `must be ${max} characters or fewer`,
    /** `name` is the language's name (languages), `code` its code. */
    needsOwnText: (name: string, code: string) => `needs a text in ${name}, the board's language ("language": "${code}")`,
    titleNeedsTranslation: (name: string) => `needs a text in ${name} too, as the intro has one`,
    labelNeedsTranslation: (name: string) => `needs a text in ${name} too, as the plural or description has one`,
    questionKeysRepeated: 'question keys must be unique',
    perspectiveKeysRepeated: 'perspective keys must be unique',
    noQuestion: (key: string) => `no question with key "${key}"`,
    noPerspective: (key: string) => `no perspective with key "${key}"`,
    notJson: (detail: string) => `it is not valid JSON (${detail})`,
    unreadable: (detail: string) => `it cannot be read (${detail})`,
    /** The problems follow, one a line. */
    invalid: 'the board file is not valid:',
    exists: (slug: string) => `a board with the slug "${slug}" already exists`,
  },
  unknownCommand: (command: string) => `Unknown command "${command}".`,
  /** Before the problem's own message. */
  configProblem: (message: string) => `Configuration problem: ${message}`,
  importFailed: (message: string) => `Could not import the board: ${message}`,
  backupFailed: (message: string) => `Could not do that: ${message}`,
};
