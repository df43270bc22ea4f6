import { z } from 'zod';
import { oneOf, textField } from '../web/input.ts';
import { normaliseJoinCode } from './join-code.ts';
import { catalogues } from '../i18n/catalogue.ts';

// The live console's forms and query strings, and the join flow's.

// The console is served in English for now, like the rest of the facilitator area (issue 14).
const said = catalogues.en.workshop.console;

const consoleNotices = [
  'start',
  'end',
  'already-ended',
  'question',
  'pause',
  'resume',
  'show-join',
  'hide-join',
  'spotlight',
  'clear-spotlight',
  'approve',
  'reject',
  'already-decided',
] as const;
export type ConsoleNotice = (typeof consoleNotices)[number];

/** What was just done (`?done=`), and `?part=live` for the fragment the console's script swaps in. */
export const consoleQuery = z.object({ done: oneOf(consoleNotices), part: oneOf(['live'] as const) });

/** The radio value for "The whole table": keys are lower-case letters, digits and hyphens, so no question has it. */
export const wholeTable = 'whole_table';

/** The projector's question: a question's key, or the whole table. Which keys the board has is checked by changeSession. */
export const questionForm = z.object({
  question: textField.pipe(z.string().regex(/^(?:[a-z0-9-]{1,60}|whole_table)$/, { error: said.chooseShown })),
});

/** The answer to put in the spotlight; changeSession checks it is a published answer of the board. */
export const spotlightForm = z.object({
  answer: textField.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: said.chooseAnswer })),
});

/** A join code as typed into the form on the join pages (`GET /j?code=`): normalised, or undefined when it cannot be a code. */
export const joinCodeQuery = z.object({ code: textField.transform((typed) => normaliseJoinCode(typed.slice(0, 40))) });

// The perspective a person chose last on a board, remembered for the next question by a cookie: "<board id>.<perspective key>".
export const perspectiveCookie = 'rt_perspective';

export function readPerspectiveCookie(value: string | undefined, boardId: string): string {
  if (!value) return '';
  const dot = value.lastIndexOf('.');
  const key = value.slice(dot + 1);
  return value.slice(0, dot) === boardId && /^[a-z0-9-]{1,60}$/.test(key) ? key : '';
}

export function perspectiveCookieValue(boardId: string, perspectiveKey: string): string {
  return `${boardId}.${perspectiveKey}`;
}
