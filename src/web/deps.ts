import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { LiveBus } from '../live/live.bus.ts';
import type { Assets } from './assets.ts';
import type { PageContext } from './layout.tsx';
import type { Mailer } from '../email/mailer.ts';
import type { Notifier } from '../email/notifications.ts';

/** What every route file is handed by createApp. */
export interface AppDeps {
  db: Db;
  config: Config;
  bus: LiveBus;
  assets: Assets;
  mailer: Mailer;
  notifier: Notifier;
  pageContext(nonce: string): PageContext;
}
