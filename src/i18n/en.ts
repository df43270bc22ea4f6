// The English catalogue: one file per area in en/. Its type, Messages, is every catalogue's shape (catalogue.ts).
import { layout } from './en/layout.ts';
import { boards } from './en/boards.ts';
import { answers } from './en/answers.ts';
import { authors } from './en/authors.ts';
import { reports } from './en/reports.ts';
import { votes } from './en/votes.ts';
import { help } from './en/help.ts';
import { safety } from './en/safety.ts';
import { web } from './en/web.ts';
import { feeds } from './en/feeds.ts';
import { embed } from './en/embed.ts';
import { workshop } from './en/workshop.ts';
import { email } from './en/email.ts';
import { editor } from './en/editor.ts';
import { accounts } from './en/accounts.ts';
import { admin } from './en/admin.ts';
import { team } from './en/team.ts';
import { requests } from './en/requests.ts';
import { moderation } from './en/moderation.ts';
import { imports } from './en/imports.ts';
import { handouts } from './en/handouts.ts';
import { themes } from './en/themes.ts';
import { exports } from './en/exports.ts';
import { api } from './en/api.ts';
import { cli } from './en/cli.ts';

export const en = {
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

export type Messages = typeof en;
