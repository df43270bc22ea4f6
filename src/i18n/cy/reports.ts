import type { Messages } from '../catalogue.ts';

export const reports: Messages['reports'] = {};
