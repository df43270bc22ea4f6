import net from 'node:net';
import path from 'node:path';
import { loadHelplinesFile, type HelpInfo, type HelplinesFile } from './helplines.ts';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly trustProxy: boolean | string;
  readonly logLevel: LogLevel;
  /** Reports from different readers after which a published answer is hidden until a moderator decides. */
  readonly reportThreshold: number;
  /** Seconds to gather new pending answers into one notice per board. */
  readonly notifyDelaySeconds: number;
  /** On SIGTERM, seconds to go on serving while /readyz says 503, so a load balancer stops sending here first (DRAIN_SECONDS). */
  readonly drainSeconds: number;
  /** Helplines shown to anyone who may need help now (HELPLINES_FILE, HELP_COUNTRY). */
  readonly help: HelpInfo;
  /** How long data is kept (TRUST PR-6): the daily retention job enforces it. */
  readonly retention: RetentionPeriods;
}

/** Days each kind of data is kept, counted as README's "Retention" says; null: kept for ever ("never"). */
export interface RetentionPeriods {
  /** Authors' email addresses, after the answer's last change (the answer stays). */
  readonly emailDays: number | null;
  /** Rejected answers, after the decision. */
  readonly rejectedDays: number | null;
  /** Answers never decided on, after their last change. */
  readonly waitingDays: number | null;
  /** Keyed hashes of addresses and other abuse-control rows: reporters' hashes, form and API submission keys, sign-in failures. */
  readonly abuseDays: number | null;
  /** Helpful votes' browser hashes: once gone, that browser can vote for the answer again. */
  readonly voterDays: number | null;
  /** Audit log entries. */
  readonly auditDays: number | null;
  /** Live events (reconnecting streams replay them); the newest of each board are always kept. */
  readonly liveEventDays: number | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable} ${detail}`);
  }
}

const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535 (got "${value}")`);
  }
  return port;
}

function parseUrl(name: string, value: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not echoed: a mistyped database or mail address can still hold a password.
    throw new ConfigError(name, `must be a full URL such as ${protocols[0]}//… (the value set could not be read as one)`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')} (it starts "${url.protocol}")`);
  }
  return value;
}

const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (proxyNames.has(entry)) return true;
  const [address = '', range, ...rest] = entry.split('/');
  const version = net.isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  return /^\d{1,3}$/.test(range) && Number(range) <= (version === 4 ? 32 : 128);
}

function parseTrustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  // Fastify accepts a comma-separated list of addresses, CIDR ranges or proxy-addr's names; it throws
  // on anything else at start-up, without naming the variable, so check each entry here.
  if (!value.split(',').every((entry) => isProxyAddress(entry.trim()))) {
    throw new ConfigError('TRUST_PROXY', `must be true, false or a list of proxy addresses (got "${value}")`);
  }
  return value;
}

function parseReportThreshold(value: string | undefined): number {
  if (value === undefined) return 3;
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1) throw new ConfigError('REPORT_THRESHOLD', `must be a whole number of at least 1 (got "${value}")`);
  return Number(value);
}

function parseNotifyDelay(value: string | undefined): number {
  if (value === undefined) return 300;
  if (!/^\d{1,5}$/.test(value)) throw new ConfigError('NOTIFY_DELAY_SECONDS', `must be a whole number of seconds (got "${value}")`);
  return Number(value);
}

function parseDrain(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,3}$/.test(value) || Number(value) > 300)
    throw new ConfigError('DRAIN_SECONDS', `must be a whole number of seconds from 0 to 300 (got "${value}")`);
  return Number(value);
}

