import { z } from 'zod';
import { catalogues } from '../i18n/catalogue.ts';
import { present, textField } from '../web/input.ts';
import { safeNext } from './session.ts';

/** Where to go after signing in: a page under /admin, or /admin. */
const nextPath = z.unknown().optional().transform(safeNext);

export const signInQuery = z.object({ next: nextPath, signedOut: present });

export const signInFields = z.object({ email: textField, password: textField, next: nextPath });

export const signInForm = signInFields.refine((f) => f.email.trim() !== '' && f.password !== '', {
  path: ['email'],
  // In English: the facilitator area is not translated yet (docs/TRANSLATION.md).
  message: catalogues.en.accounts.errors.signInEmpty,
});

/** The email, name and password as typed: what they must be depends on the link (completeSignup checks them). */
export const setupForm = z.object({ email: textField, name: textField, password: textField });

/** Checked by changePassword: the current password against the account, the new one against the password rules. */
export const setPasswordForm = z.object({ currentPassword: textField, newPassword: textField });

export const accountQuery = z.object({ changed: present });
