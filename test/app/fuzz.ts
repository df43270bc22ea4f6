// A small, seeded generator of malformed HTTP requests for the fuzz test (TRUST SEC-9).
// Request n is built from its own PRNG, seeded from (seed, n), so one request reproduces on its own.
import { Buffer } from 'node:buffer';
import { mulberry32 } from '../../src/prng.ts';

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][];
    let r = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += this.int(0, 15).toString(16);
    return s;
  }
  bytes(n: number): number[] {
    return Array.from({ length: n }, () => this.int(0, 255));
  }
}

/** The seed of request n: the run's seed mixed with n (splitmix-style), so neighbours are unrelated. */
export function seedFor(seed: number, index: number): number {
  let z = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** Everything real the generator may put into a request. */
export interface FuzzContext {
  baseUrl: string;
  /** The main board first: the session's own board, which admin requests mostly aim at. */
  slugs: string[];
  /** A board that stays open for answers (no session can close it). */
  openSlug: string;
  /** Slugs that POST …/archive may be sent to (not the main board, which must keep taking requests). */
  archiveSlugs: string[];
  answerIds: string[];
  /** Answers a valid report may be sent to: a valid report legitimately changes the answer row. */
  reportableIds: string[];
  /** Private keys of the sacrificial answers (a valid key legitimately edits or deletes). */
  answerKeys: string[];
  questionKeys: string[];
  perspectiveKeys: string[];
  questionIds: string[];
  perspectiveIds: string[];
  memberIds: string[];
  setupTokens: string[];
  assetFiles: string[];
  emails: string[];
  password: string;
}

export type Session = 'owner' | 'moderator' | 'victim';

export interface FuzzRequest {
  index: number;
  /** The route aimed at, as listed by app.routeList, whatever method was finally sent. */
  route: string;
  method: string;
  url: string;
  headers: Record<string, string | string[]>;
  payload?: string | Buffer;
  remoteAddress: string;
  /** A session cookie the runner adds (a fresh victim session for routes that end sessions). */
  session?: Session;
  category: string;
  /** Built to reach a real password hash (sign-in, setup, change password): capped by design. */
  mayHash: boolean;
}

export interface Route {
  method: string;
  url: string;
}

// ——— Strings ———

/** Text values no field should choke on. None contains "stack" or a file:line shape, so echoes cannot look like traces. */
export function hostileText(rng: Rng): string {
  switch (rng.int(0, 27)) {
    case 0:
      return '';
    case 1:
      return ' ';
    case 2:
      return '\u0000';
    case 3:
      return `a\u0000b\u0001c\u001b[31m\u007f\u0085`;
    case 4:
      return '\r\n\r\nSet-Cookie: x=1';
    case 5:
      return '\u2028\u2029\uFEFF\u200B';
    case 6:
      return '\uD800 lone \uDFFF surrogates';
    case 7:
      return '😀'.repeat(rng.int(1, 700));
    case 8:
      return '\u202Eevil\u202C';
    case 9:
      return 'e\u0301'.repeat(rng.int(10, 1200));
    case 10:
      return 'x'.repeat(rng.int(2001, 6000));
    case 11:
      return '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    case 12:
      return "' OR 1=1; drop table answers; --";
    case 13:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as text
      return '${7*7}{{7*7}}<%= 7*7 %>';
    case 14:
      return '../../../../etc/passwd';
    case 15:
      return rng.pick(['null', 'undefined', 'NaN', 'Infinity', '-1', '1e309', '0x10', 'true', 'false', '[object Object]']);
    case 16:
      return rng.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']);
    case 17:
      return '9'.repeat(rng.int(20, 400));
    case 18:
      return 'é'.repeat(rng.int(1, 300));
    case 19:
      return '\t\t\n';
    case 20:
      return '%00%ff%';
    case 21:
      return '=&=&&==';
    case 22:
      return 'a@b';
    case 23:
      return `${'a'.repeat(250)}@${'b'.repeat(250)}.org`;
    case 24:
      return 'ｑ１';
    case 25:
      return '\u0130\u0131\u017F';
    case 26:
      return rng.pick(['yes', 'no', 'on', 'off', '1', '0']);
    default:
      return String.fromCharCode(...Array.from({ length: rng.int(1, 40) }, () => rng.int(1, 0x2fff)));
  }
}

const invalidUtf8 = [[0xff], [0xfe, 0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]];

export function invalidBytes(rng: Rng): number[] {
  return Array.from({ length: rng.int(1, 4) }, () => rng.pick(invalidUtf8)).flat();
}

// ——— Bodies ———

/** A form value: text, or raw bytes (sent percent-encoded or raw, to carry invalid UTF-8). */
export type FormValue = string | { bytes: number[]; raw?: boolean };

function percent(bytes: Uint8Array | number[]): string {
  let s = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    s += /[A-Za-z0-9_.~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return s;
}

export function encodeForm(pairs: [string, FormValue][]): Buffer {
  const parts = pairs.map(([k, v]) => {
    const value = typeof v === 'string' ? Buffer.from(percent(Buffer.from(v, 'utf8'))) : v.raw ? Buffer.from(v.bytes) : Buffer.from(percent(v.bytes));
    return Buffer.concat([Buffer.from(`${percent(Buffer.from(k, 'utf8'))}=`), value]);
  });
  return Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from('&'), p])));
}

