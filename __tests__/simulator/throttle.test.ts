/** The simulator's token buckets: ARM's throttling of key operations, per principal, on a clock the test gives. */
import { describe, expect, it } from '@jest/globals';
import { PrincipalBuckets, TokenBucket } from '../../simulator/throttle.ts';

describe('TokenBucket', () => {
  it('serves its capacity at once, then refuses with the whole seconds until a token is back', () => {
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2 }, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([
      { ok: true, remaining: 2 },
      { ok: true, remaining: 1 },
      { ok: true, remaining: 0 },
    ]);
    // 0.5 s to the next token at 2/s: Retry-After is whole seconds, rounded up.
    expect(bucket.take(0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(bucket.take(499)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(bucket.take(500)).toEqual({ ok: true, remaining: 0 });
  });

  it('refills at its rate, never past its capacity', () => {
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 2 }, 0);
    bucket.take(0);
    bucket.take(0);
    // An hour idle refills two tokens, not 7200.
    expect(bucket.take(3_600_000)).toEqual({ ok: true, remaining: 1 });
    expect(bucket.take(3_600_000)).toEqual({ ok: true, remaining: 0 });
    expect(bucket.take(3_600_000).ok).toBe(false);
  });

  it('serves N requests in (N − capacity) / rate seconds: its drain time', () => {
    const bucket = new TokenBucket({ capacity: 10, refillPerSecond: 2 }, 0);
    let served = 0;
    // 40 callers asking every 10 ms for 15 s.
    for (let t = 0; t <= 15_000; t += 10) while (served < 40 && bucket.take(t).ok) served++;
    expect(served).toBe(40);
    const late = new TokenBucket({ capacity: 10, refillPerSecond: 2 }, 0);
    let byThen = 0;
    for (let t = 0; t < 14_990; t += 10) while (late.take(t).ok) byThen++;
    expect(byThen).toBe(39);
  });

  it('asks a slow refill to wait the seconds it needs', () => {
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 0.25 }, 0);
    bucket.take(0);
    expect(bucket.take(0)).toEqual({ ok: false, retryAfterSeconds: 4 });
    expect(bucket.take(1500)).toEqual({ ok: false, retryAfterSeconds: 3 });
  });

  it('does not run backwards on a clock that does', () => {
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 1 }, 1000);
    bucket.take(1000);
    expect(bucket.take(0).ok).toBe(false);
    expect(bucket.take(2000).ok).toBe(true);
  });

  it('refuses settings that could not serve', () => {
    expect(() => new TokenBucket({ capacity: 10, refillPerSecond: 0 })).toThrow(RangeError);
    expect(() => new PrincipalBuckets({ capacity: Number.NaN, refillPerSecond: 1 })).toThrow(RangeError);
  });
});

describe('PrincipalBuckets', () => {
  it('gives each principal a bucket of its own, and counts what each was served and refused', () => {
    const buckets = new PrincipalBuckets({ capacity: 1, refillPerSecond: 1 });
    expect(buckets.take('a', 0).ok).toBe(true);
    expect(buckets.take('a', 0).ok).toBe(false);
    expect(buckets.take('b', 0).ok).toBe(true);
    expect(buckets.take('a', 1000).ok).toBe(true);
    expect(Object.fromEntries(buckets.served)).toEqual({ a: 2, b: 1 });
    expect(Object.fromEntries(buckets.refused)).toEqual({ a: 1 });
  });
});
