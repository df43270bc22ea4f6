import { accounts as english } from '../en/accounts.ts';
import type { Messages } from '../en.ts';

// Not translated yet: the facilitator area is served in English (docs/TRANSLATION.md).
export const accounts: Messages['accounts'] = english;
