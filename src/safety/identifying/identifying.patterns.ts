// The matchers behind findIdentifying: each returns candidate spans of one kind, possibly
// overlapping other kinds' candidates; identifying.ts decides between them. Plain regular
// expressions plus small checks in code (mod-11, day/month ranges, stop-words), no Node imports.
import type { IdentifyingKind, IdentifyingSpan } from './identifying.kinds.ts';

export type Matcher = (text: string) => IdentifyingSpan[];

/** False where this JavaScript engine lacks a RegExp feature used here (lookbehind: Safari before 16.4). */
export let patternsSupported = true;

// Patterns using lookbehind or the d flag are compiled here rather than written as literals, so an
// older browser loads the bundle (and simply shows no hints) instead of failing to parse it.
function re(source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    patternsSupported = false;
    return /(?!)/g;
  }
}

function span(kind: IdentifyingKind, start: number, end: number): IdentifyingSpan {
  return { kind, start, end };
}

// Top-level domains accepted on a bare domain (no scheme, no www.). Deliberately short: no
// English words such as .it/.is/.in/.to, and no file extensions, so "e.g.", "report.pdf" or "Node.js" stay text.
const tlds = 'com|org|net|edu|gov|uk|io|info|ie|eu|app|dev|co|ly|gl|tv|scot|wales|cymru|london|health|online|site|blog|social|xyz|ai|me|be';
const tldSet = new Set(tlds.split('|'));

// ---- email --------------------------------------------------------------------------------
const emailRe = re(
  String.raw`[A-Za-z0-9](?<![\w.+@-][A-Za-z0-9])[\w.+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![\w-])`,
  'g',
);
// "jane [at] example.org", "jane (at) example [dot] org", "jane at gmail dot com": spelled out to
// dodge spam filters. Plain " at " needs a spelled " dot " too, so "I was at work.com" stays a URL.
const bracketEmailRe = re(String.raw`\b(?<!\.)[A-Za-z0-9][\w.+-]*\s?[[(]at[\])]\s?[A-Za-z0-9-]+(?:(?:\s?[[(]dot[\])]\s?|\.| dot )[A-Za-z0-9-]+)+`, 'gi');
const wordEmailRe = re(String.raw`\b(?<!\.)[A-Za-z0-9][\w.+-]* at [A-Za-z0-9-]+(?: dot [A-Za-z0-9-]+)+`, 'gi');

export const emails: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  if (text.includes('@')) for (const m of text.matchAll(emailRe)) out.push(span('email', m.index, m.index + m[0].length));
  for (const [re, hint] of [
    [bracketEmailRe, /[[(]at[\])]/i],
    [wordEmailRe, / dot /i],
  ] as const) {
    if (!hint.test(text)) continue;
    for (const m of text.matchAll(re)) {
      if (tldSet.has(/[A-Za-z0-9-]+$/.exec(m[0])![0].toLowerCase())) out.push(span('email', m.index, m.index + m[0].length));
    }
  }
  return out;
};

// ---- URL ----------------------------------------------------------------------------------
const schemeUrlRe = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const bareUrlRe = re(String.raw`\b(?<![@./-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(${tlds})(?![\w-])(?:/[^\s<>"']*)?`, 'gi');

function trimUrlEnd(url: string): number {
  let end = url.length;
  while (end > 0 && /[.,;:!?'")\]}*]/.test(url[end - 1]!)) {
    // Keep a closing bracket that belongs to the URL, as in Wikipedia links.
    if (url[end - 1] === ')' && url.slice(0, end).split('(').length > url.slice(0, end).split(')').length - 1) break;
    end--;
  }
  return end;
}

export const urls: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  for (const m of text.matchAll(schemeUrlRe)) {
    const end = trimUrlEnd(m[0]);
    if (end > 11 || /^https?:\/\/\w/i.test(m[0])) out.push(span('url', m.index, m.index + end));
  }
  for (const m of text.matchAll(bareUrlRe)) {
    const tld = m[1]!;
    // "Facebook.com" and "NHS.UK" yes; "end.Com" (a missing space before a capitalised word) no.
    if (tld !== tld.toLowerCase() && tld !== tld.toUpperCase()) continue;
    // "my nhs.net account" names NHSmail, the email service, rather than pointing anywhere.
    if (m[0].toLowerCase() === 'nhs.net') continue;
    out.push(span('url', m.index, m.index + trimUrlEnd(m[0])));
  }
  return out;
};

