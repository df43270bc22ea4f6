import type { Db } from '../../db/database.ts';
import { groupedWrite } from '../../db/database.ts';
import type { Secrets } from '../../web/secrets.ts';
import { type BucketRule, deleteFullRateLimitBuckets, findRateLimitBucket, takeRateLimitToken } from './abuse.queries.ts';

/**
 * A token bucket per client, in the database, so every instance counts against the same limit. A bucket holds
 * `burst` tokens and gains `perSecond` back: a whole hospital network behind one address can answer together, while
 * one client sending hundreds in a row is stopped. Clients are stored as keyed hashes (TRUST PR-2), never as they are.
 */
export class RateLimiter {
  private readonly rule: BucketRule;
  private lastSweep: number;

  constructor(
    private readonly db: Db,
    private readonly secrets: Secrets,
    bucket: string,
    burst: number,
    perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.rule = { bucket, burst, perSecond };
    this.lastSweep = now();
  }

  private key(client: string): string {
    return this.secrets.keyedHash(`limit:${this.rule.bucket}:${client}`);
  }

  /** Takes one token for this client; false when it has none left. One statement (on SQLite, sharing the answers' commit). */
  async take(client: string): Promise<boolean> {
    const now = this.now();
    const taken = await groupedWrite(this.db, (db) => takeRateLimitToken(db, this.rule, this.key(client), now));
    // Once a minute per instance, full buckets are dropped so the table stays small.
    if (now - this.lastSweep > 60_000) {
      this.lastSweep = now;
      await groupedWrite(this.db, (db) => deleteFullRateLimitBuckets(db, this.rule, now)).catch(() => {});
    }
    return taken;
  }

  /** Seconds until this client has a token again (0 when it has never been counted). */
  async retryAfter(client: string): Promise<number> {
    const bucket = await findRateLimitBucket(this.db, this.rule.bucket, this.key(client));
    if (!bucket) return 0;
    const tokens = Math.min(this.rule.burst, bucket.tokens + (Math.max(0, this.now() - bucket.updatedAt) / 1000) * this.rule.perSecond);
    return Math.max(1, Math.ceil((1 - tokens) / this.rule.perSecond));
  }
}

/** Answers per client address: 90 at once (a full workshop room behind one address), then one a second. */
export function createAnswerRateLimiter(db: Db, secrets: Secrets): RateLimiter {
  return new RateLimiter(db, secrets, 'answers', 90, 1);
}