/** JSON built by hand: duplicate keys, `__proto__` keys and numbers like 1e309 that JSON.stringify cannot make. */
export type Json = string | { num: string } | boolean | null | Json[] | { pairs: [string, Json][] };

export function jsonText(value: Json): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if ('num' in value) return value.num;
  return `{${value.pairs.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
}

const numbers = ['0', '-0', '-1', '1.5', '1e308', '1e309', '-1E400', '9007199254740993', '0.0000001', '123456789012345678901234567890'];

function wrongJson(rng: Rng, depth = 0): Json {
  switch (rng.int(0, 9)) {
    case 0:
    case 1:
      return { num: rng.pick(numbers) };
    case 2:
      return rng.chance(0.5);
    case 3:
      return null;
    case 4:
      return depth > 3 ? [] : Array.from({ length: rng.int(0, 3) }, () => (rng.chance(0.5) ? hostileText(rng) : wrongJson(rng, depth + 1)));
    case 5:
      return depth > 3
        ? { pairs: [] }
        : {
            pairs: [
              ['a', wrongJson(rng, depth + 1)],
              [rng.pick(['__proto__', 'constructor', 'toString']), { pairs: [['polluted', true]] }],
            ],
          };
    case 6:
      return { pairs: [] };
    case 7:
      return [];
    case 8:
      return { num: String(rng.int(-5, 5)) };
    default:
      return ['q1', 'p1'];
  }
}

/** Nesting deep enough to hurt a recursive walker, as text (building it as a value would recurse here too). */
function deepJson(rng: Rng): string {
  const n = rng.int(50, 3000);
  return rng.chance(0.5) ? `${'['.repeat(n)}${']'.repeat(n)}` : `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
}

// ——— What each route reads ———

const fieldsByRoute: [RegExp, string[]][] = [
  [/^POST \/b\/:slug\/answers$/, ['formKey', 'question', 'perspective', 'body', 'displayName', 'email', 'use', 'from', 'website', 'check', 'identifying']],
  [/^POST \/api\/v1\/boards\/:slug\/answers$/, ['question', 'perspective', 'body', 'displayName', 'email', 'use', 'consent']],
  [/^POST \/setup\/:token$/, ['email', 'name', 'password']],
  [/^POST \/sign-in$/, ['email', 'password', 'next']],
  [/^POST \/admin\/account\/password$/, ['currentPassword', 'newPassword']],
  [/^POST \/a\/:id\/report$/, ['reason', 'details']],
  [/^POST \/a\/:id\/manage(\/delete)?$/, ['key']],
  [/^POST \/a\/:id\/manage\/edit$/, ['key', 'body']],
  [/^POST \/admin\/b\/:slug\/team\/invite$/, ['role', 'email']],
  [/^POST \/admin\/data-requests(\/export)?$/, ['email']],
  [/^POST \/admin\/data-requests\/erase$/, ['email', 'action', 'confirm']],
  [/^POST \/admin\/b\/:slug\/answers\/:id\/reject$/, ['reason']],
  [/^POST \/admin\/b\/:slug\/answers\/approve$/, ['ids']],
  [/^POST \/admin\/b\/:slug\/answers\/:id\/edit$/, ['body']],
  [/^POST \/admin\/boards$/, ['slug', 'title', 'intro', 'moderation', 'accepting', 'listed']],
  [/^POST \/admin\/b\/:slug\/settings$/, ['title', 'intro', 'moderation', 'accepting', 'listed']],
  [/^POST \/admin\/b\/:slug\/questions$/, ['text']],
  [/^POST \/admin\/b\/:slug\/perspectives$/, ['label', 'plural', 'description']],
];

const queryByRoute: [RegExp, string[]][] = [
  [/^GET \/(embed\/)?b\/:slug$/, ['perspective']],
  [/^GET \/sign-in$/, ['next', 'signedOut']],
  [/^GET \/admin\/account$/, ['changed']],
  [/^GET \/admin\/data-requests$/, ['erased']],
  [/^GET \/admin\/b\/:slug\/queue$/, ['status', 'done']],
  [/^GET \/admin\/b\/:slug\/(edit|team)$/, ['done']],
  [/^GET \/oembed$/, ['url', 'format', 'maxwidth', 'maxheight']],
  [/^GET \/a\/:id\/manage\/done$/, ['changed', 'deleted']],
];

