import { z } from 'zod';
import { catalogues } from '../i18n/catalogue.ts';
import { emailPattern, textField } from '../web/input.ts';

// Messages in English: the facilitator area is not translated yet (docs/TRANSLATION.md).
const words = catalogues.en.requests;

/** After an erasure: how many answers were erased. */
export const requestsQuery = z.object({ erased: z.string().regex(/^\d+$/).optional().catch(undefined) });

/** The email address a person asks about, compared as the answer form stores it: trimmed and lower-case. */
export const dataRequestForm = z.object({
  email: textField.transform((s) => s.trim().toLowerCase()).refine((s) => emailPattern.test(s) && s.length <= 254, { message: words.emailFormat }),
});

/** The address as typed, to show the form again. */
export const dataRequestValues = z.object({ email: textField });

/** The second step of an erasure, once the answers are listed: delete or anonymise them, and confirm. */
export const eraseForm = z.object({
  action: z
    .unknown()
    .optional()
    .transform((v) => (v === 'anonymise' ? 'anonymise' : 'delete')),
  confirm: z.literal('yes', { error: words.confirmMissing }),
});
