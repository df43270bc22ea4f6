// SG-1a: the Welsh words the crisis model needs to read Welsh (crisis.model.ts). Welsh answers are judged by a model
// trained on the Welsh and the English training files (they borrow English: "dw i'n teimlo mor low"); English answers
// by one trained on the English files alone, so that adding Welsh never moves an English figure. `readsAsWelsh`
// says which. Whether an answer is in a language the detector covers at all is decided in safety/language, not here.
//
// Tokens are those of crisis.model.ts on normalised text: lower case, accents gone (ŵ → w, ô → o), so "dŵr" and the
// phone-typed "dwr" are one word.

import { normalise } from './crisis.phrases.ts';

// Words Welsh writing is full of and English writing does not use ("a", "i", "o", "hi", "be", "pan", "wi" are
// English too, or typed in English, and are left out).
const WELSH_WORDS = new Set(
  `yn yr y mae ma maen mae'n ma'n mae'r ma'r dw dwi dwi'n dwi'm rwy rwy'n rydw rydw'n wi'n wy'n ddim dim bod bo fod
  wedi di ond nhw hefyd gyda efo hefo iawn hyn hynny sy sydd oedd roedd ro'n o'n ydy ydi ydw ydych rydyn rydych dach
  fy eich cael gael gwneud neud beth fel diolch ac yw oes allan rhaid angen eisiau isio moyn gallu methu ffili byth
  erioed bob pob pawb neb rhywun rhywbeth llawer tro amser gwaith bydd byddai fyddai bysa basai fydda bydda doedd
  does sdim dydy dyw dydw dydi pwy pam sut ble faint achos felly mewn yma fan wrth heb drwy trwy rhwng mwy fawr jyst
  rwan nawr heddiw heddi heno fory yfory neithiwr eto rhagor mwyach bellach meddwl teimlo gwybod gwbod dweud deud
  ddweud ddeud sa smo sori fi fi'n chi ni ti dy nes wnes ces ges hebdda arna wrtha amdana gen i'n i'r o'r a'r fi'r
  hi'n e'n fe'n fo'n nhw'n chi'n ni'n ti'n dyma dyna isie mynd dod byw marw lladd hun hunan gyd cyfan ol`.split(/\s+/),
);

// The commonest English words, to weigh against the Welsh ones in answers that mix the two.
const ENGLISH_WORDS = new Set(
  `the and to of you is that it in for with my me was are be have has this but not on at they he she we what if just so
  do don't i'm can will would all about from your our their when there an or by as been had how no up out get got feel
  like want know think really because then them her him his it's going one who which some any now still here more`.split(/\s+/),
);

// Shapes English words do not have: "mae'n", "i'r", "llun", "ddoe", "rhoi", "nghleient", "ffoniwch".
const WELSH_SHAPE = /^[a-z]+'[nr]$|^(?:ll|dd|rh|ngh|mh|nh)[a-z]|[a-z]wch$/;

/** Whether a normalised text's words are Welsh, or Welsh with English in it: more common Welsh words than English ones. */
export function looksWelsh(tokens: readonly string[]): boolean {
  let welsh = 0;
  let english = 0;
  for (const t of tokens) {
    if (WELSH_WORDS.has(t) || WELSH_SHAPE.test(t)) welsh++;
    else if (ENGLISH_WORDS.has(t)) english++;
  }
  return welsh > english || (welsh >= 2 && welsh === english);
}

