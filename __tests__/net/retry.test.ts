/** The rules over every retry policy: the floor, the caps, and throttling waited out within the budget. */
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
  it('waits out a 429 with Retry-After past maxAttempts, Retry-After plus up to a fifth more', () => {
    for (let i = 0; i < 50; i++) {
      const wait = nextWait(policy, { status: 429, retryAfterMs: 2000 }, 12, 30_000, budget(60), undefined);
      expect(typeof wait).toBe('number');
      expect(wait as number).toBeGreaterThanOrEqual(2000);
      expect(wait as number).toBeLessThanOrEqual(2400);
    }
  });

  it('never under the floor, and never past the budget', () => {
    expect(nextWait(policy, { status: 429, retryAfterMs: MIN_RETRY_DELAY_MS }, 9, 0, budget(60), undefined)).toBeGreaterThanOrEqual(
      MIN_RETRY_DELAY_MS,
    );
    expect(nextWait(policy, { status: 429, retryAfterMs: 120_000 }, 1, 0, budget(60), undefined)).toBe('budget');
  });

  it('keeps the caps for other failures, for a 429 without Retry-After, and for a policy that does not wait out throttling', () => {
    expect(nextWait(policy, { status: 503, retryAfterMs: 1000 }, 5, 0, budget(60), undefined)).toBe('attempts');
    expect(nextWait(policy, { status: 429 }, 5, 0, budget(60), undefined)).toBe('attempts');
    expect(nextWait({ ...policy, waitOutThrottling: false }, { status: 429, retryAfterMs: 1000 }, 5, 0, budget(60), undefined)).toBe(
      'attempts',
    );
  });
});