/** Every retention variable, its default in days (null: never) and the Config field it sets. */
export const retentionVariables = [
  ['RETAIN_EMAIL_DAYS', 'emailDays', 365],
  ['RETAIN_REJECTED_DAYS', 'rejectedDays', 30],
  ['RETAIN_WAITING_DAYS', 'waitingDays', 180],
  ['RETAIN_ABUSE_DAYS', 'abuseDays', 7],
  ['RETAIN_VOTER_DAYS', 'voterDays', null],
  ['RETAIN_AUDIT_DAYS', 'auditDays', 365],
  ['RETAIN_LIVE_EVENT_DAYS', 'liveEventDays', 30],
] as const satisfies readonly (readonly [string, keyof RetentionPeriods, number | null])[];

function parseRetentionDays(name: string, value: string | undefined, fallback: number | null): number | null {
  if (value === undefined) return fallback;
  if (value.toLowerCase() === 'never') return null;
  // 0 is refused rather than read as "never": it reads just as well as "delete at once".
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 36500) {
    throw new ConfigError(name, `must be a whole number of days from 1 to 36500, or "never" to keep that data for ever (got "${value}")`);
  }
  return Number(value);
}

function parseRetention(env: Env): RetentionPeriods {
  const periods: Partial<Record<keyof RetentionPeriods, number | null>> = {};
  for (const [name, field, fallback] of retentionVariables) periods[field] = parseRetentionDays(name, read(env, name), fallback);
  return Object.freeze(periods as RetentionPeriods);
}

function parseHelp(file: string | undefined, country: string | undefined): HelpInfo {
  const code = (country ?? 'GB').toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new ConfigError('HELP_COUNTRY', `must be a two-letter country code such as GB (got "${country}")`);
  let helplines: HelplinesFile;
  try {
    helplines = loadHelplinesFile(file);
  } catch (err) {
    throw new ConfigError('HELPLINES_FILE', (err as Error).message);
  }
  const entry = helplines.countries[code];
  if (!entry)
    throw new ConfigError(
      'HELP_COUNTRY',
      `has no helplines in ${file ?? 'the built-in list'}: it lists ${Object.keys(helplines.countries).join(', ')} (got "${code}")`,
    );
  return {
    country: code,
    countryName: entry.name,
    emergency: entry.emergency,
    helplines: entry.helplines,
    helplinesIn: entry.helplinesIn,
    directory: helplines.directory,
  };
}

/** Reads the environment once; a bad value throws a ConfigError naming the variable. */
export function parseConfig(env: Env = process.env): Config {
  const port = parsePort(read(env, 'PORT'));
  const host = read(env, 'HOST') ?? '127.0.0.1';
  const baseUrlRaw = read(env, 'BASE_URL');
  const baseUrl = (baseUrlRaw ? parseUrl('BASE_URL', baseUrlRaw, ['http:', 'https:']) : `http://localhost:${port}`).replace(/\/+$/, '');
  const databaseUrlRaw = read(env, 'DATABASE_URL');
  const smtpUrlRaw = read(env, 'SMTP_URL');
  const logLevel = (read(env, 'LOG_LEVEL') ?? 'info') as LogLevel;
  if (!logLevels.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${logLevels.join(', ')} (got "${logLevel}")`);
  }
  return Object.freeze({
    port,
    host,
    baseUrl,
    dataDir: path.resolve(read(env, 'DATA_DIR') ?? './data'),
    databaseUrl: databaseUrlRaw ? parseUrl('DATABASE_URL', databaseUrlRaw, ['postgres:', 'postgresql:']) : undefined,
    smtpUrl: smtpUrlRaw ? parseUrl('SMTP_URL', smtpUrlRaw, ['smtp:', 'smtps:']) : undefined,
    trustProxy: parseTrustProxy(read(env, 'TRUST_PROXY')),
    logLevel,
    reportThreshold: parseReportThreshold(read(env, 'REPORT_THRESHOLD')),
    notifyDelaySeconds: parseNotifyDelay(read(env, 'NOTIFY_DELAY_SECONDS')),
    drainSeconds: parseDrain(read(env, 'DRAIN_SECONDS')),
    help: parseHelp(read(env, 'HELPLINES_FILE'), read(env, 'HELP_COUNTRY')),
    retention: parseRetention(env),
  });
}