function lookup(table: [RegExp, string[]][], route: string, fallback: string[]): string[] {
  return table.find(([pattern]) => pattern.test(route))?.[1] ?? fallback;
}

/** Fields read from the URL parameter, like question-<id> on the question editor. */
function dynamicFields(route: Route, params: Record<string, string>): string[] {
  const id = decodeSafely(params.id ?? '');
  if (/\/questions\/:id$/.test(route.url)) return [`question-${id}`];
  if (/\/perspectives\/:id$/.test(route.url)) return [`label-${id}`, `plural-${id}`, `description-${id}`];
  return [];
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const secretFields = new Set(['password', 'currentPassword', 'newPassword']);

/** Routes whose handler runs argon2 (about 50 ms): valid-shaped requests to them are rationed. */
export function hashes(route: string): boolean {
  return ['POST /sign-in', 'POST /setup/:token', 'POST /admin/account/password'].includes(route);
}

/** Routes that end sessions or sign in: they get a fresh throwaway session, never the owner's or moderator's. */
function endsSessions(route: string): boolean {
  return ['POST /sign-out', 'POST /sign-in', 'POST /admin/account/password', 'POST /admin/account/sign-out-everywhere'].includes(route);
}

function realValue(rng: Rng, ctx: FuzzContext, field: string): string {
  const text = () => rng.pick(['Talk to your supervisor and follow the policy.', 'Ask for help early.', 'A short answer', 'Board title', 'An introduction.']);
  if (/^(question|text)$/.test(field)) return field === 'text' ? text() : rng.pick(ctx.questionKeys);
  if (field === 'perspective') return rng.pick(ctx.perspectiveKeys);
  if (field === 'use') return rng.pick(['board', 'workshop', 'facilitators']);
  if (field === 'consent' || field === 'confirm' || field === 'accepting' || field === 'listed') return 'yes';
  if (field === 'email') return rng.pick(ctx.emails);
  if (secretFields.has(field)) return rng.chance(0.5) ? ctx.password : `a new password ${rng.hex(8)}`;
  if (field === 'formKey') return rng.hex(24);
  if (field === 'key') return rng.chance(0.7) && ctx.answerKeys.length ? rng.pick(ctx.answerKeys) : rng.hex(43);
  if (field === 'reason') return rng.pick(['abusive', 'identifying', 'harmful', 'spam', 'other', 'Off topic']);
  if (field === 'role') return rng.pick(['owner', 'moderator', 'admin']);
  if (field === 'moderation') return rng.pick(['pre', 'post']);
  if (field === 'action') return rng.pick(['delete', 'anonymise']);
  if (field === 'ids') return rng.pick(ctx.answerIds);
  if (field === 'slug') return `fuzz-${rng.hex(6)}`;
  if (field === 'next') return rng.pick(['/admin', '/admin/account', '//evil.example', 'https://evil.example/admin', '/admin\\..\\x', '/admin//evil']);
  if (field === 'from') return 'question';
  if (field === 'website') return '';
  if (field === 'identifying') return 'send-anyway';
  // The proof-of-work field: base64 JSON shaped like a solved challenge, but never a valid solution.
  if (field === 'check') {
    const forged = rng.pick([
      {
        challenge: { parameters: { algorithm: 'SHA-256', nonce: rng.hex(16), salt: rng.hex(8), cost: 1 }, signature: rng.hex(64) },
        solution: { counter: rng.int(0, 99), derivedKey: rng.hex(64) },
      },
      { challenge: { parameters: { algorithm: 'SHA-256', nonce: { toString: 1 } } }, solution: [] },
      { challenge: { parameters: null }, solution: null },
      { challenge: { parameters: { algorithm: 'MD5' } }, solution: {} },
    ]);
    return rng.chance(0.8)
      ? Buffer.from(JSON.stringify(forged)).toString('base64')
      : rng.pick(['x', '%%%', 'A'.repeat(4001), Buffer.from('not json').toString('base64')]);
  }
  if (field === 'name' || field === 'displayName' || field === 'label' || field === 'plural') return rng.pick(['Sam', 'Nurse', 'Practitioners']);
  if (field === 'status') return rng.pick(['pending', 'published', 'rejected', 'hidden']);
  if (field === 'done') return rng.pick(['approve', 'reject', 'saved', 'created', 'archived', 'removed', 'bulk', 'bulk-none']);
  if (field === 'url') return `${ctx.baseUrl}/b/${rng.pick(ctx.slugs)}${rng.pick(['', '/', '?perspective=p1', '#x'])}`;
  if (field === 'format') return rng.pick(['json', 'xml', 'JSON']);
  if (field === 'maxwidth' || field === 'maxheight' || field === 'erased') return rng.pick(['0', '1', '400', '99999', '-1', '3']);
  if (field === 'deleted') return rng.pick(ctx.slugs);
  return text();
}

function fieldValue(rng: Rng, ctx: FuzzContext, field: string, allowSecrets: boolean): FormValue {
  if (secretFields.has(field) && !allowSecrets) return '';
  const roll = rng.float();
  if (roll < 0.5) return realValue(rng, ctx, field);
  if (roll < 0.9) return hostileText(rng);
  return { bytes: [...Buffer.from(rng.pick(['a', 'ok ', ''])), ...invalidBytes(rng)], raw: rng.chance(0.5) };
}

function formPairs(rng: Rng, ctx: FuzzContext, fields: string[], allowSecrets: boolean, nearlyValid: boolean): [string, FormValue][] {
  const pairs: [string, FormValue][] = [];
  for (const field of fields) {
    if (!nearlyValid && rng.chance(0.2)) continue;
    const value = nearlyValid ? realValue(rng, ctx, field) : fieldValue(rng, ctx, field, allowSecrets);
    pairs.push([field, secretFields.has(field) && !allowSecrets ? '' : value]);
    // Duplicated fields arrive as arrays: a=1&a=2.
    if (rng.chance(nearlyValid ? 0.05 : 0.15)) pairs.push([field, fieldValue(rng, ctx, field, false)]);
  }
  if (rng.chance(0.3)) pairs.push([rng.pick(['unknown', 'admin', 'isAdmin', 'status', 'boardId', 'id', 'role', '', ' ']), hostileText(rng)]);
  if (rng.chance(0.12))
    pairs.push([
      rng.pick(['__proto__[polluted]', 'constructor[prototype][polluted]', '__proto__', 'constructor', 'prototype[polluted]', 'hasOwnProperty', 'toString']),
      'yes',
    ]);
  if (rng.chance(0.08) && fields.length) pairs.push([`${rng.pick(fields)}${rng.pick(['[]', '[0]', '[a]', '.x'])}`, 'x']);
  if (nearlyValid && pairs.length) {
    // One thing wrong in an otherwise valid form.
    const i = rng.int(0, pairs.length - 1);
    const field = pairs[i]![0];
    pairs[i] = [field, secretFields.has(field) && !allowSecrets ? '' : fieldValue(rng, ctx, field, false)];
  }
  return rng.chance(0.2) ? shuffle(rng, pairs) : pairs;
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function jsonBody(rng: Rng, ctx: FuzzContext, fields: string[], allowSecrets: boolean): string {
  if (rng.chance(0.12)) return rng.chance(0.3) ? deepJson(rng) : jsonText(wrongJson(rng));
  const pairs: [string, Json][] = [];
  for (const field of fields) {
    if (rng.chance(0.15)) continue;
    let value: Json;
    if (secretFields.has(field) && !allowSecrets) value = rng.chance(0.5) ? '' : wrongJson(rng);
    else if (field === 'consent' && rng.chance(0.4)) value = rng.pick<Json>([true, 'yes', 'true', { num: '1' }, null]);
    else value = rng.chance(0.35) ? realValue(rng, ctx, field) : rng.chance(0.3) ? hostileText(rng) : wrongJson(rng);
    pairs.push([field, value]);
    if (rng.chance(0.08)) pairs.push([field, secretFields.has(field) && !allowSecrets ? '' : hostileText(rng)]);
  }
  if (rng.chance(0.25)) pairs.push([rng.pick(['unknown', 'status', 'id', 'boardId', 'isAdmin', '']), wrongJson(rng)]);
  if (rng.chance(0.12))
    pairs.push([
      rng.pick(['__proto__', 'constructor']),
      { pairs: [[rng.pick(['polluted', 'prototype']), rng.chance(0.5) ? true : { pairs: [['polluted', true]] }]] },
    ]);
  return jsonText({ pairs });
}

// ——— URLs ———

function hostileSegment(rng: Rng, real: string): string {
  return rng.pick([
    '',
    '%20',
    '..',
    '..%2f..%2fetc%2fpasswd',
    '%2e%2e%2f%2e%2e',
    '%00',
    `${real}%00`,
    '%ff',
    '%',
    '%e0%a4%a',
    '%c0%af',
    '%ed%a0%80',
    '%F0%9F%98%80',
    '😀',
    encodeURIComponent('é€ｑ'),
    'a'.repeat(201),
    'a'.repeat(rng.int(1000, 8000)),
    '0',
    '-1',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'prototype',
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    "'%20OR%201=1--",
    real.toUpperCase(),
    `${real}%20`,
    `${real}.json`,
    `${real};x=1`,
    '%0d%0aSet-Cookie:%20x=1',
    '%2F',
    '%5C',
    '*',
    '.',
    '%252e%252e',
    `${real}%ff`,
    `${real}${real}`,
    real.slice(0, -1),
  ]);
}

function realParam(rng: Rng, ctx: FuzzContext, route: Route, name: string): string {
  const { url, method } = route;
  // Admin routes mostly aim at the main board (the session's own); answers go to every board, so some boards stay open.
  if (name === 'slug') return rng.pick(/\/archive$/.test(url) ? ctx.archiveSlugs : url.startsWith('/admin') && rng.chance(0.75) ? [ctx.slugs[0]!] : ctx.slugs);
  if (name === 'question') return rng.pick(ctx.questionKeys);
  if (name === 'token') return rng.chance(0.7) ? rng.pick(ctx.setupTokens) : Buffer.from(rng.bytes(32)).toString('base64url');
  if (name === 'file') return rng.pick(ctx.assetFiles);
  if (name === 'id') {
    if (/\/questions\/:id/.test(url)) return rng.pick(rng.chance(0.85) ? ctx.questionIds : ctx.perspectiveIds);
    if (/\/perspectives\/:id/.test(url)) return rng.pick(rng.chance(0.85) ? ctx.perspectiveIds : ctx.questionIds);
    if (/\/team\/:id/.test(url)) return rng.pick(ctx.memberIds);
    // A valid report or helpful vote legitimately changes a published answer: those go to answers that may change.
    if (method === 'POST' && /^\/a\/:id\/(report|helpful)$/.test(url)) return rng.pick(ctx.reportableIds);
    return rng.pick(ctx.answerIds);
  }
  return rng.pick([...ctx.slugs, ...ctx.answerIds, ...ctx.questionKeys]);
}

function fillUrl(rng: Rng, ctx: FuzzContext, route: Route, params: Record<string, string>): string {
  return route.url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const real = realParam(rng, ctx, route, name);
    const value = rng.chance(0.62) ? real : hostileSegment(rng, real);
    params[name] = value;
    return value;
  });
}

