import type { Messages } from '../en.ts';

export const team: Messages['team'] = {};
