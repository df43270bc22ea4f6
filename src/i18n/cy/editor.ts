import type { Messages } from '../en.ts';
import type { Locale } from '../locale.ts';

// Welsh for the board editor. Terms from BydTermCymru: bwrdd, cwestiwn, safbwynt, hwylusydd, ateb.

/** A language as a phrase names it: "Teitl yn Gymraeg" (yn causes soft mutation: Cymraeg → Gymraeg). */
const inLanguage: Record<Locale, string> = { en: 'yn Saesneg', cy: 'yn Gymraeg' };
/** A language as an adjective after a plural or masculine noun: "y tudalennau Cymraeg", "y testun Saesneg". */
const adjective: Record<Locale, string> = { en: 'Saesneg', cy: 'Cymraeg' };

export const editor: Messages['editor'] = {
  yourBoards: 'Eich byrddau',
  notices: {
    saved: 'Mae eich newidiadau wedi’u cadw.',
    created: 'Mae’r bwrdd wedi’i greu. Ychwanegwch ei gwestiynau a’i safbwyntiau isod.',
    archived: 'Mae’r bwrdd wedi’i archifo.',
  },
  create: {
    heading: 'Creu bwrdd',
    slug: 'Cyfeiriad gwe',
    slugHint: 'Diwedd cyfeiriad y bwrdd, fel social-media ar gyfer /b/social-media. Does dim modd ei newid wedyn.',
    submit: 'Creu bwrdd',
  },
  language: {
    legend: 'Ym mha iaith mae’r bwrdd wedi’i ysgrifennu?',
    hint: 'Mae ei deitl, ei gyflwyniad, ei gwestiynau a’i safbwyntiau wedi’u hysgrifennu yn yr iaith hon. Gall pob un gael cyfieithiad i’r iaith arall hefyd.',
    changeHint:
      'Mae ei deitl, ei gyflwyniad, ei gwestiynau a’i safbwyntiau wedi’u hysgrifennu yn yr iaith hon, pob un gyda chyfieithiad dewisol. Mae newid yr iaith yn cyfnewid pob testun â’i gyfieithiad, felly mae angen cyfieithiad ar bob cwestiwn a safbwynt yn gyntaf.',
    names: { en: 'English', cy: 'Cymraeg' },
  },
  optional: (label) => `${label} (dewisol)`,
  translationHint: (own, other) => `Pan fydd hwn yn wag, bydd darllenwyr y tudalennau ${adjective[other]} yn gweld y testun ${adjective[own]}.`,
  fields: {
    title: 'Teitl',
    titleIn: (l) => `Teitl ${inLanguage[l]}`,
    intro: 'Cyflwyniad',
    introIn: (l) => `Cyflwyniad ${inLanguage[l]}`,
    introHint: 'Mae’n ymddangos uwchben y tabl. Dywedwch ar gyfer pwy mae’r bwrdd a beth sy’n digwydd i atebion. Gadewch linell wag rhwng paragraffau.',
    moderation: 'Pryd mae atebion yn cael eu cyhoeddi?',
    moderationPre: 'Ar ôl i hwylusydd eu darllen (argymhellir)',
    moderationPost: 'Ar unwaith; gall hwyluswyr eu cuddio wedyn',
    accepting: 'Ar agor ar gyfer atebion newydd',
    listed: 'Rhestru’r bwrdd hwn ar yr hafan',
  },
  edit: {
    pageTitle: (title) => `Golygu: ${title}`,
    caption: 'Golygu',
    seeBoard: 'Gweld y bwrdd',
    answers: 'Atebion',
    archived: 'Wedi’i archifo',
    settings: 'Gosodiadau',
    saveSettings: 'Cadw’r gosodiadau',
    save: 'Cadw',
    questions: 'Cwestiynau',
    questionsHint:
      'Mae ymddeol cwestiwn yn ei dynnu oddi ar y bwrdd a’r ffurflen. Mae ei atebion yn cael eu cadw, ac maen nhw’n dod yn ôl os byddwch chi’n ei adfer.',
    question: (n, retired) => `Cwestiwn ${n}${retired ? ' (wedi’i ymddeol)' : ''}`,
    questionIn: (l) => `Y cwestiwn ${inLanguage[l]}`,
    questionName: (n) => `cwestiwn ${n}`,
    newQuestion: 'Ychwanegu cwestiwn',
    addQuestion: 'Ychwanegu cwestiwn',
    perspectives: 'Safbwyntiau',
    perspectivesHint: 'Y safbwyntiau y mae pobl yn ateb ohonyn nhw: un golofn yr un yn y tabl.',
    perspectiveLabel: (n, retired) => `Safbwynt ${n}${retired ? ' (wedi’i ymddeol)' : ''}: enw`,
    perspectiveName: (n) => `safbwynt ${n}`,
    plural: 'Yn y lluosog, er enghraifft “rheolwyr”',
    description: 'Disgrifiad, sy’n ymddangos yn y ffurflen',
    nameIn: (l) => `Yr enw ${inLanguage[l]}`,
    pluralIn: (l) => `Y lluosog ${inLanguage[l]}`,
    descriptionIn: (l) => `Y disgrifiad ${inLanguage[l]}`,
    newPerspective: 'Ychwanegu safbwynt: ei enw',
    newPlural: 'Yn y lluosog',
    pluralHint: 'Er enghraifft “rheolwyr”, ar gyfer brawddegau fel “No answers yet from managers” ar y tudalennau Saesneg.',
    newDescription: 'Disgrifiad',
    addPerspective: 'Ychwanegu safbwynt',
    moveUp: 'Symud i fyny',
    moveDown: 'Symud i lawr',
    retire: 'Ymddeol',
    restore: 'Adfer',
    archiveHeading: 'Archifo’r bwrdd hwn',
    archiveText: 'Mae bwrdd wedi’i archifo yn gadael yr hafan ac nid yw’n derbyn atebion newydd. Mae modd darllen ei dudalen a’i fewnosodiadau o hyd.',
    archive: 'Archifo’r bwrdd',
  },
  errors: {
    slugTaken: 'Mae bwrdd yn y cyfeiriad gwe hwnnw’n barod: dewiswch un arall',
    enterSlug: 'Rhowch gyfeiriad gwe ar gyfer y bwrdd',
    slugShape: 'Dim ond llythrennau bach, digidau a chysylltnodau unigol y gall y cyfeiriad gwe eu defnyddio, fel "social-media", hyd at 60 nod',
    enterTitle: (l) => (l ? `Rhowch y teitl ${inLanguage[l]}, yr iaith y bydd y bwrdd wedi’i ysgrifennu ynddi` : 'Rhowch deitl'),
    titleTooLong: 'Rhaid i’r teitl fod yn 200 nod neu lai',
    introTooLong: 'Rhaid i’r cyflwyniad fod yn 5,000 nod neu lai',
    chooseModeration: 'Dewiswch pryd mae atebion yn cael eu cyhoeddi',
    titleForIntro: (l) => `Rhowch y teitl ${inLanguage[l]} hefyd: dim ond gydag ef y mae’r cyflwyniad ${inLanguage[l]} yn ymddangos`,
    untranslatedItems: (l, n) =>
      `Mae angen testun ${inLanguage[l]} ar bob cwestiwn a safbwynt cyn y gall y bwrdd gael ei ysgrifennu ${inLanguage[l]}: does gan ${n} ddim testun eto`,
    enterQuestion: 'Rhowch y cwestiwn',
    questionTooLong: 'Rhaid i’r cwestiwn fod yn 500 nod neu lai',
    enterName: 'Rhowch enw ar gyfer y safbwynt',
    nameTooLong: 'Rhaid i’r enw fod yn 80 nod neu lai',
    pluralTooLong: 'Rhaid i’r lluosog fod yn 80 nod neu lai',
    descriptionTooLong: 'Rhaid i’r disgrifiad fod yn 300 nod neu lai',
    nameForTranslations: (l) => `Rhowch yr enw ${inLanguage[l]} hefyd: dim ond gydag ef y mae’r lluosog a’r disgrifiad ${inLanguage[l]} yn ymddangos`,
  },
};
