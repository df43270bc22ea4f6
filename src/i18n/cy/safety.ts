import type { Messages } from '../catalogue.ts';

export const safety: Messages['safety'] = {};
