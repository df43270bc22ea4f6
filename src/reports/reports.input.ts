import { z } from 'zod';
import { cleanText } from '../answers/answers.input.ts';
import { textField } from '../web/input.ts';
import { reportReasons, type ReportReason } from './reports.actions.ts';

const reasons = Object.keys(reportReasons) as [ReportReason, ...ReportReason[]];

/** Anything more the reader wants to say: cleaned like an answer, and cut at 500 characters. */
const details = textField.transform((s) => cleanText(s).slice(0, 500));

export const reportForm = z.object({
  reason: z.enum(reasons, { error: 'Choose what is wrong with the answer' }),
  details,
});

/** What the reader wrote, to show the form again. */
export const reportValues = z.object({ details });
