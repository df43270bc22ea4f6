import { z } from 'zod';
import { perspectiveFormSchema, questionFormSchema } from '../boards/boards.input.ts';
import { oneOf, textField, ticked } from '../web/input.ts';

const editNotices = ['saved', 'created', 'archived'] as const;
export type EditNotice = (typeof editNotices)[number];

export const editQuery = z.object({ done: oneOf(editNotices) });

/** The board settings as typed, to show the form again when they are not right. */
export const settingsValues = z.object({ slug: textField, title: textField, intro: textField, moderation: textField, accepting: ticked, listed: ticked });

/** One question's row on the edit page, whose field is named `question-<id>`. */
export function questionEditForm(id: string) {
  const field = `question-${id}`;
  return z.object({ [field]: questionFormSchema.shape.text }).transform((f) => ({ text: f[field]! }));
}

/** One perspective's row on the edit page, whose fields are named `label-<id>`, `plural-<id>` and `description-<id>`. */
export function perspectiveEditForm(id: string) {
  const { label, plural, description } = perspectiveFormSchema.shape;
  return z
    .object({ [`label-${id}`]: label, [`plural-${id}`]: plural, [`description-${id}`]: description })
    .transform((f) => ({ label: f[`label-${id}`]!, plural: f[`plural-${id}`]!, description: f[`description-${id}`]! }));
}
