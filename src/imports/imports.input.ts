import { z } from 'zod';
import { answerUses } from '../answers/answers.input.ts';
import { formBody, oneOf, present, textField } from '../web/input.ts';

/**
 * The mapping page's choices, from its query string (Preview) or the import form's hidden fields:
 * `q<N>` is the question key column N answers ('' for “Do not import”), `perspective` is `column:<N>` or
 * `fixed:<key>`, `name` a column number or '', `dates` how Sheets dates are read. `mapped` says the form was sent.
 */
export const mappingForm = z.object({
  mapped: present,
  preview: present,
  perspective: textField,
  name: textField,
  dates: z.enum(['mdy', 'dmy']).catch('mdy'),
});
export type MappingInput = z.infer<typeof mappingForm> & { columns: string[] };

export function readMapping(body: unknown, columnCount: number): MappingInput {
  const fields = formBody(body);
  const columns = Array.from({ length: columnCount }, (_, i) => textField.parse(fields[`q${i}`]));
  return { ...mappingForm.parse(fields), columns };
}

/** The import form's one question: what the people who answered the Google Form agreed to; nothing is assumed. */
export const importUseForm = z.object({ use: oneOf(answerUses) });

/** The upload page's notices: the upload was gone (imported already, or older than a day). */
export const uploadQuery = z.object({ expired: present });
