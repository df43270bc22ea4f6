import type { Messages } from '../en.ts';

export const themes: Messages['themes'] = {};
