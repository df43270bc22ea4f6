import type { Messages } from '../en.ts';

export const handouts: Messages['handouts'] = {};
