import { moderation as english } from '../en/moderation.ts';
import type { Messages } from '../en.ts';

// Not translated yet: the facilitator area is served in English (docs/TRANSLATION.md).
export const moderation: Messages['moderation'] = english;
