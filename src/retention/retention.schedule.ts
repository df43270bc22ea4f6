import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { describeCounts, runDailyRetention } from './retention.actions.ts';

export interface RetentionLog {
  info(message: string): void;
  error(message: string): void;
}

export interface RetentionSchedule {
  /** Stops the timer and waits for a run under way, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Checks every hour (and a minute after start) whether the daily retention run is due, and runs it when this
 * instance wins the claim. The timers are unref'd: they never keep the process alive.
 */
export function startRetentionSchedule(
  db: Db,
  config: Pick<Config, 'retention'>,
  log: RetentionLog,
  timing: { firstCheckMs?: number; everyMs?: number } = {},
): RetentionSchedule {
  let running: Promise<void> | undefined;
  const check = () => {
    if (running) return;
    running = runDailyRetention(db, config.retention)
      .then((run) => {
        if (run.kind === 'ran') log.info(describeCounts(run.counts));
      })
      .catch((err: unknown) => log.error(`Retention run failed: ${(err as Error).message}`))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(check, timing.firstCheckMs ?? 60_000);
  first.unref();
  const timer = setInterval(check, timing.everyMs ?? 60 * 60_000);
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