// ---- NHS number ---------------------------------------------------------------------------
/** Mod-11 check of a 10-digit NHS number (spaces and dashes ignored). */
export function isValidNhsNumber(digits: string): boolean {
  const d = digits.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(d[9]);
}

const nhsRe = re(String.raw`\b(?<![+.,/-])(\d{3})([ \u00a0-]?)(\d{3})\2(\d{4})(?![\w]|[.,/-]\d)`, 'g');

export const nhsNumbers: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  for (const m of text.matchAll(nhsRe)) {
    const digits = m[1]! + m[3]! + m[4]!;
    // A 10-digit number starting 0 is read as a phone number; so is one after a country code.
    if (digits[0] === '0' || /(?:\+|\b00)\d{1,3}[ \u00a0]?(?:\(0\)[ \u00a0]?)?$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (isValidNhsNumber(digits)) out.push(span('nhs-number', m.index, m.index + m[0].length));
  }
  return out;
};

// ---- National Insurance number ------------------------------------------------------------
const niRe = /\b([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])[ \u00a0]?(\d{2})[ \u00a0]?(\d{2})[ \u00a0]?(\d{2})[ \u00a0]?([A-D])(?![A-Za-z\d])/gi;
const niBadPrefixes = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const niNumbers: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  for (const m of text.matchAll(niRe)) {
    if (niBadPrefixes.has((m[1]! + m[2]!).toUpperCase())) continue;
    out.push(span('ni-number', m.index, m.index + m[0].length));
  }
  return out;
};

// ---- phone --------------------------------------------------------------------------------
// A run of digit groups joined by spaces, dashes, dots or brackets; each stretch of it is then
// tested against UK (0 + 9–10 digits), +44 and international shapes.
const numberRunRe = re(String.raw`(?:\+(?<![\w+]\+)[ \u00a0]?\(?|\((?<![\w+.,/]\()|\b(?<![+.,/]))\d[\d \u00a0().\-\u2013]*\d`, 'g');
const tightSep = /^[ \u00a0]{0,2}(?:[-.\u2013][ \u00a0]{0,2}|\)[ \u00a0]?|\([ \u00a0]?)?$/;
// National helplines people are right to share (Mind, SANEline, CALM, Papyrus, the National
// Domestic Abuse Helpline, Samaritans' Welsh line, Age UK): never treated as personal numbers.
const helplines = new Set(['03001233393', '03003047000', '0800585858', '08000684141', '08082000247', '08081640123', '08006781602']);

function phoneDigits(groups: string[], plus: boolean): string | undefined {
  let digits = groups.join('');
  if (plus) {
    if (digits.startsWith('44')) {
      const national = (groups[1] === '0' ? groups.slice(2).join('') : digits.slice(2)).replace(/^0/, '');
      return national.length >= 9 && national.length <= 10 ? `0${national}` : undefined;
    }
    return digits.length >= 8 && digits.length <= 15 ? digits : undefined;
  }
  if (digits.startsWith('00') && digits[2] !== '0') {
    if (digits.startsWith('0044')) digits = `0${digits.slice(4).replace(/^0/, '')}`;
    return digits.length >= 10 && digits.length <= 15 ? digits : undefined;
  }
  // A UK number's first group has at least three digits (020, 0161, 07700): this keeps out times
  // and decimals strung together ("08.30-12.30 13.30-17.00", "0.5 1.5 2.5").
  if (digits[0] === '0' && digits[1] !== '0' && groups[0]!.length >= 3 && (digits.length === 10 || digits.length === 11)) return digits;
  return undefined;
}

