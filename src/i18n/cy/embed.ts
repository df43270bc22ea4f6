import type { Messages } from '../catalogue.ts';

export const embed: Messages['embed'] = {};
