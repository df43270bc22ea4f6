import type { Messages } from '../en.ts';

export const admin: Messages['admin'] = {};
