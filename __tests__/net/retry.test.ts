/** The rules over every retry policy: the floor, the caps, and throttling waited out within the budget, with a jitter that spreads a fleet. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { Budget } from '../../src/net/budget.ts';
import { MIN_RETRY_DELAY_MS, nextWait, type RetryPolicy } from '../../src/net/retry.ts';

const budgets: Budget[] = [];
const budget = (seconds: number): Budget => {
  const made = new Budget(seconds);
  budgets.push(made);
  return made;
};
afterEach(() => budgets.splice(0).forEach((b) => b.cancel()));

const policy: RetryPolicy = {
  statusCodes: [429, 503],
  errorCodes: [],
  maxAttempts: 5,
  waitOutThrottling: true,
  delay: ({ retryAfterMs }, attempt) => (attempt > 4 ? undefined : (retryAfterMs ?? 1000)),
};

describe('nextWait', () => {
  it('waits out a 429 with Retry-After past maxAttempts: Retry-After plus up to 5 × it more, doubling with each throttled wait, 10 s at most', () => {
    const waits = (attempts: number): number[] =>
      Array.from(
        { length: 200 },
        () => nextWait(policy, { status: 429, retryAfterMs: 1000 }, attempts, 0, budget(60), undefined) as number,
      );
    for (const [attempts, spread] of [
      [1, 5000],
      [2, 10_000],
      [3, 10_000],
      [12, 10_000],
    ] as const) {
      const seen = waits(attempts);
      expect(Math.min(...seen)).toBeGreaterThanOrEqual(1000);
      expect(Math.max(...seen)).toBeLessThanOrEqual(1000 + spread);
      // Spread over the whole span, not bunched: 200 draws fill both halves of it.
      expect(seen.some((w) => w < 1000 + spread / 2) && seen.some((w) => w > 1000 + spread / 2)).toBe(true);
    }
  });

  it('keeps the next attempt out of the last second of the budget, and waits Retry-After itself when nothing else fits', () => {
    for (let i = 0; i < 50; i++) {
      const wait = nextWait(policy, { status: 429, retryAfterMs: 1000 }, 3, 0, budget(3), undefined) as number;
      expect(wait).toBeGreaterThanOrEqual(1000);
      expect(wait).toBeLessThanOrEqual(2000);
      expect(nextWait(policy, { status: 429, retryAfterMs: 1000 }, 3, 0, budget(1.8), undefined)).toBe(1000);
    }
  });

  it('asks again at the floor, without jitter, a server that asks for no wait (0, a date already past)', () => {
    for (let i = 0; i < 20; i++) {
      expect(nextWait(policy, { status: 429, retryAfterMs: 0 }, 1 + i, 0, budget(60), undefined)).toBe(MIN_RETRY_DELAY_MS);
    }
  });

  it('never under the floor, and never past the budget', () => {
    expect(nextWait(policy, { status: 429, retryAfterMs: MIN_RETRY_DELAY_MS }, 9, 0, budget(60), undefined)).toBeGreaterThanOrEqual(
      MIN_RETRY_DELAY_MS,
    );
    expect(nextWait(policy, { status: 429, retryAfterMs: 120_000 }, 1, 0, budget(60), undefined)).toBe('budget');
  });

  it('hands a policy Retry-After raised to the floor', () => {
    const seen: Array<number | undefined> = [];
    nextWait({ ...policy, delay: (f) => (seen.push(f.retryAfterMs), 0) }, { status: 503, retryAfterMs: 0 }, 1, 0, budget(60), undefined);
    expect(seen).toEqual([MIN_RETRY_DELAY_MS]);
  });

  it('keeps the caps for other failures, for a 429 without Retry-After, and for a policy that does not wait out throttling', () => {
    expect(nextWait(policy, { status: 503, retryAfterMs: 1000 }, 5, 0, budget(60), undefined)).toBe('attempts');
    expect(nextWait(policy, { status: 429 }, 5, 0, budget(60), undefined)).toBe('attempts');
    expect(nextWait({ ...policy, waitOutThrottling: false }, { status: 429, retryAfterMs: 1000 }, 5, 0, budget(60), undefined)).toBe(
      'attempts',
    );
  });
});