export const phones: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  for (const m of text.matchAll(numberRunRe)) {
    const run = m[0];
    if (run.length < 8) continue; // years, counts, times: too few digits for any phone number
    const groups: string[] = [];
    const starts: number[] = [];
    const tight: boolean[] = []; // tight[k]: group k joins on to group k - 1
    let last = 0;
    for (const g of run.matchAll(/\d+/g)) {
      tight.push(groups.length > 0 && tightSep.test(run.slice(last, g.index)));
      groups.push(g[0]);
      starts.push(g.index);
      last = g.index + g[0].length;
    }
    const plusAt = run[0] === '+';
    let i = 0;
    while (i < groups.length) {
      let best = -1;
      // Without a + in front, a phone number starts with 0.
      if (groups[i]![0] === '0' || (i === 0 && plusAt)) {
        for (let j = i, length = 0; j < groups.length && (j === i || tight[j]) && length <= 15; j++) {
          length += groups[j]!.length;
          const digits = length >= 8 ? phoneDigits(groups.slice(i, j + 1), plusAt && i === 0) : undefined;
          if (digits !== undefined && !helplines.has(digits)) best = j;
        }
      }
      if (best < 0) {
        i++;
        continue;
      }
      const start = i === 0 ? 0 : run[starts[i]! - 1] === '(' ? starts[i]! - 1 : starts[i]!;
      out.push(span('phone', m.index + start, m.index + starts[best]! + groups[best]!.length));
      i = best + 1;
    }
  }
  return out;
};

// ---- postcode -----------------------------------------------------------------------------
const areas = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS ' +
    'HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM ' +
    'SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);
// Outward code (area letters, district) and inward code (digit, two letters that are never C I K M O V).
const postcodeRe = /\b([A-Za-z]{1,2})\d[A-Za-z\d]?[ \u00a0]?\d([ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})\b/g;

export const postcodes: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  for (const m of text.matchAll(postcodeRe)) {
    // "the M6 3rd junction", "A1 2nd": a road and an ordinal, not a postcode.
    if (!areas.has(m[1]!.toUpperCase()) || /^(?:st|nd|rd|th)$/.test(m[2]!)) continue;
    out.push(span('postcode', m.index, m.index + m[0].length));
  }
  return out;
};

// ---- @handle ------------------------------------------------------------------------------
// Fediverse handles (@jo@mastodon.social) are kept whole. "@home", "@work" are "at", not handles.
const handleRe = re(String.raw`@(?<![\w@./]@)([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?(?![\w@])`, 'g');
const atWords = new Set([
  'home',
  'work',
  'school',
  'uni',
  'college',
  'night',
  'weekends',
  'weekend',
  'lunch',
  'the',
  'least',
  'all',
  'once',
  'times',
  'last',
  'first',
  'best',
  'worst',
  'most',
  'everyone',
  'here',
  'channel',
]);

export const handles: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  for (const m of text.matchAll(handleRe)) {
    const name = m[1]!;
    if (!/[A-Za-z]/.test(name) || /^\d{1,2}(?:[.:]?\d{2})?(?:am|pm)$/i.test(name) || atWords.has(name)) continue;
    out.push(span('handle', m.index, m.index + m[0].length));
  }
  return out;
};

// ---- dates --------------------------------------------------------------------------------
// A full date names a day: "12/03/1985", "3rd March 1985", "March 3, 1985", "1985-03-12". Month and
// year alone ("March 2020") or a day and month alone ("3rd March") are not flagged, except after
// a birth cue ("born on 4 May", "DOB 12/03"), where a birthday is identifying on its own.
const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const day = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const year = String.raw`(?:(?:19|20)\d{2}|['’]\d{2})`;
const wordDateRe = re(
  String.raw`\b(?:${day}(?:[ \u00a0]+of)?[ \u00a0]+${month},?[ \u00a0]+${year}|${month}[ \u00a0]+${day},?[ \u00a0]+${year})(?![A-Za-z\d])`,
  'gi',
);
const numericDateRe = re(String.raw`\b(?<![./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[./-]\d)`, 'g');
const isoDateRe = re(String.raw`\b(?<![./-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=T\d|(?![\w]|-\d))`, 'g');
const birthCue = String.raw`\b(?:born(?:[ \u00a0]+on)?|birthday(?:[ \u00a0]+(?:is|was|on))?|DOB|D\.O\.B\.?|date[ \u00a0]+of[ \u00a0]+birth(?:[ \u00a0]+is)?)[:\s]*(?:the[ \u00a0]+)?`;
const birthDateRe = re(
  String.raw`${birthCue}(${day}(?:[ \u00a0]+of)?[ \u00a0]+${month}(?![A-Za-z])|${month}[ \u00a0]+${day}(?![A-Za-z\d])|\d{1,2}[/.-]\d{1,2}(?![\d/.-]))`,
  'gid',
);
// What follows a number list or a score rather than a date: "5-10-15 minutes", "version 2.1.18".
const notDateAfter = /^\s*(?:%|per|mins?\b|minutes|hours|hrs|secs?\b|seconds|people|times|days|weeks|months|years)/i;
const notDateBefore = /(?:\bv|version|ver\.?|release|section|para(?:graph)?|clause|rule|standard|chapter|step|page|iOS|Android)\s*$/i;

