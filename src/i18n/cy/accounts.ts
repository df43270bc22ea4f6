import type { Messages } from '../en.ts';

export const accounts: Messages['accounts'] = {};
