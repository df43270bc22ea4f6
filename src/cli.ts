import path from 'node:path';
import { ConfigError, parseConfig } from './config.ts';
import { createDatabase, migrate } from './db/database.ts';
import { BoardExistsError, BoardFileError, exportBoard, importBoardFile } from './exports/board-files.ts';
import { start } from './main.ts';
import { BackupError, backup, restore } from './backups/backups.actions.ts';
import { createSignupLink } from './accounts/accounts.actions.ts';
import { absoluteUrl, boardPath } from './web/paths.ts';
import { describeCounts, enforceRetention, runRetentionNow } from './retention/retention.actions.ts';
import { catalogues } from './i18n/catalogue.ts';

// The command line is in English (issue 14); its words come from the catalogue so a translation is only data.
const said = catalogues.en.cli;
const { usage } = said;

class UsageError extends Error {}

async function importBoardCommand(file: string | undefined): Promise<void> {
  if (!file) throw new UsageError(said.importBoard.needsFile);
  const config = parseConfig();
  const db = createDatabase(config);
  try {
    await migrate(db);
    const result = await importBoardFile(db, path.resolve(file));
    console.log(said.importBoard.done(result.slug, result.answers, absoluteUrl(config.baseUrl, boardPath(result.slug))));
  } finally {
    await db.destroy();
  }
}

async function exportBoardCommand(slug: string | undefined): Promise<void> {
  if (!slug) throw new UsageError(said.exportBoard.needsSlug);
  const config = parseConfig();
  const db = createDatabase(config);
  try {
    await migrate(db);
    const file = await exportBoard(db, slug);
    if (!file) throw new UsageError(said.exportBoard.noBoard(slug));
    process.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
    console.error(said.exportBoard.done(slug, file.questions.length, file.perspectives.length, file.exampleAnswers.length));
  } finally {
    await db.destroy();
  }
}

async function createFacilitatorCommand(email: string | undefined): Promise<void> {
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(email.trim())) {
    throw new UsageError(said.createFacilitator.needsEmail);
  }
  const config = parseConfig();
  const db = createDatabase(config);
  try {
    await migrate(db);
    const link = await createSignupLink(db, config.baseUrl, email);
    console.log(said.createFacilitator.done(email.trim().toLowerCase(), link));
  } finally {
    await db.destroy();
  }
}

async function backupCommand(file: string | undefined): Promise<void> {
  if (!file) throw new UsageError(said.backup.needsFile);
  await backup(parseConfig(), path.resolve(file));
  console.log(said.backup.done(path.resolve(file)));
}

async function restoreCommand(file: string | undefined): Promise<void> {
  if (!file) throw new UsageError(said.restore.needsFile);
  const erasedAgain = await restore(parseConfig(), path.resolve(file));
  console.log(said.restore.done(path.resolve(file), erasedAgain));
}

async function retentionCommand(options: string[]): Promise<void> {
  const unknown = options.filter((o) => o !== '--dry-run');
  if (unknown.length > 0) throw new UsageError(said.retention.onlyDryRun(unknown.join(' ')));
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
      console.error(said.retention.busy);
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
      throw new UsageError(said.unknownCommand(command));
  }
}

run(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(said.configProblem(err.message));
  else if (err instanceof UsageError) console.error(`${err.message}\n\n${usage}`);
  else if (err instanceof BoardFileError || err instanceof BoardExistsError) console.error(said.importFailed(err.message));
  else if (err instanceof BackupError) console.error(said.backupFailed(err.message));
  else console.error(err);
  process.exit(1);
});