/** Whether an answer is judged as Welsh (crisis.model.ts CrisisModels.welsh). */
export function readsAsWelsh(text: string): boolean {
  return looksWelsh(normalise(text).match(/[a-z]+(?:'[a-z]+)?/g) ?? []);
}

/** Welsh words written with a leading apostrophe ("'ma", "'na", "'di", "'sgen"), which are not opening quotation marks. */
export const WELSH_CLITIC = /(^|[\s:(])'(?=(?:ma|na|di|sgen|sdim|nhw|ych|dach|n|r)\b)/g;

/** The author: "dw i", "rwy'n", "wi'n", "fy", "fi", "hebdda i", "o'n i"… ("i" and "i'n" only after a verb: see welshPerson). */
export const WELSH_FIRST = new Set(
  `i i'n fi fi'n fy fyn dw dwi dwi'n dwi'm rwy rwy'n rydw ydw wi'n wy'n mi hebdda arna wrtha amdana gen 'sgen sgen ro'n
  o'n do'n roeddwn oeddwn doeddwn nes wnes ces ges es bydda fydda byddwn fyddwn swn sa smo mod mhen wyf rwyf arnaf
  amdanaf hebof ohonof imi allaf gallaf welaf teimlaf credaf byddaf fyddaf hoffwn`.split(/\s+/),
);

/** Someone else: pronouns, "ei"/"eu" (his, her, their), and the people answers talk about, in their mutated forms too. */
export const WELSH_OTHER = new Set(
  `hi hi'n e e'n fe fe'n fo fo'n ef nhw nhw'n ei eu hebddo hebddi hebddyn iddo iddi iddyn arno arni arnyn wrtho wrthi
  wrthyn amdano amdani amdanyn ganddo ganddi ganddyn hunain ffrind ffrindiau cleient gleient nghleient cleientiaid claf
  glaf cleifion mab fab merch ferch mam fam dad tad nhad thad chwaer brawd frawd mrawd gwr wr ngwr gwraig wraig ngwraig
  partner bartner mhartner phartner cariad gariad nghariad rhywun rywun person berson pobl bobl preswylydd preswylwyr
  disgybl ddisgybl plentyn blentyn mhlentyn plant blant mhlant bachgen fachgen hogyn hogan boi dyn ddyn dynes ddynes
  cydweithiwr gydweithiwr nghydweithiwr nain taid cymydog gymydog nghymydog tenant denant defnyddiwr ddefnyddiwr`.split(/\s+/),
);

export const WELSH_SECOND: ReadonlySet<string> = new Set(`ti ti'n chi chi'n dy eich chdi chdi'n`.split(/\s+/));

// "i" is "I" after a verb or preposition that takes a person ("dw i", "o'n i", "hebdda i"), and "to" elsewhere
// ("i'r", "i fynd", "i bawb"); "fi" after a person is "my" ("mab fi", "chwaer fi'n deud").
const I_AFTER = new Set(
  `dw wyf ydw odw wy rydw o'n ro'n oeddwn roeddwn doeddwn do'n nes wnes gwnes ges ces cefais gefais es bydda fydda
  byddwn fyddwn bydden fydden baswn faswn swn taswn petawn alla galla allen gallen fedra fedrwn gallwn allwn hoffwn
  hoffen licwn licen liciwn ddylwn dylwn ddylen dylen mod bo fod hebdda arna wrtha amdana ata ohona drosta gen sgen
  'sgen sa wna wnaf gwnaf gwela wela cha ca af welais gwelais clywais ceisiais geisiais triais teimlais penderfynais`.split(/\s+/),
);

/** Whom a Welsh word names, given the word before it: '1' the author, '3' someone else, '2' the reader, or null. */
export function welshPerson(prev: string | undefined, t: string): '1' | '2' | '3' | null {
  if (t === 'i' || t === "i'n") return prev !== undefined && I_AFTER.has(prev) ? '1' : null;
  if ((t === 'fi' || t === "fi'n") && prev !== undefined && WELSH_OTHER.has(prev)) return '3';
  if (WELSH_FIRST.has(t)) return '1';
  if (WELSH_OTHER.has(t)) return '3';
  if (WELSH_SECOND.has(t)) return '2';
  return null;
}

/** Negation: "dw i ddim", "does dim", "nid", "nad", "byth", "sa i'n" and "smo fi" (South), "dwi'm" (North). */
export const WELSH_NEGATION = /^(?:ddim|dim|nid|nad|na|nac|byth|erioed|dwi'm|sa|smo|sdim|does|dyw|dydw|dydy|dydi|doedd|do'n|doeddwn|mo)$/;

/** Words that start a new clause: but, and, because, so, when, though, if. */
export const WELSH_CLAUSE = /^(?:ond|a|ac|achos|oherwydd|felly|pan|er|tra|os)$/;

/** Reported speech: "mae hi'n dweud…" (after someone else), and verbs that are someone else's by their ending ("dywedodd"). */
export const WELSH_REPORTING = /^(?:dweud|deud|ddweud|ddeud|postio|bostio|sgwennu|ysgrifennu|tecstio|decstio|gofyn|sôn|son|bygwth|fygwth)$/;
export const WELSH_REPORTED =
  /^(?:dywedodd|ddywedodd|dwedodd|ddwedodd|meddai|medde|medda|postiodd|bostiodd|sgwennodd|ysgrifennodd|tecstiodd|decstiodd|anfonodd|rhannodd|soniodd|gofynnodd|tagiodd|ffoniodd|bygythiodd)$/;

/** A distant past or recovery: "flynyddoedd yn ôl", "ers talwm", "arfer", "pan o'n i'n", "dw i'n iawn nawr". */
export const WELSH_DISTANT =
  /\b(?:(?:blynyddoedd|flynyddoedd|mlynedd|blynedd|blwyddyn|flwyddyn|misoedd|amser maith|amser hir) yn ol|(?:flynydde|blynydde|flynyddoedd|mlynedd) nol|(?<!(?:wythnos|noson|diwrnod|dydd|bore|mis|nos) )o'r blaen|ers talwm|arfer|(?:wedi|di) bod yno|pan o'n i|pan oeddwn i|pan o'n i'n|yn fy (?:arddegau|arddege|ugeiniau|ugeinie|nhridegau)|ar un adeg|bryd hynny|ar y pryd|ar fy ngwaethaf|yn (?:y )?(?:coleg|ysgol|brifysgol|lockdown|cyfnod clo)|yn ystod (?:fy|y|yr|cyfnod)|nol yn (?:19|20)\d\d|erbyn hyn|wedi gwella|yn glir|dw i'n (?:iawn|well|saff) (?:nawr|rwan)|mewn lle (?:da|gwell)|heddiw dw i)\b/;

// Welsh words change their first letters after some words (mutation): "lladd fy hun" but "meddwl am ladd",
// "byw" but "rheswm i fyw", "tabledi" but "fy nhabledi". Every form of a word gets one more feature, its first
// letters folded into one class, so that what the model learns of "ladd" it also knows of "lladd".
const MUTATED: [RegExp, string][] = [
  [/^(?:ngh|ng|ch|c|g)/, 'G'],
  [/^(?:mh|ph|p|b|m|f(?!f))/, 'B'],
  [/^(?:nh|th|t|dd|d|n)/, 'D'],
  [/^(?:ll|l)/, 'L'],
  [/^(?:rh|r)/, 'R'],
];

/** A word with its first letters folded across mutation ("ladd", "lladd" → "Ladd"), or null when nothing can mutate. */
export function unmutated(word: string): string | null {
  for (const [re, cls] of MUTATED) if (re.test(word)) return word.replace(re, cls);
  return null;
}
