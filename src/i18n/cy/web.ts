import type { Messages } from '../catalogue.ts';

export const web: Messages['web'] = {};
