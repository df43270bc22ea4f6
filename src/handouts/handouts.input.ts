import { z } from 'zod';
import { cleanText, charCount } from '../answers/answers.input.ts';
import { catalogues } from '../i18n/catalogue.ts';
import { formatNumber } from '../i18n/format.ts';
import { formBody, oneOf, parseForm, readForm, textField } from '../web/input.ts';

// The builder is served in English for now (issue 14); its messages come from the catalogue.
const said = catalogues.en.handouts.builder.errors;

export const handoutLimits = { note: 1000, intro: 1000 } as const;

export const pickMoves = ['add', 'remove', 'up', 'down'] as const;
export type PickMove = (typeof pickMoves)[number];

/** One button of the builder: add, remove or move an answer (`move` is the button's value). */
export const pickForm = z.object({
  answer: textField.pipe(z.string().min(1, said.chooseAnswer)),
  move: z.enum(pickMoves, { error: said.chooseMove }),
});

const limited = (limit: number, message: (limit: string) => string) =>
  textField.transform(cleanText).refine((text) => charCount(text) <= limit, message(formatNumber('en', limit)));

/** A question's note for the handout (empty clears it). */
export const noteForm = z.object({
  question: textField,
  note: limited(handoutLimits.note, said.noteTooLong),
});

/** The note as typed, to show it again with its error. */
export const noteAsTyped = z.object({ question: textField, note: textField });

export const introForm = z.object({ intro: limited(handoutLimits.intro, said.introTooLong) });
export const introAsTyped = z.object({ intro: textField });

/** The builder's notices after a change, and the print size. */
export const builderQuery = z.object({ done: oneOf(['added', 'removed', 'up', 'down', 'note', 'intro'] as const), q: textField });
export const sizeQuery = z.object({ size: oneOf(['large'] as const) });
export type HandoutSize = 'standard' | 'large';

export function sizeOf(query: unknown): HandoutSize {
  return readForm(sizeQuery, query).size === 'large' ? 'large' : 'standard';
}

/** The note form: its textarea is named after the question (`note-<key>`), so each question's field has its own id. */
export function readNoteForm(body: unknown) {
  const fields = formBody(body);
  const question = textField.parse(fields.question);
  const values = { question, note: fields[`note-${question}`] };
  return parseForm(noteForm, values, noteAsTyped);
}
