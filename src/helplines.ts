// Helplines are configuration: one entry per country, each number with the date it was last checked.
// The built-in file covers the UK; HELPLINES_FILE points to your own (same shape), HELP_COUNTRY picks the country.
import fs from 'node:fs';
import { z } from 'zod';
import builtIn from './helplines.json' with { type: 'json' };

const checked = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'lastChecked must be a date like 2026-11-25');

const helplineSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().min(1),
    phone: z
      .string()
      .regex(/^[0-9+][0-9 ]*$/)
      .optional(),
    sms: z
      .string()
      .regex(/^[0-9+][0-9 ]*$/)
      .optional(),
    /** The word to text, such as SHOUT. */
    smsBody: z.string().optional(),
    lastChecked: checked,
  })
  .refine((h) => h.phone || h.sms, 'each helpline needs a phone or sms number');

const fileSchema = z.object({
  countries: z.record(
    z.string().regex(/^[A-Z]{2}$/),
    z.object({ name: z.string().min(1), emergency: z.string().min(1), helplines: z.array(helplineSchema).min(1) }),
  ),
  directory: z.object({ name: z.string().min(1), url: z.url({ protocol: /^https?$/ }), description: z.string().min(1), lastChecked: checked }),
});

export type Helpline = z.infer<typeof helplineSchema>;

export interface HelpInfo {
  country: string;
  countryName: string;
  emergency: string;
  helplines: Helpline[];
  directory: z.infer<typeof fileSchema>['directory'];
}

export type HelplinesFile = z.infer<typeof fileSchema>;

/** Reads and checks a helplines file (the built-in one without a path); the error says what is wrong, and the caller names the variable. */
export function loadHelplinesFile(file: string | undefined): HelplinesFile {
  let raw: unknown = builtIn;
  if (file) {
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`could not be read as JSON (${(err as Error).message})`);
    }
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`is not a valid helplines file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
