import type { Challenge } from 'altcha-lib';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { Mailer } from './email/mailer.ts';
import type { Notifier } from './email/notifications.ts';
import type { LiveBus } from './live/live.bus.ts';
import type { Assets } from './web/assets.ts';
import type { MakePageContext } from './web/layout.tsx';
import type { Secrets } from './web/secrets.ts';
import type { SharedPages } from './web/shared-pages.ts';

// The bag createApp hands every route file. It imports shared modules only, so any feature may import it:
// what it needs of the safety checks is declared here, and safety/abuse provides it.

/** The browser's invisible check before an answer is sent (safety/abuse/proof-of-work.ts). */
export interface BrowserCheck {
  challenge(): Promise<Challenge>;
  /** Whether the form's `check` field holds a fresh, solved challenge never used before. */
  verify(payload: unknown): Promise<boolean>;
}

/** A limit per client address, shared by every instance (safety/abuse/rate-limit.ts). */
export interface ClientLimiter {
  take(client: string): Promise<boolean>;
  /** Seconds until this client may try again. */
  retryAfter(client: string): Promise<number>;
}

/** What every route file is handed by createApp. */
export interface AppDeps {
  db: Db;
  config: Config;
  bus: LiveBus;
  assets: Assets;
  mailer: Mailer;
  notifier: Notifier;
  secrets: Secrets;
  proofOfWork: BrowserCheck;
  /** Answers per client address, shared by the form and the API. */
  answerLimiter: ClientLimiter;
  pageContext: MakePageContext;
  /** Sends the pages every reader of a board's revision gets byte for byte, and answers the next readers without Fastify. */
  sharedPages: SharedPages;
}
