import { team as english } from '../en/team.ts';
import type { Messages } from '../en.ts';

// Not translated yet: the facilitator area is served in English (docs/TRANSLATION.md).
export const team: Messages['team'] = english;
