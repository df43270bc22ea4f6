import type { Messages } from '../en.ts';

/** After "a" (and): "ac" before a vowel, and the aspirate mutation of c, p and t ("a chyfeiriad e-bost"). */
function and(word: string): string {
  if (/^[aeiouwyâêîôûŵŷ]/i.test(word)) return `ac ${word}`;
  const mutated = /^(c|p|t)(?!h)/.exec(word) ? `${word[0]}h${word.slice(1)}` : word;
  return `a ${mutated}`;
}

export const safety: Messages['safety'] = {
  received: 'Diolch. Mae eich ateb wedi dod i law',
  readFirst: "Bydd rhywun o dîm y bwrdd yn ei ddarllen cyn iddo ymddangos yn unman. Ni fydd yn cael ei gyhoeddi'n awtomatig.",
  helpHeading: "Os ydych chi'n meddwl am niweidio eich hun, mae help ar gael nawr",
  noNeedToWait: 'Does dim rhaid i chi aros amdanom ni. Gallwch siarad â rhywun heddiw, am ddim ac yn gyfrinachol:',
  moreHelp: 'Rhagor o leoedd i gael help, gan gynnwys mewn gwledydd eraill',
  checkTitle: 'Gwiriwch eich ateb cyn i chi ei anfon',
  seemsToInclude: (found: string) =>
    `Mae'n ymddangos bod eich ateb yn cynnwys ${found}. Mae atebion yn gyhoeddus a gallant gael eu dangos ar wefannau eraill, felly gallai manylion fel hyn ddangos pwy ydych chi neu pwy yw rhywun arall.`,
  changeOrSend:
    "Newidiwch eich ateb isod a'i anfon eto. Neu, os ydych chi'n siŵr, anfonwch ef fel y mae: bydd hwylusydd yn ei ddarllen cyn i unrhyw un arall allu gwneud hynny.",
  identifying: {
    phone: { singular: 'rhif ffôn', plural: 'rhifau ffôn' },
    email: { singular: 'cyfeiriad e-bost', plural: 'cyfeiriadau e-bost' },
    url: { singular: 'cyfeiriad gwe', plural: 'cyfeiriadau gwe' },
    'nhs-number': { singular: 'rhif GIG', plural: 'rhifau GIG' },
    'ni-number': { singular: 'rhif Yswiriant Gwladol', plural: 'rhifau Yswiriant Gwladol' },
    postcode: { singular: 'cod post', plural: 'codau post' },
    date: { singular: 'dyddiad', plural: 'dyddiadau' },
    handle: { singular: 'enw defnyddiwr ar y cyfryngau cymdeithasol', plural: 'enwau defnyddiwr ar y cyfryngau cymdeithasol' },
    name: { singular: 'enw', plural: 'enwau' },
  },
  list: (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and(parts.at(-1) ?? '')}`),
  guidance: {
    title: "Ymateb i atebion sy'n awgrymu bod rhywun mewn perygl",
    back: 'Eich byrddau',
    lead: "Mae Roundtable yn dal atebion sy'n awgrymu y gallai eu hawdur fod mewn perygl, neu sy'n disgrifio ffyrdd o hunan-niweidio neu o gyflawni hunanladdiad. Nid ydynt byth yn cael eu cyhoeddi'n awtomatig, ac maent yn dod gyntaf yn y ciw, wedi'u marcio'n rhai brys.",
    seenHeading: "Beth mae'r awdur wedi'i weld yn barod",
    seen: (helplines: string) =>
      `Cyn gynted ag yr anfonodd yr ateb, cafodd yr awdur wybod y bydd person yn ei ddarllen, a chafodd weld ble i gael help nawr: ${helplines}. Does dim angen i chi wneud y rhan honno.`,
    doHeading: "Beth i'w wneud",
    steps: [
      'Darllenwch yr ateb cyn gynted ag y gallwch. Mae atebion brys ar frig y ciw.',
      "Os yw'n awgrymu bod bywyd mewn perygl nawr, a'ch bod yn gwybod pwy yw'r person a ble mae, ffoniwch 999. Dilynwch weithdrefn ddiogelu eich sefydliad a rhowch wybod i'ch arweinydd diogelu, fel y byddech ar gyfer unrhyw ddatgeliad arall.",
      "Nid yw Roundtable yn dangos cyfeiriad e-bost yr awdur i chi, hyd yn oed os rhoddodd un, ac ni allwch ateb drwyddo. Os oes angen i'ch sefydliad gysylltu â'r awdur, eich arweinydd diogelu sy'n penderfynu sut, o fewn eich polisïau eich hun.",
      "Peidiwch â chyhoeddi ateb sy'n disgrifio dull, beth bynnag yw ei fwriad. Gwrthodwch ef; caiff y rheswm a roddwch ei gadw'n breifat i'r cymedrolwyr.",
      "Gall ateb am brofiad yn y gorffennol neu am risg i rywun arall fod yn werthfawr i ddarllenwyr. Os cafodd ei ddal drwy gamgymeriad, cymeradwywch ef; os yw rhannau ohono'n dangos pwy yw rhywun, defnyddiwch “Replace with [name]” neu “Edit or redact” yn gyntaf.",
      "Caiff pob penderfyniad ei gofnodi yn log archwilio'r bwrdd, fesul ateb, a byth gyda'i destun.",
    ],
    yourselfHeading: 'Gofalwch amdanoch eich hun',
    yourself: "Gall darllen atebion fel hyn fod yn anodd. Siaradwch â chydweithiwr neu â'ch rheolwr wedyn. Mae'r un llinellau cymorth yno i chi hefyd:",
  },
};
