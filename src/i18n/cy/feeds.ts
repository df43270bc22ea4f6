import type { Messages } from '../catalogue.ts';

export const feeds: Messages['feeds'] = {};
