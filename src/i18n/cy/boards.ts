import type { Messages } from '../catalogue.ts';

export const boards: Messages['boards'] = {};
