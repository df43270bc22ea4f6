import { z } from 'zod';
import type { AnswerStatus } from '../db/tables.ts';
import { oneOf, textField } from '../web/input.ts';

const statuses = ['pending', 'published', 'rejected', 'hidden'] as const satisfies readonly AnswerStatus[];
const queueNotices = ['approve', 'reject', 'hide', 'edit', 'redact', 'mark-example', 'unmark-example', 'bulk', 'bulk-none', 'imported'] as const;
export type QueueNotice = (typeof queueNotices)[number];

/** Which tab of the queue (the waiting answers unless another is named), and what was just done. */
export const queueQuery = z.object({
  status: z.enum(statuses).catch('pending'),
  done: oneOf(queueNotices),
  /** How many answers an import created, for its notice. */
  count: z.coerce.number().int().nonnegative().optional().catch(undefined),
});

/** The reason is optional and kept privately; rejectAnswer cleans and shortens it. */
export const rejectForm = z.object({ reason: textField });

/** Which found detail to redact, as "start:end:kind". */
export const redactForm = z.object({ span: textField });

/** The ticked answers; a form sends one id as text and several as a list. Anything but text is dropped. */
export const bulkApproveForm = z.object({
  ids: z
    .unknown()
    .optional()
    .transform((v) => (Array.isArray(v) ? v : [v]).filter((id): id is string => typeof id === 'string').slice(0, 500)),
});

/** The moderator's new text, as typed; editAnswer checks it is there and not too long. */
export const editAnswerForm = z.object({ body: textField });
