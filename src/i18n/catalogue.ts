// One catalogue per language: every string a reader sees. The English one (en.ts, en/) defines the shape; the Welsh one
// (cy.ts, cy/) is typed with it, so the type checker refuses a Welsh catalogue with a key missing or a key too many.
// Each area of the app has a file in each folder; a string that takes values is a function.
import { cy } from './cy.ts';
import { en, type Messages } from './en.ts';
import type { Locale } from './locale.ts';

export type { Messages };

export const catalogues: Record<Locale, Messages> = { en, cy };
