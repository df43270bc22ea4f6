import type { Messages } from '../en.ts';

export const imports: Messages['imports'] = {};