function validDayMonth(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

export const dates: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  for (const m of text.matchAll(wordDateRe)) out.push(span('date', m.index, m.index + m[0].length));
  for (const m of text.matchAll(numericDateRe)) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), m[4]!];
    if (y.length === 4 && (Number(y) < 1900 || Number(y) > 2099)) continue;
    // Day first as written in the UK; month first only with a four-digit year ("3/15/1985").
    if (!validDayMonth(a, b) && !(y.length === 4 && validDayMonth(b, a))) continue;
    const end = m.index + m[0].length;
    if (notDateAfter.test(text.slice(end, end + 12)) || notDateBefore.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push(span('date', m.index, end));
  }
  for (const m of text.matchAll(isoDateRe)) out.push(span('date', m.index, m.index + m[0].length));
  for (const m of text.matchAll(birthDateRe)) {
    const [s, e] = m.indices![1]!;
    out.push(span('date', s, e));
  }
  return out;
};

// ---- names --------------------------------------------------------------------------------
// A capitalised name after a title ("Dr Patel", "Nurse Jane Smith", "Mrs O'Neill": the span takes
// the title too) or after a lower-case role ("my social worker Jane", "a nurse called Amy": the span
// is the name alone). Names without either are not looked for: too many capitalised words are not names.
const titles = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Cllr|Revd?|Sgt|Insp|Capt)\.?|Miss|Doctor|Professor|Nurse|Sister|Matron|Councillor|Sir|Dame|Lord|Lady|Reverend|Father|Pastor|Rabbi|Imam|Judge|Sergeant|Inspector|Captain|Officer|Midwife)`;
const nameWord = String.raw`(?:\p{Lu}['’]\p{Lu}\p{Ll}+|(?:Mc|Mac)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)`;
const initials = String.raw`(?:\p{Lu}\.?[ \u00a0]+){0,2}`;
const titleNameRe = re(String.raw`\b${titles}(?:\s+|(?<=\.))(${initials}${nameWord}(?:[ \u00a0]+${nameWord}){0,2})`, 'gud');
// Lower case (or capitalised at the start of a sentence): "my social worker Jane", "Social worker Jane".
const roles = (
  'social worker|care worker|support worker|key worker|keyworker|care coordinator|care co-ordinator|nurse|doctor|GP|consultant|psychiatrist|' +
  'psychologist|therapist|counsellor|physio|physiotherapist|OT|health visitor|midwife|paramedic|carer|manager|ward manager|team leader|' +
  'CPN|advocate|receptionist|pharmacist|surgeon|dentist|colleague|client|patient|boss|supervisor|mentor|matron|registrar'
)
  .split('|')
  .map((role) => (/^\p{Ll}/u.test(role) ? `[${role[0]!.toUpperCase()}${role[0]}]${role.slice(1).replace(/ /g, '[ -]')}` : role))
  .join('|');
const roleNameRe = re(String.raw`\b(?:${roles}),?(?:[ \u00a0]+(?:called|named|is))?[ \u00a0]+(${nameWord}(?:[ \u00a0]+${nameWord}){0,2})`, 'gud');
// Capitalised words that follow a title or role without being a name. After an honorific ("Dr",
// "Mrs", "Councillor") almost any capitalised word is a surname (Dr Ward, Mrs Day), so only
// function words and a few fixed phrases stop it ("Dr Google", "Father Christmas"). After a role or
// a role-like title ("Nurse", "Doctor", "my GP") many more words do: "GP Surgery", "Nurse Bank",
// "Doctor Who" (a television character, not a person anyone could be identified by).
const words = (list: string) => new Set(list.split(' '));
const notNamesAfterHonorific = words(
  'I A An The And Or But If When Then So Who What Why How Where Is Are Was Were Said Says Told Asked Also Not No Yes Please Thanks Thank ' +
    'My Our Your Their His Her This That These Those It We They He She You Me Him Them Here There Today Tomorrow Yesterday ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July September October November December ' +
    'Christmas Easter Twitter Facebook Instagram TikTok LinkedIn WhatsApp Snapchat YouTube Reddit Mastodon Bluesky Threads Google Teams Zoom ' +
    'Mr Mrs Ms Mx Miss Dr Prof Mum Dad Mummy Daddy Nan Nana Gran Grandma Grandad Nurse Doctor',
);
const notNamesAfterRole = words(
  [...notNamesAfterHonorific].join(' ') +
    ' Practice Surgery Services Service Team Trust Hospital Clinic Unit Centre Center Ward Wards Appointment Appointments Training Council Board ' +
    'Network Group Standards Code Forum Association Union Manager Lead Specialist Practitioner Assistant Associate Apprentice Consultant Registrar ' +
    'Partner Online Connect Access Direct Support Notes Letter Letters Record Records App Care Health Social Mental Community Primary ' +
    'English Welsh Scottish British Irish Act Advice Liaison Safety Experience Voice Transport Portal Partnership ' +
    'Led Bank Staffing Education Workforce Rota Prescriber Awareness Station Review Report Inquiry Office Visit Visits Home Homes Day Week ' +
    'Federation Alliance Hub Committee Society Institute College Academy Foundation Charity Project Programme Scheme Line Helpline ' +
    'Guidance Policy Guide Toolkit Assessment Plan Worker Psychiatrist Psychologist Therapist',
);
const honorific =
  /^(?:Dr|Mrs?|Ms|Mx|Miss|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Revd?|Reverend|Father|Pastor|Rabbi|Imam|Judge|Sgt|Sergeant|Insp|Inspector|Capt|Captain)\b/;

function nameSpan(m: RegExpMatchArray, withTitle: boolean): IdentifyingSpan | undefined {
  const stop = withTitle && honorific.test(m[0]) ? notNamesAfterHonorific : notNamesAfterRole;
  // "Nurse Associates", "GP Practices": plurals of the stop-words too.
  const notName = (word: string) => stop.has(word) || (word.endsWith('s') && stop.has(word.slice(0, -1)));
  const base = m.indices![1]![0];
  const parts = [...m[1]!.matchAll(/[^ \u00a0]+/g)];
  let first = 0;
  while (first < parts.length - 1 && /^\p{Lu}\.?$/u.test(parts[first]![0])) first++;
  let last = parts.length - 1;
  while (last >= first && notName(parts[last]![0])) last--;
  if (last < first || notName(parts[first]![0])) return undefined;
  const lastPart = parts[last]!;
  return span('name', withTitle ? m.index! : base, base + lastPart.index + lastPart[0].length);
}

export const names: Matcher = (text) => {
  const out: IdentifyingSpan[] = [];
  for (const m of text.matchAll(titleNameRe)) {
    const found = nameSpan(m, true);
    if (found) out.push(found);
  }
  for (const m of text.matchAll(roleNameRe)) {
    // A capitalised role mid-sentence is part of a proper noun ("Patient Advice and Liaison Service").
    if (/^\p{Lu}\p{Ll}/u.test(m[0]) && !/(?:^|[.!?:;]\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index! - 4), m.index))) continue;
    const found = nameSpan(m, false);
    if (found) out.push(found);
  }
  return out;
};
