import { imports as english } from '../en/imports.ts';
import type { Messages } from '../en.ts';

// Not translated yet: the facilitator area is served in English (docs/TRANSLATION.md).
export const imports: Messages['imports'] = english;
