/**
 * ARM's throttling of key operations, as Azure documents it: a token bucket per principal (a
 * bucket size, and tokens refilled at a steady rate up to that size); a request that finds the
 * bucket empty is answered 429 with Retry-After in whole seconds, the time until a token is
 * back. Learn, "Understand how Azure Resource Manager throttles requests"
 * (azure-resource-manager/management/request-limits-and-throttling): "Regional throttling and
 * token bucket algorithm", "Error code", "Remaining requests".
 */

/** A bucket's size and refill rate. */
export interface BucketSettings {
  /** Tokens the bucket holds when full (the burst). */
  readonly capacity: number;
  /** Tokens added per second, up to `capacity`. */
  readonly refillPerSecond: number;
}

/** One request's verdict: served (with the whole tokens left), or refused with the seconds until a token is back. */
export type Take = { readonly ok: true; readonly remaining: number } | { readonly ok: false; readonly retryAfterSeconds: number };

/** A token bucket, full at first. `now` is in milliseconds (performance.now() unless given). */
export class TokenBucket {
  private tokens: number;
  private at: number;
  private readonly settings: BucketSettings;

  constructor(settings: BucketSettings, now: number = performance.now()) {
    if (!(settings.capacity >= 0) || !(settings.refillPerSecond > 0)) {
      throw new RangeError(`a bucket needs a capacity ≥ 0 and a refill rate > 0, not ${settings.capacity} and ${settings.refillPerSecond}`);
    }
    this.settings = settings;
    this.tokens = settings.capacity;
    this.at = now;
  }

  take(now: number = performance.now()): Take {
    const { capacity, refillPerSecond } = this.settings;
    this.tokens = Math.min(capacity, this.tokens + (Math.max(0, now - this.at) / 1000) * refillPerSecond);
    this.at = Math.max(this.at, now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true, remaining: Math.floor(this.tokens) };
    }
    // Whole seconds, as ARM sends Retry-After: rounded up, so a client that waits them finds a token.
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / refillPerSecond)) };
  }
}

/** Buckets per principal (the token's oid), each with the same settings, made on a principal's first request. */
export class PrincipalBuckets {
  readonly settings: BucketSettings;
  private readonly buckets = new Map<string, TokenBucket>();
  /** Requests served and refused, per principal. */
  readonly served = new Map<string, number>();
  readonly refused = new Map<string, number>();

  constructor(settings: BucketSettings) {
    this.settings = settings;
    // Checked now rather than at a principal's first request.
    new TokenBucket(settings);
  }

  take(principal: string, now: number = performance.now()): Take {
    let bucket = this.buckets.get(principal);
    if (!bucket) this.buckets.set(principal, (bucket = new TokenBucket(this.settings, now)));
    const verdict = bucket.take(now);
    const tally = verdict.ok ? this.served : this.refused;
    tally.set(principal, (tally.get(principal) ?? 0) + 1);
    return verdict;
  }
}
