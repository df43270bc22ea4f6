import { z } from 'zod';
import { catalogues } from '../i18n/catalogue.ts';
import { emailPattern, oneOf, textField } from '../web/input.ts';

export const teamQuery = z.object({ done: oneOf(['removed']) });

/** Who to invite: the role, and an email address to send the link to, if the person gives one. Messages in English (facilitator area). */
export const inviteForm = z.object({
  role: z
    .unknown()
    .optional()
    .transform((v) => (v === 'owner' ? 'owner' : 'moderator')),
  email: textField.transform((s) => s.trim()).refine((s) => s === '' || emailPattern.test(s), { message: catalogues.en.team.emailFormat }),
});
