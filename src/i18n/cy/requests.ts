import { requests as english } from '../en/requests.ts';
import type { Messages } from '../en.ts';

// Not translated yet: the facilitator area is served in English (docs/TRANSLATION.md).
export const requests: Messages['requests'] = english;
