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

  // The parameters’ names (url, format, maxwidth, maxheight) stay as they are: a program sends them.
  oembed: {
    badRequest: 'Cais gwael',
    onlyJson: 'Dim ond format=json sydd ar gael.',
    urlRequired: 'Mae angen url: cyfeiriad bwrdd.',
    urlTooLong: (max) => `Mae url yn rhy hir (dim mwy na ${max} nod).`,
    notPixels: (name) => `Rhaid i ${name} fod yn nifer cyfan o bicseli, 1 neu fwy.`,
    noBoard: 'Dim bwrdd yn y cyfeiriad hwnnw.',
    notBoardAddress: (start) => `Rhaid i url fod yn gyfeiriad bwrdd sy’n dechrau ${start}`,
  },

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

  // A perspective's label is the board's own text: named after "safbwynt" so it need not mutate (as in cy/boards.ts).
  shareImageAlt: (board) =>
    `Grid o’r cwestiynau ar “${board}” a’r safbwyntiau sy’n eu hateb, wedi’u lliwio yn ôl faint o atebion sydd gan bob un, gyda nifer yr atebion a’r lleisiau sy’n dal ar goll`,
  // After a numeral Welsh keeps the noun singular ("5 ateb"), as in answers above.
  shareImageAnswers: { zero: 'dim atebion', one: '{n} ateb', two: '{n} ateb', few: '{n} ateb', many: '{n} ateb', other: '{n} ateb' },
  shareImageMissing: {
    zero: 'dim lleisiau ar goll',
    one: '{n} llais ar goll',
    two: '{n} llais ar goll',
    few: '{n} llais ar goll',
    many: '{n} llais ar goll',
    other: '{n} llais ar goll',
  },
  shareBoardText: (board) => `${board} – atebion o bob safbwynt. Darllenwch nhw, neu ychwanegwch eich un chi.`,
  shareBoardDescription: (board) => `${board}: atebion o bob safbwynt.`,
  shareQuestionText: (question) => `“${question}” – atebion o bob safbwynt.`,
  shareQuestionAsk: (question) => `Sut fyddech chi’n ateb “${question}”?`,
  shareQuestionAskAs: (asking, question) => `Fel rhywun o safbwynt “${asking.label}”, sut fyddech chi’n ateb “${question}”?`,
  shareAnswersTo: (question) => `Atebion i “${question}”, o bob safbwynt.`,
  shareQuestionDescription: (lead, board) => `${lead} Cwestiwn ar “${board}”: darllenwch yr atebion, neu ychwanegwch eich un chi.`,
  shareAnswerTitle: (perspective, question) => `Ateb o safbwynt “${perspective}” i “${question}”`,
  shareAnswerText: (name, perspective, question) => `${name} (${perspective}) ar “${question}”`,
};