function query(rng: Rng, ctx: FuzzContext, names: string[], attack: boolean): string {
  const parts: string[] = [];
  for (const name of names) if (rng.chance(0.6)) parts.push(`${name}=${percent(Buffer.from(rng.chance(0.7) ? realValue(rng, ctx, name) : hostileText(rng)))}`);
  if (attack) {
    const name = names.length ? rng.pick(names) : 'q';
    switch (rng.int(0, 12)) {
      case 0:
        parts.push(`${name}=a`, `${name}=b`);
        break;
      case 1:
        parts.push(`${name}[]=1`, `${name}[a]=2`);
        break;
      case 2:
        parts.push('__proto__[polluted]=1', 'constructor[prototype][polluted]=1');
        break;
      case 3:
        parts.push('__proto__=x', `${name}=${'%ff'.repeat(rng.int(1, 50))}`);
        break;
      case 4:
        parts.push(`${name}=${'x'.repeat(rng.chance(0.1) ? rng.int(20000, 90000) : rng.int(300, 4000))}`);
        break;
      case 5:
        parts.push('a=1&'.repeat(rng.int(100, 5000)));
        break;
      case 6:
        parts.push(name, '=v', '&&&');
        break;
      case 7:
        parts.push(`${name}=%00`);
        break;
      case 8:
        parts.push(`${name}=${percent(invalidBytes(rng))}`);
        break;
      case 9:
        parts.push(`${name}=${encodeURIComponent('😀\u202E')}`);
        break;
      case 10:
        parts.push(`${name}=%0d%0aSet-Cookie:%20x=1`);
        break;
      case 11:
        parts.push(`${name}=${'%'.repeat(3)}`);
        break;
      default:
        parts.push(`${name}=${encodeURIComponent(`${ctx.baseUrl}/b/../../admin`)}`, 'format=json&format=xml');
    }
  }
  return parts.length ? `?${parts.join('&')}` : rng.chance(0.05) ? '?' : '';
}

