import type { Messages } from '../en.ts';

export const layout: Messages['layout'] = {
  siteName: 'Roundtable',
  titleSuffix: '– Roundtable',
  errorPrefix: 'Gwall:',
  skipLink: "Neidio i'r prif gynnwys",
  needHelp: 'Angen help nawr?',
  facilitatorNav: 'Hwylusydd',
  yourBoards: 'Eich byrddau',
  yourAccount: (name: string) => `Eich cyfrif (${name})`,
  signOut: 'Allgofnodi',
  footer: 'Mae hwyluswyr y bwrdd yn darllen yr atebion. Nid gwasanaeth argyfwng yw Roundtable:',
  footerHelpLink: 'os oes angen help arnoch nawr, gwelwch â phwy i gysylltu',
  languageNav: 'Iaith',
  thisLanguage: 'Cymraeg',
  offer: "Mae'r dudalen hon ar gael yn Gymraeg hefyd.",
  offerLink: 'Darllenwch hi yn Gymraeg',
  offerDismiss: 'Dim diolch',
  back: 'Yn ôl',
};
