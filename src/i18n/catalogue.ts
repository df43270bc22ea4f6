// One catalogue per language: every string a reader sees. The English one (en/) defines the shape; the Welsh one
// (cy/) is typed with it, so the type checker refuses a Welsh catalogue with a key missing or a key too many.
// Each area of the app has a file in each folder; a string that takes values is a function.
import type { Locale } from './locale.ts';
import { layout as layoutCy } from './cy/layout.ts';
import { boards as boardsCy } from './cy/boards.ts';
import { answers as answersCy } from './cy/answers.ts';
import { authors as authorsCy } from './cy/authors.ts';
import { reports as reportsCy } from './cy/reports.ts';
import { votes as votesCy } from './cy/votes.ts';
import { help as helpCy } from './cy/help.ts';
import { safety as safetyCy } from './cy/safety.ts';
import { web as webCy } from './cy/web.ts';
import { feeds as feedsCy } from './cy/feeds.ts';
import { embed as embedCy } from './cy/embed.ts';
import { workshop as workshopCy } from './cy/workshop.ts';
import { email as emailCy } from './cy/email.ts';
import { editor as editorCy } from './cy/editor.ts';
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

const en = { layout, boards, answers, authors, reports, votes, help, safety, web, feeds, embed, workshop, email, editor };

export type Messages = typeof en;

const cy: Messages = {
  layout: layoutCy,
  boards: boardsCy,
  answers: answersCy,
  authors: authorsCy,
  reports: reportsCy,
  votes: votesCy,
  help: helpCy,
  safety: safetyCy,
  web: webCy,
  feeds: feedsCy,
  embed: embedCy,
  workshop: workshopCy,
  email: emailCy,
  editor: editorCy,
};

export const catalogues: Record<Locale, Messages> = { en, cy };
