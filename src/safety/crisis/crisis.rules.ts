// SG-1 crisis hold: does an answer suggest that its AUTHOR may be at risk now, or describe methods?
//
// Rules only, no dependencies. Stages:
//  1. Split the text into sentences, keeping UTF-16 offsets into the original.
//  2. Normalise each sentence (lower-case, straight quotes, collapse letter runs, common misspellings
//     and text-speak: "myslef", "wanna", "cant", "dont", "im", "ive", "any more" …).
//  3. Method: means/doses/how-to of self-harm or suicide in any person → kind 'method'.
//  4. Remove figures of speech ("killing myself trying to…", "rather die than…", "career suicide").
//  5. Find crisis cores ("kill myself", "don't want to be here", "better off without me", "suicidal" …).
//     Reflexive cores (myself / my life / without me) carry their own first person; the others need the
//     nearest subject before them to be "I"/"me" (or no subject at all: "cant go on").
//  6. Drop a core if it is negated ("I'm not suicidal", "I never wanted to…"), reported or quoted from
//     someone else ("a client posted 'I want to die'"), hypothetical ("if I ever felt…"), or past and
//     recovered (past tense plus a distant time marker or a recovery cue, with no present/recent cue).
//  7. Fallback (no core survived): a wider set of risk concepts (crisis.concepts.ts FALLBACK_TERMS: endings,
//     goodbyes, plans, burden, hopelessness with finality, self-injury, being unsafe) held when the nearest
//     person before it is the author, or nobody else is named, and it survives the checks of stage 6, an
//     advice/professional frame check and a "my phone is dying" check. Generic subjects that include the
//     author ("anyone else…?", "you ever…? That's me") and later identification ("Lately I feel the same")
//     count as first person.
// Word lists and patterns: crisis.phrases.ts (normalisation incl. one-edit misspellings of risk words, methods,
// figures of speech, cores) and crisis.concepts.ts (wider concepts, means+context method shapes, advice frames,
// and a cheap stem GATE that skips sentences no pattern can match).
// The first sentence with a surviving core (or a method) is returned; method wins over at-risk.

import { ADVICE_FRAME, FALLBACK_TERMS, GATE, MEANS_METHODS, METHOD_ADVICE, OTHER_SUBJECT } from './crisis.concepts.ts';
import { c, CORES, FIGURATIVE, METHOD_RES, normalise, type Core } from './crisis.phrases.ts';
import { readsAsWelsh } from './crisis.welsh.ts';
import { detectWelshByRules } from './crisis.welsh-rules.ts';

export type CrisisKind = 'at-risk' | 'method';
export interface CrisisFinding {
  kind: CrisisKind;
  /** UTF-16 offsets of the sentence that triggered it, in the text given */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  norm: string;
}

