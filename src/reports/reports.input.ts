import { z } from 'zod';
import type { Messages } from '../i18n/catalogue.ts';
import { cleanText } from '../answers/answers.input.ts';
import { textField } from '../web/input.ts';
import { reportReasons, type ReportReason } from './reports.actions.ts';

const reasons = Object.keys(reportReasons) as [ReportReason, ...ReportReason[]];

/** How many characters of details are kept. */
export const detailsLimit = 500;

/** Anything more the reader wants to say: cleaned like an answer, and cut at 500 characters. */
const details = textField.transform((s) => cleanText(s).slice(0, detailsLimit));

/** The form's one rule: a reason. Its error is the key of the message the route shows in the reader's language. */
export const reportForm = z.object({
  reason: z.enum(reasons, { error: 'chooseReason' satisfies keyof Messages['reports'] }),
  details,
});

/** What the reader wrote, to show the form again. */
export const reportValues = z.object({ details });
