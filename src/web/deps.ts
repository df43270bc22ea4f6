import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { LiveBus } from '../live/live.bus.ts';
import type { Assets } from './assets.ts';
import type { PageContext } from './layout.tsx';
import type { Mailer } from '../email/mailer.ts';
import type { Notifier } from '../email/notifications.ts';
import type { Secrets } from './secrets.ts';
import type { ProofOfWork } from '../safety/proof-of-work.ts';
import type { RateLimiter } from '../safety/rate-limit.ts';

/** What every route file is handed by createApp. */
export interface AppDeps {
  db: Db;
  config: Config;
  bus: LiveBus;
  assets: Assets;
  mailer: Mailer;
  notifier: Notifier;
  secrets: Secrets;
  proofOfWork: ProofOfWork;
  /** Answers per client address, shared by the form and the API. */
  answerLimiter: RateLimiter;
  pageContext(nonce: string): PageContext;
}