// ---------- 1. sentences ----------

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]*(?:[.!?]+(?=\s|$|["'”’)])["'”’)]*|\n|$)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, norm: normalise(text.slice(s, e)) });
  }
  return out;
}

// ---------- 6. cues ----------

const SUBJECT =
  /\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|us|you|you're|you've|your|he|he's|she|she's|they|they're|they've|them|him|her|it|it's|someone|somebody|anyone|anybody|everyone|everybody|people|person|client|clients|patient|patients|resident|residents|service users?|users?|friends?|son|daughter|mother|mum|father|dad|husband|wife|partner|brother|sister|child|children|kid|kids|teenagers?|man|woman|men|women|boy|girl|colleagues?|followers?|individuals?|who|those|many|one|staff|nurse|worker|carer|carers|family|families|student|students|young people|young person|lad|lady|gentleman|tenant|member|neighbour|neighbours|flatmate|housemate|mate|mates|aunt|uncle|cousin|nan|gran|grandad|grandma|grandpa|niece|nephew|boyfriend|girlfriend|fiance|fiancee|pupil|pupils|learner|mentee|caller|callers|youngster|teen|veteran|relative|relatives|grandson|granddaughter|stepson|stepdaughter|sibling|siblings)\b/g;
const FIRST = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my']);
const OBJECT_ONLY = new Set(['me', 'my', 'us', 'them', 'him', 'your']);

const REPORT =
  /\b(?:said|says|saying|posted|posting|wrote|writes|writing|tweeted|tweets|tweeting|messaged|messaging|texted|texting|told|tells|telling|mentioned|mentions|mentioning|shared|shares|disclosed|discloses|disclosing|commented|replied|replies|put|puts|typed|shouted|screamed|asked|asks|asking|admitted|admits|stated|reported|claimed|threatened|threatens|threatening|announced|rang|phoned|called|emailed|dm'd|dmed|sent|hinting|hinted|hints|expressed|expresses|expressing|talks|talking|talked|spoke|speaks)\b/g;
const QUOTE_CUE =
  /\b(?:phrases? like|words like|such as|e\.?g\.?|things like|comments? like|statements? like|posts? like|messages? like|something like|lines like|for example|for instance|language like|saying things like)\b/;
const NEG = /\b(?:not|never|no longer|no intention|won't|wouldn't|don't|didn't|isn't|wasn't|haven't|hasn't|aren't|nor|neither|nothing like|far from)\b|n't\b/;
const NEG_WIDE =
  /\b(?:never|didn't|did not) (?:said|say|wrote|write|meant|posted)\b|\b(?:isn't|not|wasn't) (?:me |that i'm |because i'm )?saying\b|\b(?:stopped|kept|saved|prevented|talked) me (?:from|out of)\b|\b(?:not|never|n't|don't|doesn't|didn't) (?:saying|say|that|mean|meaning|think|believe|suggesting|implying|claiming)\b|\bnot (?:because|as if|like)\b|\bdoesn't mean\b|\bthat's not to say\b|\bno longer (?:feel(?:ing)?|am) \b|\bnot (?:feel(?:ing)?|am) (?:like that|that way|suicidal|at risk|in danger)\b|\bi'm not\b[^,;]*\b(?:or|nor)\b/;
const NEG_EXEMPT =
  /\b(?:can't|couldn't) (?:stop|help|get (?:rid of|away from|out of my head)|shake|switch off)\b|\bdon't know\b|\bdon't (?:care|even)\b|\bno matter\b|\bnot sure (?:if|whether|why|how)\b|\bcan't see\b|\bi don't think i can\b|\bcan't (?:say|explain|tell anyone)\b|\bhaven't told\b|\bnot (?:just|only|sure)\b|\bnobody knows\b|\bno one knows\b/g;
const RETRACT =
  /\b(?:didn't|did not|don't) (?:really )?mean (?:it|that)\b|\b(?:was|were|i'm|only|just) joking\b|\bnot (?:literally|seriously)\b|\bnot (?:really|actually) (?:suicidal|going to|wanting|want|planning|thinking|meaning|mean|serious|in danger|at risk)\b|\bnot in a (?:suicidal|serious|bad) way\b|\bjust an expression\b|\bfigure of speech\b|\bhyperbole\b/;
const HYPOTHETICAL =
  /\b(?:if i (?:ever|were|was ever|should ever|started|start|became|ever felt|ever feel)|should i ever|in case i (?:ever )?|if i'd|if it ever gets|if things ever)\b/;
const DISTANT =
  /\b(?:\w+ years? ago|years ago|months ago|a long time ago|long ago|when i was (?:younger|young|a teenager|a teen|a kid|a child|little|at (?:school|uni|university|college)|\d+|in my|first|diagnosed|told|ill|unwell|really unwell|poorly|at my)|when i (?:got|had|lost|left|found out|first)\b|used to|back then|back in|in the past|at the time|at that time|at that point|as a (?:teenager|teen|child|kid|student|young (?:man|woman|person)|younger)|in my (?:teens|twenties|thirties|forties|youth|late|early|younger)|at my (?:lowest|worst)|during (?:that|my|the|those) (?:time|period|illness|breakdown|year|years|months|episode|dark)|before i (?:got|found|had|started|was)|previously|at one (?:point|stage|time)|at school|at uni|at university|during lockdown|during covid|(?:in|back in|around) (?:19|20)\d\d|\d+ years? (?:back|before)|for (?:a|some) (?:long )?(?:time|while|period) (?:after|when)|after (?:my|the) (?:\w+ ){0,3}(?:died|passed|death|divorce|diagnosis|breakdown)|those days|that time|that period|once felt|i've been there|been there myself|in those years|many years|last decade|a decade ago|as a young|(?:a few|a couple of|some|several|many|\w+) (?:years?|months?|decades?) (?:back|ago|on|earlier|before)|years on|(?:\w+ )?years later|when i was \w+|in (?:my|our) (?:teens|twenties|thirties|student days|school days)|after (?:my|the) (?:\w+ ){0,3}(?:was born|birth|redundancy|breakup|break-up|miscarriage|loss)|that was (?:a|the) (?:dark|bad|hard|difficult|low|long) (?:time|period|patch|year|phase)|a dark time|a dark period|a dark place|when i was at my lowest|at rock bottom|in the early days|back when|there was a time|i've been (?:\w+ ){0,2}before)\b/;
const RECOVERY =
  /\b(?:what helped|helped me|got better|i recovered|recovered|recovery|came through|got through|pulled through|survived|i'm (?:in a )?(?:much )?(?:better|good|safe|happier) (?:place )?now|i'm (?:doing )?(?:well|ok|okay|fine|better|alright|good|safe|happy) now|now i'm|now i|these days|looking back|lived experience|i'm still here|glad i'm (?:still )?here|glad i stayed|glad i didn't|today i|nowadays|i've since|since then|it gets better|it does get better|it got better|in recovery|i'm through it|out the other side|the other side|i no longer|really helped|helped a lot|that helped|which helped|(?:therapy|medication|counselling|support|treatment|time|talking) (?:\w+ )?helped|turned (?:it|things|my life) around|i'm well|i'm happily|glad i stayed|haven't (?:for|since|in)|passed with (?:time|help|support)|that passed|it passed|talk about it (?:openly|now)|i got help|got the help|much better place|better place now|i'm in a (?:good|better) place|now i (?:run|work|volunteer|help|train|support)|happily married|i'm thriving|well these days|i'm okay now|(?:very |so |completely )?different now|not where i am|that chapter|chapter is closed|safe and well|how far i've come|i'm now an?|behind me now|a survivor|\w+ years (?:clean|free|on))\b/;
const PRESENT_TIME =
  /\b(?:now|right now|at the moment|currently|these days|lately|recently|again|today|tonight|tomorrow|this (?:week|month|morning|evening|afternoon|year)|still|anymore|constantly|keep|keeps|can't stop)\b/;
const RECENT =
  /\b(?:last night|yesterday|this (?:morning|week|afternoon|evening)|earlier today|an hour ago|few hours ago|last week|just now|again|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend)\b/;
const PAST_VERB =
  /\b(?:was|were|felt|wanted|tried|attempted|had|thought|used to|did|went|became|got|took|started|considered|planned|overdosed|hurt|harmed|cut|self-harmed|wished|couldn't|didn't|would|wrote|saw|could|'d|i'd been|had been|struggled|battled|suffered|dealt|went through|spent|made|once|was hurting|was cutting|were constant|remember|recall|remembered)\b/;
const PRESENT_VERB =
  /\b(?:am|i'm|feel|feeling|want|wanting|keep|keeps|still|i've|have been|has been|can't|will|i'll|going to|need|plan|planning|think|thinking|is|are|wish|just want|don't)\b/;
const CLAUSE_BOUNDARY = /,|;|:| - | – | — |\bbut\b|\band\b|\bso\b|\bbecause\b|\bwhen\b|\bwhile\b|\bthough\b|\balthough\b|\bwhich\b|\bhowever\b/g;
const GENERIC_AFTER =
  /^\s*(?:is|are|can|can be|was|isn't|should|does|affects|happens|means|thoughts? (?:is|are)|feelings? (?:is|are)|people|clients|patients|service users|individuals|person|posts?|content|messages?|comments?|behaviour|language|risk|crisis|ideation|disclosures?|thoughts|feelings|urges|behaviours?|risks?|awareness|prevention|training|policy|policies|services?|teams?|protocols?|guidance|pathways?|procedures?|kits?|management|support|figures|rates|statistics|cases|deaths|helplines?|response|plans?|assessments?|screening|leaflets?)\b/;

function lastClauseStart(s: string, upto: number): number {
  let pos = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(s); m !== null && m.index < upto; m = CLAUSE_BOUNDARY.exec(s)) pos = m.index + m[0].length;
  return pos;
}

function nextClauseEnd(s: string, from: number): number {
  CLAUSE_BOUNDARY.lastIndex = from;
  const m = CLAUSE_BOUNDARY.exec(s);
  return m ? m.index : s.length;
}

/** Subject tokens in `s` with their positions. */
const DUMMY_IT =
  /^\s*(?:would|'d|is|was|will|feels|seems|might|could)?\s*(?:be)?\s*(?:so |too |very |really |more |much )?(?:easy|easier|better|simpler|tempting|best|kinder|quicker|nice|peaceful|time)\b/;

function subjects(s: string): { tok: string; index: number }[] {
  const out: { tok: string; index: number }[] = [];
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(s); m !== null; m = SUBJECT.exec(s)) {
    // dummy "it": "how easy it would be to…", "it's tempting to…" is not a person
    if (
      (m[0] === 'it' || m[0] === "it's") &&
      (DUMMY_IT.test(s.slice(m.index + m[0].length)) || /\b(?:how|so|too) (?:easy|easier|simple|tempting|quick|nice|peaceful)\s*$/.test(s.slice(0, m.index)))
    )
      continue;
    if ((m[0] === 'my' || m[0] === 'me') && /\b(?:on|in|at|of|from|with|to|for|about|into|by) $/.test(s.slice(0, m.index))) continue;
    out.push({ tok: m[0], index: m.index });
  }
  return out;
}

function isReportedByOther(prefix: string): boolean {
  if (QUOTE_CUE.test(prefix)) return true;
  REPORT.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = REPORT.exec(prefix); m !== null; m = REPORT.exec(prefix)) last = m;
  if (!last) {
    // a quotation mark opened before the core with no first-person speaker before it
    const q = Math.max(prefix.lastIndexOf('"'), prefix.lastIndexOf(" '"));
    if (q >= 0 && (prefix.split('"').length % 2 === 0 || prefix.lastIndexOf(" '") === q)) {
      const subj = subjects(prefix.slice(0, q)).filter((x) => !OBJECT_ONLY.has(x.tok));
      const who = subj[subj.length - 1];
      return !who || !FIRST.has(who.tok);
    }
    return false;
  }
  const before = prefix.slice(0, last.index);
  const subj = subjects(before).filter((x) => !OBJECT_ONLY.has(x.tok));
  const who = subj[subj.length - 1];
  if (!who)
    return (
      /\b(?:a|the|this|that|their|his|her|your) (?:post|tweet|message|comment|status|update|account|text|email|note|profile|story|video)s?\b/.test(before) ||
      /^\s*(?:if|when|someone|people)\b/.test(before)
    );
  return !FIRST.has(who.tok);
}

function coreSurvives(s: string, core: Core, mi: number, ml: number, prevDistant: boolean, textRecovery: boolean): boolean {
  const prefix = s.slice(0, mi);
  const coreText = s.slice(mi, mi + ml);
  const suffix = s.slice(mi + ml);
  // who is speaking
  const subj = subjects(prefix);
  const lastSubj = subj[subj.length - 1];
  let windowStart = 0;
  if (!core.self) {
    if (lastSubj) {
      if (!FIRST.has(lastSubj.tok)) return false;
      windowStart = lastSubj.index + lastSubj.tok.length;
    } else if (GENERIC_AFTER.test(suffix)) return false;
  } else {
    const firsts = subj.filter((x) => FIRST.has(x.tok));
    const lf = firsts[firsts.length - 1];
    if (lf) windowStart = lf.index + lf.tok.length;
    else windowStart = lastClauseStart(s, mi);
    // "she said she'd kill myself" is odd; "tell him to kill himself" never matches
    if (
      lastSubj &&
      !FIRST.has(lastSubj.tok) &&
      /\b(?:he|she|they|someone|client|patient|person|who)\b/.test(s.slice(lastSubj.index, mi)) &&
      REPORT.test(s.slice(lastSubj.index, mi))
    ) {
      REPORT.lastIndex = 0;
      return false;
    }
    REPORT.lastIndex = 0;
  }
  if (isReportedByOther(prefix)) return false;
  // advice / professional framing with no first person anywhere in the sentence
  if (!subjects(s).some((x) => FIRST.has(x.tok)) && ADVICE_FRAME.test(s)) return false;
  // negation between the subject and the core
  const clauseStart = lastClauseStart(s, mi);
  const window = s.slice(Math.max(windowStart, Math.min(clauseStart, windowStart === 0 ? clauseStart : windowStart)), mi).replace(NEG_EXEMPT, ' ');
  if (NEG.test(window)) return false;
  const clausePrefix = s.slice(clauseStart, mi).replace(NEG_EXEMPT, ' ');
  if (NEG_WIDE.test(s.slice(0, mi).replace(NEG_EXEMPT, ' ')) && !/\bbut\b/.test(s.slice(0, mi))) return false;
  if (/^\s*(?:not|never|no)\b/.test(clausePrefix)) return false;
  if (RETRACT.test(s)) return false;
  if (HYPOTHETICAL.test(prefix)) return false;
  // past and recovered
  const clauseEnd = nextClauseEnd(s, mi + ml);
  const clause = s.slice(clauseStart, clauseEnd);
  const verbZone = `${s.slice(windowStart || clauseStart, mi)} ${coreText}`;
  const recent = RECENT.test(clause);
  if (!recent) {
    const distant = DISTANT.test(s);
    const zone = s.slice(windowStart || clauseStart, mi);
    const past = PAST_VERB.test(verbZone) && (!PRESENT_VERB.test(zone) || /\b(?:did|had|used to|was|were|remember|remembered)\b/.test(zone));
    const presentTime = PRESENT_TIME.test(clause);
    if (/\bused to\b/.test(verbZone) && !presentTime) return false;
    if (past && !presentTime && (distant || prevDistant || textRecovery)) return false;
    if (distant && !presentTime && !PRESENT_VERB.test(s.slice(windowStart || clauseStart, mi)) && !/\b(?:i'm|i've|can't|don't)\b/.test(coreText)) {
      if (past || textRecovery) return false;
    }
  }
  return true;
}

function stripFigurative(s: string): string {
  let t = s;
  for (const re of FIGURATIVE) {
    re.lastIndex = 0;
    t = t.replace(re, (m) => ' '.repeat(m.length));
  }
  return t;
}

/** Whether the answer suggests its author may be at risk now, or describes methods; the first triggering sentence. */
export function detectByRules(text: string): CrisisFinding | null {
  if (!text?.trim()) return null;
  const sentences = splitSentences(text);
  // a Welsh answer has Welsh rules of its own (SG-1a)
  if (readsAsWelsh(text)) return detectWelshByRules(sentences);
  const lowerAll = sentences.map((x) => x.norm).join(' ');
  const textRecovery = RECOVERY.test(lowerAll);
  let atRisk: CrisisFinding | null = null;
  let prevDistant = false;
  for (const sen of sentences) {
    const s = sen.norm;
    if (!GATE.test(s)) {
      prevDistant = DISTANT.test(s) && !PRESENT_TIME.test(s);
      continue;
    }
    const advice = METHOD_ADVICE.test(s) && !/\b(?:i'm|i've|i'll|i)\b/.test(s);
    const pastRecovered =
      textRecovery && (DISTANT.test(s) || prevDistant) && PAST_VERB.test(s) && !/[?]|\bhow\b|\b(?:tonight|tomorrow|going to|will|i'll)\b/.test(s);
    const report3 =
      /\b(?:he|she|they|his|her|their|himself|herself|themselves)\b/.test(s) &&
      /\b(?:tried|took|jumped|stepped|used|cut|hanged|was|were|had|did|overdosed|attempted|died)\b/.test(s) &&
      !/[?]|\bhow\b|\b(?:i|i'm|i've|i'll|my)\b/.test(s);
    for (const re of METHOD_RES) {
      if (!advice && !pastRecovered && !(report3 && MEANS_SET.has(re)) && re.test(s)) return { kind: 'method', start: sen.start, end: sen.end };
    }
    if (!atRisk) {
      const t = stripFigurative(s);
      outer: for (const core of CORES) {
        const re = core.g;
        re.lastIndex = 0;
        for (let m = re.exec(t); m !== null; m = re.exec(t)) {
          if (coreSurvives(t, core, m.index, m[0].length, prevDistant, textRecovery)) {
            atRisk = { kind: 'at-risk', start: sen.start, end: sen.end };
            break outer;
          }
          if (m[0].length === 0) re.lastIndex++;
        }
      }
    }
    prevDistant = DISTANT.test(s) && !PRESENT_TIME.test(s);
  }
  return atRisk ?? fallback(sentences, textRecovery);
}

const MEANS_SET = new Set<RegExp>(MEANS_METHODS);
const FALLBACK_CORE: Core = c(/x/, true);
const ANY_FIRST = /\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b/;

/** Looser risk concepts held when the author is the only candidate subject (see FALLBACK_TERMS). */
const SELF_INCLUDING = /\b(?:does |do )?anyone else\b|\bam i the only one\b|\bis it (?:normal|wrong|bad|weird|ok|okay|just me) (?:to|that)\b|\bdoes everyone\b/;
const IDENTIFIES = /^(?:that's|this is|that is|that was|it's) (?:me|how i feel|what i feel)\b|^(?:same|me too|same here|relatable|story of my life)\b/;

function fallback(sentences: Sentence[], textRecovery: boolean): CrisisFinding | null {
  let prevDistant = false;
  for (let si = 0; si < sentences.length; si++) {
    const sen = sentences[si]!;
    // "anyone else…?", "you ever…? That's me": the author includes themselves in a generic subject
    const selfIncluding = SELF_INCLUDING.test(sen.norm) || IDENTIFIES.test(sentences[si + 1]?.norm ?? '');
    if (!GATE.test(sen.norm)) {
      prevDistant = DISTANT.test(sen.norm) && !PRESENT_TIME.test(sen.norm);
      continue;
    }
    const t = stripFigurative(sen.norm);
    FALLBACK_TERMS.lastIndex = 0;
    for (let m = FALLBACK_TERMS.exec(t); m !== null; m = FALLBACK_TERMS.exec(t)) {
      const prefix = t.slice(0, m.index);
      // the nearest person before the concept must be the author (or nobody, if nobody else is named)
      let lastOther = -1;
      OTHER_SUBJECT.lastIndex = 0;
      for (let o = OTHER_SUBJECT.exec(prefix); o !== null; o = OTHER_SUBJECT.exec(prefix)) lastOther = o.index;
      let lastFirst = -1;
      const fm = [...prefix.matchAll(/\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b/g)].filter(
        (x) => !/\b(?:on|in|at|of|from|with|to|for|about|into|by|tagged|told|asked) $/.test(prefix.slice(0, x.index)),
      );
      if (fm.length) lastFirst = fm[fm.length - 1]!.index!;
      const hasFirst = lastFirst >= 0 || ANY_FIRST.test(t.slice(m.index));
      if (!selfIncluding && lastOther > lastFirst) continue;
      // "my phone is dying": a possessed thing, not the author, is the subject of the concept
      if (
        /\b(?:my|our|the|this|that) (?!self\b|thoughts\b|mind\b|head\b|brain\b)[\w-]+(?: [\w-]+)? (?:is|was|are|were|has been|had been|keeps|kept|'s|seems|looks)(?: \w+)? ?$/.test(
          prefix,
        )
      )
        continue;
      if (!hasFirst && !selfIncluding && /\byou\b/.test(t.replace(/\b(?:thank you|you all|love you|all of you|to you|bless you|miss you|see you)\b/g, '')))
        continue;
      OTHER_SUBJECT.lastIndex = 0;
      if (!hasFirst && !selfIncluding && (OTHER_SUBJECT.test(t) || GENERIC_AFTER.test(t.slice(m.index + m[0].length)))) continue;
      if (coreSurvives(t, FALLBACK_CORE, m.index, m[0].length, prevDistant, textRecovery)) return { kind: 'at-risk', start: sen.start, end: sen.end };
    }
    prevDistant = DISTANT.test(sen.norm) && !PRESENT_TIME.test(sen.norm);
  }
  // "Clients tell me they want to die. Lately I feel the same.": the author identifies with an earlier risk concept
  for (let si = 1; si < sentences.length; si++) {
    if (!SAME_AS_ABOVE.test(sentences[si]!.norm)) continue;
    for (let pj = 0; pj < si; pj++) {
      FALLBACK_TERMS.lastIndex = 0;
      if (FALLBACK_TERMS.test(stripFigurative(sentences[pj]!.norm)) || CORES.some((k) => k.re.test(sentences[pj]!.norm))) {
        FALLBACK_TERMS.lastIndex = 0;
        return { kind: 'at-risk', start: sentences[si]!.start, end: sentences[si]!.end };
      }
    }
  }
  FALLBACK_TERMS.lastIndex = 0;
  return null;
}

const SAME_AS_ABOVE =
  /\b(?:i (?:feel|am feeling|'ve been feeling|have been feeling) (?:the same|that way|exactly that|like that|it too)|i'm feeling (?:the same|that way|like that)|(?:lately|honestly|these days|right now|tbh),? (?:so do i|me too|same)|i'm (?:the same|there too|there right now|in that place)|that's (?:me|where i am) (?:right now|now|at the moment|too)|i know (?:that|the) feeling (?:right now|at the moment|too well lately))\b/;
