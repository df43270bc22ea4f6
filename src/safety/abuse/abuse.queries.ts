import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';

// The only statements that write proof_of_work_uses and rate_limit_buckets: what every instance must agree on to stop
// a flood (TRUST SEC-7). Both hold nothing but hashes, nonces and counts.

/** Records a solution's nonce as used; false when it was already (a replay, on this instance or another). */
export async function insertProofOfWorkUse(db: Db, nonce: string, expiresAt: string): Promise<boolean> {
  try {
    await db.insertInto('proofOfWorkUses').values({ nonce, expiresAt }).execute();
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

/** Forgets solutions whose challenge has expired (they fail the signature's expiry check anyway). */
export async function deleteExpiredProofOfWorkUses(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('proofOfWorkUses').where('expiresAt', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface BucketRule {
  /** The limit's name: one set of buckets per limit. */
  bucket: string;
  /** Tokens a full bucket holds. */
  burst: number;
  /** Tokens a bucket gains back per second. */
  perSecond: number;
}

/** A constant of the rule, written into the statement (one statement text per rule, prepared once). */
const float = (n: number) => sql`cast(${sql.lit(n)} as double precision)`;
/** A value that changes on every call, sent as a parameter. */
const param = (n: number) => sql`cast(${n} as double precision)`;

/**
 * Takes one token from the client's bucket in one statement, atomic on both dialects: a first take inserts a bucket
 * with one token gone; later ones refill it for the time since the last take (never past `burst`), then take a token
 * if there is a whole one. True when a token was taken.
 */
export async function takeRateLimitToken(db: Db, rule: BucketRule, key: string, nowMs: number): Promise<boolean> {
  // A clock behind the last instance's refills nothing rather than taking tokens away.
  const elapsed = sql`case when excluded.updated_at > rate_limit_buckets.updated_at then excluded.updated_at - rate_limit_buckets.updated_at else 0 end`;
  const grown = sql`rate_limit_buckets.tokens + ${elapsed} * ${float(rule.perSecond / 1000)}`;
  const refilled = sql`case when ${grown} > ${float(rule.burst)} then ${float(rule.burst)} else ${grown} end`;
  const { rows } = await sql<{ taken: number }>`
    insert into rate_limit_buckets (bucket, key, tokens, taken, updated_at)
    values (${rule.bucket}, ${key}, ${float(rule.burst - 1)}, 1, ${param(nowMs)})
    on conflict (bucket, key) do update set
      tokens = case when ${refilled} >= 1 then ${refilled} - 1 else ${refilled} end,
      taken = case when ${refilled} >= 1 then 1 else 0 end,
      updated_at = case when excluded.updated_at > rate_limit_buckets.updated_at then excluded.updated_at else rate_limit_buckets.updated_at end
    returning taken`.execute(db);
  return Number(rows[0]?.taken) === 1;
}

export function findRateLimitBucket(db: Db, bucket: string, key: string) {
  return db.selectFrom('rateLimitBuckets').select(['tokens', 'updatedAt']).where('bucket', '=', bucket).where('key', '=', key).executeTakeFirst();
}

/** Buckets that have refilled are the same as no bucket: deleting them keeps the table to the clients of the last minutes. */
export async function deleteFullRateLimitBuckets(db: Db, rule: BucketRule, nowMs: number): Promise<number> {
  const result = await db
    .deleteFrom('rateLimitBuckets')
    .where('bucket', '=', rule.bucket)
    .where(sql<boolean>`tokens + (${param(nowMs)} - updated_at) * ${float(rule.perSecond / 1000)} >= ${float(rule.burst)}`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
