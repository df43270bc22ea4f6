/**
 * A token bucket per client address, in memory. A bucket holds `burst` tokens and gains `perSecond`
 * back: a whole hospital network behind one address can answer together, while one client sending
 * hundreds in a row is stopped. Each app instance keeps its own buckets.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for this client; false when it has none left. */
  take(client: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    return allowed;
  }

  /** Seconds until this client has a token again. */
  retryAfter(client: string): number {
    const bucket = this.buckets.get(client);
    return bucket ? Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond)) : 0;
  }

  /** Buckets that have refilled are the same as no bucket: drop them so memory stays bounded. */
  private forgetFull(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(client);
    }
  }
}

/** Answers per client address: 90 at once (a full workshop room behind one address), then one a second. */
export function createAnswerRateLimiter(): RateLimiter {
  return new RateLimiter(90, 1);
}
