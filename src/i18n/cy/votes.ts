import type { Messages } from '../catalogue.ts';

export const votes: Messages['votes'] = {};
