import type { Messages } from '../catalogue.ts';

export const email: Messages['email'] = {};
