import type { Messages } from '../en.ts';

export const moderation: Messages['moderation'] = {};
