import { z } from 'zod';
import { emailPattern, oneOf, textField } from '../web/input.ts';

export const teamQuery = z.object({ done: oneOf(['removed']) });

/** Who to invite: the role, and an email address to send the link to, if the person gives one. */
export const inviteForm = z.object({
  role: z
    .unknown()
    .optional()
    .transform((v) => (v === 'owner' ? 'owner' : 'moderator')),
  email: textField
    .transform((s) => s.trim())
    .refine((s) => s === '' || emailPattern.test(s), { message: 'Enter an email address in the correct format, like name@example.com, or leave it blank' }),
});
