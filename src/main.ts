import type { Config } from './config.ts';
import { createApp } from './app.ts';
import { createDatabase, dialectOf, migrate } from './db/database.ts';
import { countBoards } from './boards/boards.queries.ts';
import { demoBoardFile } from './boards/boards.input.ts';
import { importBoardFile } from './exports/board-files.ts';
import { firstRunSetupLink } from './accounts/accounts.actions.ts';
import { reapplyErasures } from './requests/erasures.ts';
import { prepareCrisisModel } from './safety/crisis/crisis.weights.ts';
import { startRetentionSchedule } from './retention/retention.schedule.ts';

/** Starts the server: open the database, migrate, load the demo on first run, listen, drain on SIGTERM. */
export async function start(config: Config): Promise<void> {
  const db = createDatabase(config);
  const applied = await migrate(db);
  if (applied.includes('001_core') && (await countBoards(db)) === 0) {
    const demo = await importBoardFile(db, demoBoardFile);
    console.log(`First run: loaded the demo board "${demo.slug}" with ${demo.answers} example answers.`);
  }
  const reapplied = await reapplyErasures(db, config.dataDir);
  if (reapplied > 0) console.log(`Applied ${reapplied} logged erasures again (the database was restored from before them).`);
  prepareCrisisModel();
  const app = await createApp(config, db);
  let stopping = false;
  // While draining, answer in-flight requests with Connection: close, so keep-alive sockets do not hold up the exit.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (stopping) reply.header('connection', 'close');
    return payload;
  });
  await app.listen({ port: config.port, host: config.host });
  const where = dialectOf(config) === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL';
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Roundtable is serving ${config.baseUrl} (listening on ${config.host}:${port}, ${where}).`);
  const setupLink = await firstRunSetupLink(db, config.baseUrl);
  if (setupLink) console.log(`No facilitator account yet. Create the first one within a day, with this one-time link:\n  ${setupLink}`);
  // TRUST PR-6: the daily retention run, on whichever instance claims it first.
  const retention = startRetentionSchedule(db, config, { info: (line) => app.log.info(line), error: (line) => app.log.error(line) });

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (config.drainSeconds > 0) {
      // TRUST REL-3. Behind a load balancer: /readyz says 503 while this instance goes on serving, until the balancer's health
      // checks have taken it out; only then does it stop taking connections (DRAIN_SECONDS, docs/OPERATIONS.md).
      app.readiness.draining = true;
      console.log(`${signal}: draining for ${config.drainSeconds} s (/readyz answers 503), then stopping.`);
      await new Promise((resolve) => setTimeout(resolve, config.drainSeconds * 1000));
    }
    console.log(`${signal}: finishing requests in flight, then stopping.`);
    // Fastify stops accepting connections and waits for in-flight requests before resolving; live streams end first.
    await app.close();
    await retention.stop();
    await db.destroy();
    console.log('Stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
