// SG-1 / SG-1a: the rules detector for Welsh answers (crisis.rules.ts sends them here). Like the English rules, it
// finds a crisis phrase ("lladd fy hun", "dw i eisiau marw", "well eu byd hebdda i") and keeps it only when it is
// the author's own, now: not someone else's ("mae hi eisiau marw", "dywedodd ei fod e…"), not negated ("dw i ddim
// yn hunanladdol"), not quoted in advice ("negeseuon fel 'dw i eisiau marw'"), not hypothetical ("os bydda i…"), and
// not past and recovered ("flynyddoedd yn ôl ro'n i…"). Sentences arrive normalised (crisis.phrases.ts): lower case,
// no accents, so "ôl" is "ol" and the phone-typed forms match too. Mutated forms are listed ("marw"/"farw").
import { WELSH_CLITIC, WELSH_DISTANT, WELSH_REPORTED, WELSH_REPORTING, welshPerson } from './crisis.welsh.ts';

interface Sentence {
  start: number;
  end: number;
  norm: string;
}

/** Who a phrase must be about: it says "I" itself ("lladd fy hun"), or the nearest person before it is the author. */
type Need = 'self' | 'first';

const WANT = "(?:eisiau|isio|isie|ishe|moyn|mo'yn|dymuno|gobeithio|barod i|want to)";
const NOT = "(?:ddim|dim|dwi'm|sa i|sa i'n|smo fi|smo fi'n|so fi'n|na|nid wyf|nid ydw i)";
const LIVE = '(?:byw|fyw|bod yma|bod ma|bod yn fyw|fod yn fyw|bod o gwmpas|bodoli|deffro|ddeffro|cario (?:ymlaen|mlaen))';