// ——— Headers ———

const formType = 'application/x-www-form-urlencoded';
const contentTypes = [
  'text/plain',
  'text/plain; charset=utf-8',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  `${formType}; charset=utf-16`,
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/X-WWW-FORM-URLENCODED',
  'Application/Json',
  '',
  ';',
  `${formType}, application/json`,
  '\u0000/\u0000',
  'application/jsonp',
  'application/vnd.api+json',
  'application/csp-report',
  'text/html',
  'image/png',
  'application/x-www-form-urlencoded;;;charset=',
  '*/*',
];

function oddHeaders(rng: Rng, headers: Record<string, string | string[]>, baseUrl: string): void {
  for (let n = rng.int(1, 3); n > 0; n--) {
    switch (rng.int(0, 19)) {
      case 0:
        headers.cookie = `a=${'x'.repeat(rng.int(4000, 60000))}`;
        break;
      case 1:
        headers.cookie = rng.pick([
          'rt_session=%ff%00',
          `rt_session=${'A'.repeat(101)}`,
          `rt_session=${'B'.repeat(43)}`,
          'rt_session="quoted"',
          ';;;=;',
          'rt_session=a; rt_session=b',
          'rt_session',
          '=',
          'rt_session=\u00ff\u00fe',
        ]);
        break;
      case 2:
        headers['idempotency-key'] = rng.pick(['', ' ', 'x'.repeat(256), '\u00ff\u00fe', ['a', 'b'], `key-${rng.hex(8)}`, 'same-key-every-time', '\t']);
        break;
      case 3:
        headers.origin = 'https://evil.example';
        headers['sec-fetch-site'] = 'same-origin';
        break;
      case 4:
        headers.origin = rng.pick(['null', 'https://evil.example', baseUrl, `${baseUrl}.evil.example`, '']);
        break;
      case 5:
        headers['sec-fetch-site'] = rng.pick(['cross-site', 'same-site', 'none', 'garbage', '']);
        break;
      case 6:
        headers.host = rng.pick(['evil.example', '', 'a'.repeat(300), '[::1]:99999', 'localhost:0']);
        break;
      case 7:
        headers['x-forwarded-for'] = rng.pick(['1.2.3.4, evil', 'x'.repeat(1000), '::1', '']);
        break;
      case 8:
        headers['x-forwarded-proto'] = rng.pick(['https', 'gopher', '']);
        break;
      case 9:
        headers['accept-encoding'] = rng.pick(['br;q=abc, *;q=-1', 'gzip', 'br', 'deflate', 'identity;q=0, *;q=0', 'x'.repeat(1000)]);
        break;
      case 10:
        headers.accept = rng.pick(['application/json;q=x', '*/*', 'text/html', '', 'x'.repeat(1000), 'application/xml']);
        break;
      case 11:
        headers['if-none-match'] = rng.pick(['*', 'W/"x"', '\u00ff'.repeat(100), '"', '']);
        break;
      case 12:
        headers['if-modified-since'] = rng.pick(['garbage', 'Thu, 01 Jan 1970 00:00:00 GMT', '']);
        break;
      case 13:
        headers['x-fragment'] = rng.pick(['1', '0', 'yes', '']);
        break;
      case 14:
        headers.range = rng.pick(['bytes=0-1', 'bytes=-1,-2', 'lines=1']);
        break;
      case 15:
        headers['user-agent'] = rng.pick(['x'.repeat(10000), '', '\u00ff']);
        break;
      case 16:
        headers['content-encoding'] = rng.pick(['gzip', 'br', 'deflate', 'identity', 'x-unknown', 'gzip, gzip']);
        break;
      case 17:
        headers.expect = '100-continue';
        break;
      case 18:
        headers.authorization = rng.pick(['Bearer x', 'Basic %%%', '']);
        break;
      default:
        headers['content-length'] = String(rng.pick([0, 1, 5, 99999, -1]));
        break;
    }
  }
}

