import type { Messages } from '../en.ts';

export const feeds: Messages['feeds'] = {
  anonymous: 'Dienw',
  entryTitle: (question: string, perspective: string) => `${question} (${perspective})`,
};
