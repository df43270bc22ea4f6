import type { Messages } from '../en.ts';

export const requests: Messages['requests'] = {};
