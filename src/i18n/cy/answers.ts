import type { Messages } from '../catalogue.ts';

export const answers: Messages['answers'] = {};
