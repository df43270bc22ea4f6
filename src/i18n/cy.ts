// The Welsh catalogue: one file per area in cy/, each typed with the English one's shape.
import type { Messages } from './en.ts';
import { layout } from './cy/layout.ts';
import { boards } from './cy/boards.ts';
import { answers } from './cy/answers.ts';
import { authors } from './cy/authors.ts';
import { reports } from './cy/reports.ts';
import { votes } from './cy/votes.ts';
import { help } from './cy/help.ts';
import { safety } from './cy/safety.ts';
import { web } from './cy/web.ts';
import { feeds } from './cy/feeds.ts';
import { embed } from './cy/embed.ts';
import { workshop } from './cy/workshop.ts';
import { email } from './cy/email.ts';
import { editor } from './cy/editor.ts';
import { accounts } from './cy/accounts.ts';
import { admin } from './cy/admin.ts';
import { team } from './cy/team.ts';
import { requests } from './cy/requests.ts';
import { moderation } from './cy/moderation.ts';
import { imports } from './cy/imports.ts';
import { handouts } from './cy/handouts.ts';
import { themes } from './cy/themes.ts';
import { exports } from './cy/exports.ts';
import { api } from './cy/api.ts';
import { cli } from './cy/cli.ts';

export const cy: Messages = {
  layout,
  boards,
  answers,
  authors,
  reports,
  votes,
  help,
  safety,
  web,
  feeds,
  embed,
  workshop,
  email,
  editor,
  accounts,
  admin,
  team,
  requests,
  moderation,
  imports,
  handouts,
  themes,
  exports,
  api,
  cli,
};