const CORES: [RegExp, Need][] = [
  // harming or killing oneself: "lladd fy hun", "torri'n hunan", "brifo fi'n hunan"
  [
    /\b(?:lladd|ladd|niweidio|brifo|frifo|anafu|torri|dorri|llosgi|losgi|crogi|grogi|boddi|foddi|gwenwyno|wenwyno|cosbi|gosbi|taflu|daflu)(?: (?:fy|fi'n|'yn|yn)|'n) (?:hun|hunan)\b/,
    'self',
  ],
  // ending one's life: "rhoi diwedd ar fy mywyd", "cymryd fy mywyd fy hun", "gwneud amdanaf fy hun"
  [/\b(?:rhoi|roi) (?:diwedd|terfyn|pen) ar (?:y cyfan|bopeth|popeth|bob dim|fy mywyd|fy hun|bethau|pethau|hyn i gyd)\b/, 'first'],
  [
    /\b(?:cymryd|gymryd) fy mywyd\b|\b(?:gwneud|wneud|neud) amdana(?:f|i)? (?:(?:fy|fi'n|i fy|fi fy) )?(?:hun|hunan)\b|\b(?:cyflawni|gyflawni) hunanladdiad\b/,
    'first',
  ],
  [/\b(?:wedi|di) (?:cymryd|gymryd) (?:gorddos|orddos|overdose)\b|\b(?:wedi|di) (?:llyncu|lyncu) (?:y |'r )?(?:tabledi|pils|dabledi|bils)\b/, 'first'],
  [/\b(?:hoffwn|liciwn|licswn) (?:i )?(?:farw|marw)\b|\b(?:haeddu|haedda) (?:marw|farw)\b/, 'first'],
  [/\b(?:fy mod i|mod i|bo fi|tase fi|taswn i|petawn i|pe bawn i)(?:'n| yn) (?:farw|marw)\b/, 'self'],
  [/\b(?:rhywbeth|rywbeth|beth|be) (?:\w+ ){0,3}i (?:fi (?:fy|fi'n) |fy |fi'n )(?:hun|hunan)\b/, 'self'],
  [/\b(?:kill|killing|hurt|hurting|harm|harming) myself\b|\bkms\b/, 'self'],
  // wanting to die, or not to live
  [new RegExp(`\\b${WANT} (?:jyst |just |rili |wir )?(?:marw|farw|die)\\b`), 'first'],
  [new RegExp(`\\b${NOT} (?:yn )?(?:eisiau|isio|isie|moyn|mo'yn|am) (?:jyst )?${LIVE}\\b`), 'first'],
  [
    /\b(?:meddwl|feddwl|meddyliau|meddylie|cynllunio|gynllunio|ystyried) am (?:farw|marw|hunanladdiad|ddod a'r cyfan i ben|orffen pethau)\b|\bfy hunanladdiad\b/,
    'first',
  ],
  [/\b(?:hunanladdol|suicidal)\b/, 'first'],
  [/\b(?:hunan-?niweidio|hunan niweidio|self-?harm\w*)\b/, 'first'],
  [
    /\b(?:casau|gasau|dioddef) bod yn fyw\b|\b(?:blino|flinedig|llond bol|digon|tired) (?:ar|o|of) (?:fyw|fod yn fyw|byw|fywyd|bywyd|living)\b(?! (?:yn|mewn|gyda|efo|ar|drws|ym|yng)\b)/,
    'first',
  ],
  // no way on, no point, no future
  [
    /\b(?:methu|ffili|ddim yn gallu|dwi'm yn gallu|sa i'n gallu|sai'n gallu|smo fi'n gallu|alla i ddim|fedra i ddim|fedrai ddim|fedrwn i ddim|ni allaf) (?:(?:cario|gario|mynd|dal) (?:ymlaen|mlaen|ati)|barhau|parhau)\b/,
    'first',
  ],
  [/\b(?:methu|ffili) (?:cope|ymdopi|neud hyn|gwneud hyn) (?:rhagor|mwyach|anymore|ddim mwy)\b/, 'first'],
  [
    /\b(?:dim|sdim) (?:pwynt|rheswm|dyfodol|gobaith|pwrpas) (?:i fi|i mi|imi|i fyw|byw|fyw|bod yma|i fod yma|i fi fod)\b|\bdim (?:byd )?ar ol i (?:fi|mi)\b|\bnid oes (?:gennyf|gen i) (?:ddim )?(?:reswm|rheswm|obaith|gobaith)\b/,
    'first',
  ],
  [
    /\b(?:ddim|dim|methu|ffili) (?:yn )?(?:gweld|weld) (?:unrhyw |dim )?(?:ffordd (?:allan|mas|drwy|ymlaen)|dyfodol|pwynt (?:byw|i fyw|parhau|bod yma))\b|\bdim ffordd (?:allan|mas) heblaw\b/,
    'first',
  ],
  [/\b(?:faich|baich|burden) (?:ar|i|on)\b|\b(?:yn|'n) (?:faich|burden)\b|\bfel (?:baich|burden)\b/, 'first'],
  // others better off, nobody would notice
  [
    /\b(?:well|gwell|hapusach|haws|decach|better)(?: (?:eu|ei) byd| off)?(?: (?:i|i'r|for) \w+)? (?:heb(?:dda)? ?(?:i|fi)\b|heb fi\b|hebof\b|hebddo i\b|petawn i|taswn i|pe bawn i|os (?:ydw|bydda) i'n? (?:diflannu|mynd|marw)|without me)/,
    'self',
  ],
  [
    /\bneb (?:yn |'n )?(?:sylwi|malio|poeni|gweld (?:fy )?eisiau)\b[^.]{0,30}\b(?:taswn i|petawn i|faswn i|os bydda i|pan fydda i|fy eisiau i)\b|\bneb (?:yn |'n )?gweld fy eisiau\b/,
    'self',
  ],
  // not being here, not waking up, ending it
  [
    /\b(?:fydda|bydda) i (?:ddim )?(?:yma|ma|o gwmpas)\b[^.]{0,25}\b(?:erbyn|yn hir|hirach|mwyach|rhagor|i weld)\b|\bfydda i ddim (?:yma|ma) (?:fory|yfory)\s*(?:[.!]|$)/,
    'self',
  ],
  [
    /\bpeidio (?:a |ag )?(?:deffro|ddeffro)\b|\bbyth (?:yn )?(?:deffro|ddeffro|dod nol|dod yn ol)\b|\bna (?:fydda|wna|wnaf) i(?:'n)? (?:ddeffro|deffro)\b/,
    'first',
  ],
  [/\bsiomedig (?:fy mod i|bo fi|mod i) (?:wedi )?(?:deffro|ddeffro)\b/, 'self'],
  [
    /\bdod (?:a|ag) ?(?:'r|y)? ?(?:cyfan|cwbl|popeth|bopeth|pethau|bywyd|fy mywyd) i ben\b|\b(?:eisiau|isio|moyn|want) (?:fo|fe|e|hyn|popeth|i bopeth|i'r cyfan|i'r boen|iddo) (?:i gyd )?(?:ddod i ben|stopio|orffen)\b|\bending it all\b/,
    'first',
  ],
  [/\bdiflannu am byth\b|\bmynd i gysgu a (?:pheidio|byth)\b|\b(?:cysgu|gysgu) am byth\b/, 'first'],
  [
    /\b(?:dim|sdim) diben (?:byw|i fyw|i fi|i mi|parhau|bod yma)\b|\b(?:beth|be) (?:yw|ydy|di)'r pwynt (?:byw|mewn byw|i fi|bellach)\b|\bcolli'r (?:awydd|ewyllys) i fyw\b(?! (?:yn|mewn|ar|drwy|wrth)\b)|\b(?:ddim|dim) (?:awydd|ewyllys) (?:i )?fyw\b/,
    'first',
  ],
  [/\b(?:diweddu|terfynu|derfynu) (?:y cyfan|y cwbl|fy mywyd|popeth|bopeth)\b/, 'first'],
  [/\bfy mywyd (?:i )?(?:ar ben|yn ddiwerth|yn ddiystyr)\b/, 'self'],
  [/\bheno (?:di|yw|ydy|fydd|fydd hi)(?:'r| y) noson\b|\bfy (?:neges|noson) olaf\b|\bnadolig ola(?:f)? fi\b/, 'self'],
  [/\bddim (?:yn )?(?:saff|ddiogel) (?:gyda|efo|hefo) (?:fi|fy hun)\b|\bofn (?:beth|be) (?:wna|na|fydda) i\b/, 'self'],
  [/\b(?:cynilo|gynilo|hel|casglu|gasglu|stocio|cuddio|guddio) (?:fy )?(?:nhabledi|tabledi|dabledi|pils|bils|mhils|meds|moddion|foddion)\b/, 'first'],
  // "something stupid", "something final": the usual way of not saying it
  [/\b(?:neud|gwneud|wneud|gneud) (?:rhywbeth|rywbeth|rwbath|rwbeth|rhwbath) (?:gwirion|twp|stiwpid|dwl|ffol|terfynol)\b/, 'first'],
  // asking God to take me, praying not to wake
  [/\b(?:gofyn|gweddio|erfyn)\b[^.]{0,20}\b(?:fy nghymryd|mynd a fi|fynd a fi|beidio (?:a |ag )?(?:deffro|dihuno))\b/, 'first'],
  // one's own funeral, a last note
  [/\bfy angladd\b|\b(?:nodyn|llythyr) (?:ola|olaf|ffarwel)\b/, 'first'],
  // self-harm now: cutting, scratching or burning again, every night, until it bleeds, one's own skin
  [
    /\b(?:torri|crafu|llosgi|pigo)(?: (?:eto|bob nos)\b| [^.]{0,20}\b(?:nes (?:bod|i) \w+ (?:gwaedu|waedu)|(?:fy|'y) (?:nghroen|mreichiau|mraich|nghoesau|nghoes|ngarddwrn))\b)/,
    'first',
  ],
  // wanting to disappear (not "for a week", "to the sun")
  [new RegExp(`\\b${WANT} (?:jyst |just )?(?:diflannu|ddiflannu)\\b(?! (?:i|am|i'r|ar|tan|dros|o'r|o dan|dan)\\b)`), 'first'],
];

// Means and methods, in any person (held as 'method').
const METHODS: RegExp[] = [
  /\bfaint o (?:\w+ ){0,3}(?:barasetamol|paracetamol|dabledi|tabledi|bils|pils|inswlin|forffin|morffin|co-codamol|alcohol|fodca)\b[^.?]*\b(?:marw|farw|ladd|lladd|ddigon|deffro|ddeffro|orddos|gorddosio|orddosio)\b/,
  /\bpa (?:bont|dabledi|gyffuriau|ffordd|glogwyn|adeilad|bils)\b[^.?]*\b(?:uchel|marw|farw|ladd|lladd|gyflym|boen|poen|siwr|peryglus)\b/,
  /\b(?:prynu|prynais|cadw|cuddio|clymu|ffeindio|rhaff|llafn|llafnau|rasel|gwregys|pibell|gwn)\b[^.]{0,40}\b(?:rhaff|llafn|llafnau|rasel|cwlwm crogi|bachyn|canllaw|garej|sied|barod|matres|cas pensil)\b/,
  /\b(?:neidio|camu|cerdded|gyrru)\b[^.]{0,20}\b(?:oddi ar|o flaen|i mewn i|i'r|i)\b[^.]{0,20}\b(?:bont|pont|clogwyn|glogwyn|tren|lori|mor|afon|adeilad|maes parcio|to)\b/,
  /\b(?:torri|dorri|llosgi|losgi) (?:fy|'yn) (?:mreichiau|mraich|nghoesau|nghoes|arddwrn|ngarddwrn|nghroen)\b[^.]*\b(?:llafn|rasel|cyllell|taniwr|leitar|sigarets|bob nos|eto)\b/,
  /\b(?:gwaedu i farwolaeth|cwlwm crogi|gorddosio ar|lethal dose)\b/,
];

// Negation, less "na" (also "than": "yn waeth na ddoe") and "does" (as in "does neb")
const NEGATION = /^(?:ddim|dim|nid|nad|byth|erioed|heb|dwi'm|sa|smo|sdim|dyw|dydw|dydy|dydi|doedd|do'n|doeddwn)$/;
// A subject of talk, not a state: "postio am hunan-niweidio", "ymateb i feddyliau hunanladdol", "atal hunanladdiad"
const TOPIC = /\b(?:am|o|ar|atal|ynghylch|ymwybyddiaeth|ymateb i|delio (?:efo|a|gyda))\s+(?:\w+\s+){0,3}$/;
const CLAUSE = /,|;|:| - |\b(?:ond|achos|oherwydd|felly|pan|tra)\b/g;
const QUOTE_CUE = /\b(?:fel|megis|er enghraifft|geiriau|negeseuon|postiadau|sylwadau|iaith|enghreifftiau|pethau)\s*["']\s*[^"']*$/;
const ADVICE = /\b\w+wch\b|\b(?:dylai|dylech|dylid|dylen|rhaid i chi|mae'n bwysig|arwyddion|polisi|protocol|hyfforddiant|asesiad|canllawiau)\b/;
const RETRACT =
  /\b(?:ddim|dim) (?:yn )?o ddifri\b|(?<!(?:dim|ddim|nid) )\bjoc(?:i|ia|io)n\b|\btynnu coes\b|\bddim yn (?:ei )?(?:feddwl|golygu) (?:o|e|fe|hynny)\b|\bddim yn llythrennol\b/;
const HYPOTHETICAL = /\bos (?:bydda|byddwn|ydw|dw|wyt|yw|ydy) i\b|\b(?:petawn|taswn) i'n? (?:teimlo|meddwl)\b/;
const PAST =
  /\b(?:o'n i|ro'n i|roeddwn|roedd|oedd|nes i|wnes i|ces i|ges i|ceisiais|geisiais|triais|arfer|bues i|fues i|doeddwn|do'n i|cofio|gofio|nath|wnaeth)\b/;
const PRESENT = /\b(?:nawr|rwan|heno|heddiw|eto|ers wythnos|y dyddiau (?:hyn|yma)|ar hyn o bryd|o hyd)\b/;
const RECOVERY =
  /\b(?:dw i'n (?:iawn|well|saff|hapus)|dwi'n (?:iawn|well|saff|hapus)|wedi gwella|gwella|yn glir|mewn lle (?:da|gwell)|falch (?:fy mod i|bo fi|mod i)|(?:ges|ces|cael) (?:i )?help|therapi|heddiw (?:dw i|dwi)|erbyn hyn|bywyd arall|(?:flynedd|mlynedd|flwyddyn) wedyn)\b/;
const FIGURATIVE =
  /\b(?:isio|eisiau|moyn) marw (?:pan|o gywilydd|o embaras)\b|\bmarw o (?:gywilydd|embaras|chwerthin|ddiflastod)\b|\bbron (?:i (?:fi|mi) )?(?:golli|colli)'r awydd i fyw\b/g;

const words = (s: string) => s.match(/[a-z]+(?:'[a-z]+)?|["']/g) ?? [];

/** The last person named before a point: '1' the author, '3' someone else, '' nobody. */
function lastPerson(prefix: string): '1' | '3' | '' {
  let who: '1' | '3' | '' = '';
  const ws = words(prefix);
  ws.forEach((w, i) => {
    // "fy" says whose, not who: "mae'r bachgen yn fy nosbarth i…", "mae fy ffrind…"
    if (w === 'fy' || (w === "i'n" && ws[i - 2] === 'fy')) return;
    const p = welshPerson(ws[i - 1], w);
    if (p === '1' || p === '3') who = p;
  });
  return who;
}

function clauseStart(s: string, upto: number): number {
  let at = 0;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(s); m !== null && m.index < upto; m = CLAUSE.exec(s)) at = m.index + m[0].length;
  return at;
}

function reported(prefix: string): boolean {
  const ws = words(prefix);
  let who = '';
  for (const [i, w] of ws.entries()) {
    if (WELSH_REPORTED.test(w)) return true;
    const p = welshPerson(ws[i - 1], w);
    if (p === '1' || p === '3') who = p;
    if (who === '3' && WELSH_REPORTING.test(w)) return true;
  }
  // inside quotation marks opened before the phrase
  const quotes = ws.filter((w) => w === '"' || w === "'").length;
  return quotes % 2 === 1 || QUOTE_CUE.test(prefix);
}

function survives(s: string, at: number, need: Need, pastText: boolean, next: string): boolean {
  const prefix = s.slice(0, at);
  const who = lastPerson(prefix);
  // a phrase that says "I" itself ("well eu byd hebdda i") may follow others ("byddai'r plant…")
  if (who === '3' && need !== 'self') return false;
  // retracted in the same sentence or the next ("Be di'r pwynt byw heb goffi? Jocian.")
  if (RETRACT.test(s) || RETRACT.test(next)) return false;
  if (need === 'first' && who !== '1' && !/^\s*(?:dwi'm|sa i|smo fi|so fi|methu|ffili)/.test(s.slice(at))) {
    // no person at all: kept only in a short, bare sentence ("isio cysgu a byth deffro"), not in advice
    if (ADVICE.test(s) || words(s).length > 12) return false;
  }
  if (reported(prefix)) return false;
  if (need === 'first' && TOPIC.test(prefix) && !/\bfy\s+\w+\s+$/.test(prefix)) return false;
  if (who !== '1' && ADVICE.test(s)) return false;
  // negated between the author and the phrase ("dw i ddim yn hunanladdol", "nid meddwl am farw ydw i")
  const start = clauseStart(s, at);
  const window = words(s.slice(start, at).replace(/\bdim ond\b/g, ' '));
  if (window.some((w) => NEGATION.test(w))) return false;
  if (HYPOTHETICAL.test(s.slice(start, at))) return false;
  // past, with a distant time or recovery in the answer, and nothing saying now
  CLAUSE.lastIndex = at;
  const clause = s.slice(start, CLAUSE.exec(s)?.index ?? s.length);
  if (/\barfer\b/.test(s.slice(start, at))) return false;
  if (PAST.test(s.slice(start, at + 40)) && pastText && !PRESENT.test(clause)) return false;
  // a distant time in the sentence ("dwi di bod yno, isio marw"), and no present
  if (WELSH_DISTANT.test(s) && !PRESENT.test(s) && !/\b(?:dw i|dwi'n|rwy'n|wi'n|dw i'n)\b/.test(s.slice(start, at))) return false;
  return true;
}

/** The first sentence of a Welsh answer that suggests its author is at risk now, or describes a method. */
export function detectWelshByRules(sentences: readonly Sentence[]): { kind: 'at-risk' | 'method'; start: number; end: number } | null {
  const all = sentences.map((x) => x.norm).join(' ');
  const pastText = WELSH_DISTANT.test(all) || RECOVERY.test(all);
  let atRisk: { kind: 'at-risk'; start: number; end: number } | null = null;
  for (const [i, sen] of sentences.entries()) {
    const s = sen.norm.replace(WELSH_CLITIC, '$1').replace(FIGURATIVE, (m) => ' '.repeat(m.length));
    // means named in advice, in someone else's report, or in a recovered past are not held by the rules
    const method = METHODS.map((re) => re.exec(s)).find((m) => m !== null);
    if (method) {
      const prefix = s.slice(0, method.index);
      const advice = ADVICE.test(s) && lastPerson(s) !== '1';
      const others = lastPerson(prefix) === '3' || reported(prefix);
      const past = PAST.test(s) && pastText && !PRESENT.test(s);
      if (!advice && !others && !past) return { kind: 'method', start: sen.start, end: sen.end };
    }
    if (atRisk) continue;
    for (const [re, need] of CORES) {
      const m = re.exec(s);
      if (m && survives(s, m.index, need, pastText, sentences[i + 1]?.norm ?? '')) {
        atRisk = { kind: 'at-risk', start: sen.start, end: sen.end };
        break;
      }
    }
  }
  return atRisk;
}
