import type { Messages } from '../catalogue.ts';

export const workshop: Messages['workshop'] = {};
