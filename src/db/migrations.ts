import type { Migration } from 'kysely';
import * as core from './migrations/001_core.ts';
import * as accounts from './migrations/002_accounts.ts';
import * as moderation from './migrations/003_moderation.ts';
import * as boardEditor from './migrations/004_board_editor.ts';
import * as reports from './migrations/005_reports.ts';
import * as authorLinks from './migrations/006_author_links.ts';
import * as invites from './migrations/007_invites.ts';
import * as urgent from './migrations/008_urgent.ts';
import * as safety from './migrations/009_safety.ts';
import * as live from './migrations/010_live.ts';
import * as imports from './migrations/011_imports.ts';
import * as answerUse from './migrations/012_answer_use.ts';
import * as themes from './migrations/013_themes.ts';
import * as handouts from './migrations/014_handouts.ts';
import * as retention from './migrations/015_retention.ts';
import * as sharedState from './migrations/016_shared_state.ts';
import * as languages from './migrations/017_languages.ts';
import * as erasures from './migrations/018_erasures.ts';

/** Every migration in order; names never change once released. */
export const migrations: Record<string, Migration> = {
  '001_core': core,
  '002_accounts': accounts,
  '003_moderation': moderation,
  '004_board_editor': boardEditor,
  '005_reports': reports,
  '006_author_links': authorLinks,
  '007_invites': invites,
  '008_urgent': urgent,
  '009_safety': safety,
  '010_live': live,
  '011_imports': imports,
  '012_answer_use': answerUse,
  '013_themes': themes,
  '014_handouts': handouts,
  '015_retention': retention,
  '016_shared_state': sharedState,
  '017_languages': languages,
  '018_erasures': erasures,
};
