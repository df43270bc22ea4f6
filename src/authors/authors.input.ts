import { z } from 'zod';
import { answerUses } from '../answers/answers.input.ts';
import { oneOf, present, textField } from '../web/input.ts';

/** The private key from the author's link; checked against the answer by the actions. */
const key = textField.transform((s) => s.trim());

/** The first step: the person may paste the key, or (as the error message suggests) the whole private link. */
export const openAnswerForm = z.object({ key: key.transform((typed) => /[#&]key=([A-Za-z0-9_-]+)/.exec(typed)?.[1] ?? typed) });

/** The author's new text, as typed; changeOwnAnswer checks it like a new answer. */
export const changeAnswerForm = z.object({ key, body: textField });

export const deleteAnswerForm = z.object({ key });

/** The author's choice of where the answer may be used; a missing or unknown choice reads as undefined. */
export const changeUseForm = z.object({ key, use: oneOf(answerUses) });

export const manageDoneQuery = z.object({ deleted: present, help: present, use: oneOf(answerUses) });
