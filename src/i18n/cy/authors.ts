import type { Messages } from '../catalogue.ts';

export const authors: Messages['authors'] = {};
