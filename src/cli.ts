import path from 'node:path';
import { ConfigError, parseConfig } from './config.ts';
import { createDatabase, migrate } from './db/database.ts';
import { BoardExistsError, BoardFileError, exportBoard, importBoardFile } from './exports/board-files.ts';
import { start } from './main.ts';
import { BackupError, backup, restore } from './backups/backups.actions.ts';
import { createSignupLink } from './accounts/accounts.actions.ts';
import { absoluteUrl, boardPath } from './web/paths.ts';
import { describeCounts, enforceRetention, runRetentionNow } from './retention/retention.actions.ts';

const usage = `Usage: roundtable <command>

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
`;

class UsageError extends Error {}

async function importBoardCommand(file: string | undefined): Promise<void> {
  if (!file) throw new UsageError('import-board needs the path of a JSON file, e.g. roundtable import-board board.json');
  const config = parseConfig();
  const db = createDatabase(config);
  try {
    await migrate(db);
    const result = await importBoardFile(db, path.resolve(file));
    console.log(`Imported the board "${result.slug}" with ${result.answers} example answers: ${absoluteUrl(config.baseUrl, boardPath(result.slug))}`);
  } finally {
    await db.destroy();
  }
}

async function exportBoardCommand(slug: string | undefined): Promise<void> {
  if (!slug) throw new UsageError('export-board needs the slug of a board, e.g. roundtable export-board social-media-questions > board.json');
  const config = parseConfig();
  const db = createDatabase(config);
  try {
    await migrate(db);
    const file = await exportBoard(db, slug);
    if (!file) throw new UsageError(`There is no board with the slug "${slug}".`);
    process.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
    console.error(
      `Exported the board "${slug}": ${file.questions.length} questions, ${file.perspectives.length} perspectives, ${file.exampleAnswers.length} example answers.`,
    );
  } finally {
    await db.destroy();
  }
}

async function createFacilitatorCommand(email: string | undefined): Promise<void> {
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(email.trim())) {
    throw new UsageError('create-facilitator needs an email address, e.g. roundtable create-facilitator jo@example.org');
  }
  const config = parseConfig();
  const db = createDatabase(config);
  try {
    await migrate(db);
    const link = await createSignupLink(db, config.baseUrl, email);
    console.log(`One-time link for ${email.trim().toLowerCase()} to create a facilitator account (valid for a day):\n  ${link}`);
  } finally {
    await db.destroy();
  }
}

async function backupCommand(file: string | undefined): Promise<void> {
  if (!file) throw new UsageError('backup needs a file to write, e.g. roundtable backup roundtable-2026-11-25.backup');
  await backup(parseConfig(), path.resolve(file));
  console.log(`Backed up the database to ${path.resolve(file)}`);
}

async function restoreCommand(file: string | undefined): Promise<void> {
  if (!file) throw new UsageError('restore needs the backup file, e.g. roundtable restore roundtable-2026-11-25.backup');
  const erasedAgain = await restore(parseConfig(), path.resolve(file));
  console.log(`Restored the database from ${path.resolve(file)}; applied ${erasedAgain} logged erasures again.`);
}

async function retentionCommand(options: string[]): Promise<void> {
  const unknown = options.filter((o) => o !== '--dry-run');
  if (unknown.length > 0) throw new UsageError(`retention takes only --dry-run (got "${unknown.join(' ')}")`);
  const dryRun = options.includes('--dry-run');
  const config = parseConfig();
  const db = createDatabase(config);
  try {
    await migrate(db);
    if (dryRun) {
      console.log(describeCounts(await enforceRetention(db, config.retention, { dryRun: true }), true));
      return;
    }
    const run = await runRetentionNow(db, config.retention);
    if (run.kind !== 'ran') {
      console.error('A retention run is under way on another instance: nothing was done. Try again when it has finished.');
      process.exitCode = 1;
      return;
    }
    console.log(describeCounts(run.counts));
  } finally {
    await db.destroy();
  }
}

async function run(args: string[]): Promise<void> {
  const [command = 'start', ...rest] = args;
  switch (command) {
    case 'start':
      return start(parseConfig());
    case 'import-board':
      return importBoardCommand(rest[0]);
    case 'export-board':
      return exportBoardCommand(rest[0]);
    case 'backup':
      return backupCommand(rest[0]);
    case 'restore':
      return restoreCommand(rest[0]);
    case 'create-facilitator':
      return createFacilitatorCommand(rest[0]);
    case 'retention':
      return retentionCommand(rest);
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

run(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(`Configuration problem: ${err.message}`);
  else if (err instanceof UsageError) console.error(`${err.message}\n\n${usage}`);
  else if (err instanceof BoardFileError || err instanceof BoardExistsError) console.error(`Could not import the board: ${err.message}`);
  else if (err instanceof BackupError) console.error(`Could not do that: ${err.message}`);
  else console.error(err);
  process.exit(1);
});
