import type { Messages } from '../en.ts';

export const exports: Messages['exports'] = {
  columns: {
    question: 'Cwestiwn',
    perspective: 'Safbwynt',
    answer: 'Ateb',
    name: 'Enw',
    example: 'Enghraifft',
    written: 'Ysgrifennwyd',
    published: 'Cyhoeddwyd',
    helpful: 'Defnyddiol',
    useAllowed: 'Defnydd a ganiateir',
    link: 'Dolen',
  },
  yes: 'ie',
  no: 'na',
  anonymous: 'Dienw',
  answersSheet: 'Atebion',
  countsSheet: 'Atebion fesul safbwynt',
  allPerspectives: 'Cyfanswm',
  boardLink: 'Pob ateb, ac ychwanegwch eich un chi',
  fileName: (slug: string, extension: string) => `${slug}-atebion.${extension}`,
};
