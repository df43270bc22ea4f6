// Typed by the English file rather than catalogue.ts's Messages, which would make an import cycle (Biome noImportCycles).
import type { embed as English } from '../en/embed.ts';

export const embed: typeof English = {
  codeSummary: 'Mewnblannu’r bwrdd hwn ar eich gwefan',
  codeWordPressHeading: 'Mewn cofnod WordPress: gludwch y cyfeiriad',
  codeWordPressText:
    'Gludwch gyfeiriad y bwrdd ar linell ar ei phen ei hun (neu mewn bloc Embed). Mae WordPress yn dangos un cwestiwn ar y tro, gyda’r ateb diweddaraf o bob safbwynt; mae darllenwyr yn dewis cwestiwn neu safbwynt, ac mae pob dolen yn agor y bwrdd llawn.',
  boardAddress: 'Cyfeiriad y bwrdd',
  codeScriptHeading: 'Lle caniateir sgriptiau: y tabl cyfan, yn tyfu i ffitio',
  codeScriptText:
    'Ar gyfer bloc Custom HTML yn WordPress, Ghost, Squarespace neu eich tudalennau eich hun. Mae’r tabl yn newid ei faint i ffitio ac yn diweddaru wrth i atebion gael eu cyhoeddi.',
  embedCode: 'Cod mewnblannu',
  codeIframeHeading: 'Lle mai dim ond iframe a ganiateir: uchder sefydlog sy’n sgrolio',
  codeIframeText:
    'Ar gyfer Google Sites, rhan we Embed SharePoint a gwefannau eraill sy’n derbyn iframe ond nid sgript. Mae darllenwyr yn sgrolio y tu mewn i’r ffrâm.',
  iframeCode: 'Cod iframe',

  addYourAnswer: 'Ychwanegu eich ateb',
  opensInNewTab: ' (yn agor mewn tab newydd)',
  addYours: 'Ychwanegu eich un chi',
  addYoursAs: (label) => ` fel ${label}`,
  anonymous: 'Dienw',
  more: { other: '{n} arall' },
  from: ' gan ',
  answers: { zero: 'dim atebion', one: '{n} ateb', two: '{n} ateb', few: '{n} ateb', many: '{n} ateb', other: '{n} ateb' },
  questionsNav: 'Cwestiynau',
  questionHidden: 'Cwestiwn ',
  position: (i, n) => `${i} o ${n}`,
  compactTitle: (board, i) => `${board} — cwestiwn ${i}`,
  allAnswers: 'Pob ateb i’r cwestiwn hwn',

  shareBoard: 'Rhannu’r bwrdd hwn',
  shareQuestion: 'Rhannu’r cwestiwn hwn',
  shareAnswer: 'Rhannu’r ateb hwn',
  shareByEmail: 'Rhannu drwy e-bost',
  shareOn: (site) => `Rhannu ar ${site}`,
  emailSite: 'E-bost',
  linkToPage: 'Dolen i’r dudalen hon',
  linkHint: 'Copïwch hi i neges, e-bost neu bostiad.',
  copyLink: 'Copïo’r ddolen',
  shareNative: 'Rhannu…',
  copied: 'Mae’r ddolen wedi’i chopïo.',
  copyByKeys: 'Pwyswch Control ac C, neu Command ac C, i gopïo’r ddolen a ddewiswyd.',
  mastodonLabel: 'Rhannu ar Mastodon: eich gweinydd',
  mastodonHint: 'Er enghraifft, mastodon.social',
  shareOnMastodon: 'Rhannu ar Mastodon',
  sharing: 'Yn rhannu:',
  notOurs: 'Nid yw’r ddolen rannu hon yn un o’n rhai ni.',
  mastodonNoHost: 'Rhowch gyfeiriad eich gweinydd Mastodon, fel mastodon.social',
  mastodonBadHost: 'Rhowch gyfeiriad eich gweinydd Mastodon ar ei ben ei hun, fel mastodon.social',
  takingYou: (host) => `Yn mynd â chi i ${host} i ysgrifennu eich postiad. Os nad oes dim yn digwydd,`,
  continueTo: (host) => `ewch ymlaen i ${host}`,
};
