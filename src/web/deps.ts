import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { LiveBus } from '../live/live.bus.ts';
import type { Assets } from './assets.ts';
import type { PageContext } from './layout.tsx';

/** What every route file is handed by createApp. */
export interface AppDeps {
  db: Db;
  config: Config;
  bus: LiveBus;
  assets: Assets;
  pageContext(nonce: string): PageContext;
}
