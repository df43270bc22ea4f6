import { admin as english } from '../en/admin.ts';
import type { Messages } from '../en.ts';

// Not translated yet: the facilitator area is served in English (docs/TRANSLATION.md).
export const admin: Messages['admin'] = english;