// ——— Requests ———

/** Builds request `index` of a run. `route` is the route aimed at; the method may be changed. */
export function buildRequest(seed: number, index: number, total: number, route: Route, ctx: FuzzContext): FuzzRequest {
  const rng = new Rng(seedFor(seed, index));
  const label = `${route.method} ${route.url}`;
  const params: Record<string, string> = {};
  let url = fillUrl(rng, ctx, route, params);
  const headers: Record<string, string | string[]> = {};
  let method = route.method;
  let payload: string | Buffer | undefined;
  const isAdmin = /^\/admin|^\/setup\/:token\/join/.test(route.url);
  const mayHash = hashes(label) && rng.chance(0.15);
  let category: string;

  // Two requests a bit over 1 MiB per run; the rest stay small.
  const giant = index === Math.floor(total / 3) || index === Math.floor((2 * total) / 3);
  const fields = [...lookup(fieldsByRoute, label, ['body', 'email', 'id', 'name', 'value']), ...dynamicFields(route, params)];

  if (giant) {
    category = 'huge';
    method = 'POST';
    headers['content-type'] = rng.chance(0.5) ? formType : 'application/json';
    payload = headers['content-type'] === formType ? `body=${'x'.repeat(1_100_000)}` : `{"body":"${'x'.repeat(1_100_000)}"}`;
  } else if (/^POST \/(b|api\/v1\/boards)\/:slug\/answers$/.test(label) && rng.chance(0.08)) {
    // Valid answers with hostile but legal text, to a board that stays open: they reach the safety checks and the database.
    category = 'hostile-valid';
    url = route.url.replace(':slug', ctx.openSlug);
    const body = `Answer ${hostileText(rng)} ${hostileText(rng)}`;
    const displayName = rng.chance(0.5) ? hostileText(rng).slice(0, 60) : '';
    const fieldsOf = {
      question: rng.pick(ctx.questionKeys),
      perspective: rng.pick(ctx.perspectiveKeys),
      body,
      displayName,
      email: rng.chance(0.2) ? rng.pick(ctx.emails) : '',
    };
    if (label.startsWith('POST /api/')) {
      headers['content-type'] = 'application/json';
      payload = jsonText({ pairs: [...Object.entries(fieldsOf), ['use', rng.pick(['board', 'workshop', 'facilitators'])]] });
    } else {
      headers['content-type'] = formType;
      payload = encodeForm([...Object.entries(fieldsOf), ['use', rng.pick(['board', 'workshop', 'facilitators'])], ['formKey', rng.hex(24)]]);
    }
  } else if (mayHash) {
    category = 'valid-shaped';
    const pairs = fields.map((f): [string, FormValue] => [f, realValue(rng, ctx, f)]);
    // Sometimes one field other than the password is hostile: an email or name that reaches the database after the hash.
    const others = pairs.filter(([f]) => !secretFields.has(f));
    if (others.length && rng.chance(0.4)) rng.pick(others)[1] = hostileText(rng);
    if (rng.chance(0.5)) {
      headers['content-type'] = formType;
      payload = encodeForm(pairs);
    } else {
      headers['content-type'] = 'application/json';
      payload = jsonText({ pairs: pairs.map(([k, v]) => [k, typeof v === 'string' ? v : '']) });
    }
  } else if (route.method === 'GET') {
    category = rng.weighted({ plain: 35, 'query-attack': 25, 'wrong-method': 22, headers: 13, 'get-with-body': 5 });
    url += query(rng, ctx, lookup(queryByRoute, label, []), category === 'query-attack');
    if (category === 'wrong-method') {
      method = rng.pick(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND']);
      if (method !== 'HEAD' && rng.chance(0.6)) {
        headers['content-type'] = rng.chance(0.6) ? formType : 'application/json';
        payload = headers['content-type'] === formType ? encodeForm(formPairs(rng, ctx, fields, false, false)) : jsonBody(rng, ctx, fields, false);
      }
    }
    if (category === 'get-with-body') {
      headers['content-type'] = rng.pick([formType, 'application/json', 'text/plain']);
      payload = rng.chance(0.5) ? 'a=1&a=2' : '{"a":';
    }
  } else {
    category = rng.weighted({
      form: 22,
      json: 14,
      'nearly-valid': 13,
      mismatch: 11,
      bytes: 8,
      empty: 8,
      control: 6,
      'wrong-method': 12,
      huge: 1.2,
      'bad-length': 1.5,
      query: 3,
    });
    // Argon2 routes outside the ration: password fields are never a usable string.
    const allowSecrets = false;
    switch (category) {
      case 'form':
      case 'query':
        headers['content-type'] = rng.pick([formType, formType, `${formType}; charset=utf-8`]);
        payload = encodeForm(formPairs(rng, ctx, fields, allowSecrets, false));
        if (category === 'query') url += query(rng, ctx, fields, true);
        break;
      case 'nearly-valid':
        if (rng.chance(0.6)) {
          headers['content-type'] = formType;
          payload = encodeForm(formPairs(rng, ctx, fields, allowSecrets, true));
        } else {
          headers['content-type'] = 'application/json';
          const pairs = fields.map((f): [string, Json] => [
            f,
            secretFields.has(f) ? '' : f === 'consent' && route.url.startsWith('/api/') ? true : realValue(rng, ctx, f),
          ]);
          const i = rng.int(0, pairs.length - 1);
          if (pairs[i] && !secretFields.has(pairs[i][0])) pairs[i] = [pairs[i][0], rng.chance(0.5) ? hostileText(rng) : wrongJson(rng)];
          payload = jsonText({ pairs });
        }
        break;
      case 'json':
        headers['content-type'] = rng.pick(['application/json', 'application/json; charset=utf-8', 'application/json;charset=UTF-8']);
        payload = jsonBody(rng, ctx, fields, allowSecrets);
        break;
      case 'mismatch': {
        const asJson = rng.chance(0.5);
        const body = asJson ? jsonBody(rng, ctx, fields, allowSecrets) : encodeForm(formPairs(rng, ctx, fields, allowSecrets, false));
        const type = rng.chance(0.3) ? (asJson ? formType : 'application/json') : rng.pick(contentTypes);
        if (type === 'multipart/form-data; boundary=x' && rng.chance(0.5)) {
          payload = `--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nhi\r\n--x\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\n{}\r\n--x--`;
        } else if (/utf-16/.test(type)) {
          payload = Buffer.from(typeof body === 'string' ? body : body.toString('latin1'), 'utf16le');
        } else {
          payload = body;
        }
        if (type !== '' || rng.chance(0.5)) headers['content-type'] = type;
        break;
      }
      case 'bytes': {
        const asJson = rng.chance(0.4);
        headers['content-type'] = asJson ? 'application/json' : formType;
        const safeFields = fields.filter((f) => !secretFields.has(f));
        const name = safeFields.length ? rng.pick(safeFields) : 'body';
        const bad = Buffer.from(invalidBytes(rng));
        payload = asJson
          ? Buffer.concat([Buffer.from(`{"${name}":"`), bad, Buffer.from('"}')])
          : rng.chance(0.3)
            ? Buffer.from(rng.bytes(rng.int(1, 300)))
            : Buffer.concat([encodeForm(formPairs(rng, ctx, safeFields, false, false)), Buffer.from(`&${name}=`), bad]);
        if (rng.chance(0.15)) payload = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), payload]);
        break;
      }
      case 'empty':
        if (rng.chance(0.7)) headers['content-type'] = rng.pick([formType, 'application/json', 'text/plain', 'multipart/form-data']);
        payload = rng.chance(0.5) ? '' : undefined;
        break;
      case 'control': {
        const asJson = rng.chance(0.4);
        const controls = ['\u0000', '\u0001', '\u0007', '\u001b[2J', '\u007f', '\r', '\u0085', '\u0000'.repeat(20)];
        const pairs = fields
          .filter((f) => !secretFields.has(f))
          .map((f): [string, string] => [f, `${realValue(rng, ctx, f)}${rng.pick(controls)}${rng.pick(['', 'x'])}`]);
        if (rng.chance(0.3)) pairs.push([`na\u0000me`, 'x']);
        headers['content-type'] = asJson ? 'application/json' : formType;
        payload = asJson ? jsonText({ pairs }) : encodeForm(pairs);
        break;
      }
      case 'wrong-method':
        method = rng.pick(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'SEARCH']);
        if (method !== 'GET' && method !== 'HEAD' && rng.chance(0.7)) {
          headers['content-type'] = rng.chance(0.5) ? formType : 'application/json';
          payload =
            headers['content-type'] === formType ? encodeForm(formPairs(rng, ctx, fields, allowSecrets, false)) : jsonBody(rng, ctx, fields, allowSecrets);
        }
        break;
      case 'huge': {
        const size = rng.int(65 * 1024, 400 * 1024);
        headers['content-type'] = rng.pick([formType, 'application/json', 'text/plain']);
        payload =
          headers['content-type'] === 'application/json'
            ? `{"${rng.pick(fields)}":"${'y'.repeat(size)}"}`
            : rng.chance(0.5)
              ? `${rng.pick(fields)}=${'y'.repeat(size)}`
              : 'a=1&'.repeat(size / 4);
        break;
      }
      default:
        category = 'bad-length';
        headers['content-type'] = formType;
        payload = encodeForm(formPairs(rng, ctx, fields, allowSecrets, false));
        headers['content-length'] = String(rng.pick([0, 1, payload.length + rng.int(1, 1000), Math.max(0, payload.length - 1)]));
    }
  }

  if (rng.chance(0.22) && !giant) oddHeaders(rng, headers, ctx.baseUrl);

  let session: Session | undefined;
  const roll = rng.float();
  // The password change hashes for any signed-in request: only rationed requests carry a session.
  const sessionAllowed = label !== 'POST /admin/account/password' || mayHash;
  if (sessionAllowed && typeof headers.cookie !== 'string') {
    if (isAdmin || label === 'POST /admin/account/password') session = roll < 0.68 ? 'owner' : roll < 0.85 ? 'moderator' : undefined;
    else session = roll < 0.2 ? 'owner' : undefined;
    if (session && endsSessions(label)) session = 'victim';
  }
  if (mayHash && label === 'POST /admin/account/password') session = 'victim';

  const remoteAddress = rng.chance(0.97)
    ? `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
    : rng.pick(['::1', 'fe80::1', '::ffff:10.0.0.1', '127.0.0.1']);
  return { index, route: label, method, url, headers, payload, remoteAddress, session, category, mayHash: mayHash && !giant };
}

/** A short description of a request for failure reports. */
export function describeRequest(r: FuzzRequest, seed: number): string {
  const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);
  const body =
    r.payload === undefined
      ? '(none)'
      : typeof r.payload === 'string'
        ? JSON.stringify(shorten(r.payload, 160))
        : `<Buffer ${shorten(r.payload.subarray(0, 80).toString('hex'), 160)}${r.payload.length > 80 ? ` …${r.payload.length} bytes` : ''}>`;
  const headers = Object.entries(r.headers)
    .map(([k, v]) => `${k}: ${shorten(JSON.stringify(v), 80)}`)
    .join('; ');
  return `#${r.index} (seed ${seed}, ${r.category}) ${r.method} ${shorten(r.url, 200)} from ${r.remoteAddress}${r.session ? ` as ${r.session}` : ''} | headers {${headers}} | body ${body}`;
}
