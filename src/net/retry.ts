/**
 * Retry policies and the rules over them that no policy can bend: no wait shorter than
 * MIN_RETRY_DELAY_MS whatever the server says, no more than a policy's maxAttempts for one call,
 * and, for a service that throttles per machine, a cap on the requests of a whole run.
 */
import type { Budget } from './budget.ts';

/** What went wrong on one attempt, as a retry policy sees it. */
export interface Failure {
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterMs?: number;
}

export interface RetryPolicy {
  readonly statusCodes: readonly number[];
  readonly errorCodes: readonly string[];
  /** The most attempts one call makes, first included, whatever `delay` says. */
  readonly maxAttempts: number;
  /**
   * A 429 with Retry-After is waited out for as long as the run's budget allows, past
   * maxAttempts and `delay`: a service that throttles a fleet sharing one identity (ARM) clears
   * when the fleet spreads out, which jitter on each wait makes it do.
   */
  readonly waitOutThrottling?: boolean;
  /**
   * Milliseconds to wait before another attempt, or undefined to give up. `attempt` counts from 1.
   * A wait under MIN_RETRY_DELAY_MS is raised to it (and so is the failure's `retryAfterMs`).
   */
  delay(failure: Failure, attempt: number, sinceFirstMs: number): number | undefined;
}

/**
 * No retry follows its failure sooner than this, whatever Retry-After says (0, negative, a date
 * already past): a server answering "Retry-After: 0" forever must not turn into a hot loop.
 */
export const MIN_RETRY_DELAY_MS = 500;

/**
 * A cap, shared by all of a client's calls in a run, on its requests that did not succeed, for a
 * service that throttles per machine (IMDS). A request counts from when it is sent until it is
 * answered with a status its policy does not retry, when it is given back: a run that keeps
 * failing stops at `max` requests in all, while one that succeeds may ask as often as it needs
 * (a token refreshed many times). Neither a retry nor a first attempt is sent past the cap.
 */
export class RequestLimit {
  readonly max: number;
  private counted = 0;

  constructor(max: number) {
    this.max = max;
  }

  /** Count one request about to be sent, or answer false when the cap is reached (and count nothing). */
  take(): boolean {
    if (this.counted >= this.max) return false;
    this.counted++;
    return true;
  }

  /** Give back a request's place: it was answered for good. */
  release(): void {
    this.counted = Math.max(0, this.counted - 1);
  }
}

/** A call refused before its first attempt: its client's RequestLimit was reached. */
export class RequestLimitReached extends Error {
  override name = 'RequestLimitReached';
  readonly max: number;

  constructor(max: number) {
    super(`request limit of ${max} reached`);
    this.max = max;
  }
}

/** Why `send` stopped retrying a retryable answer. */
export type GaveUp = 'policy' | 'attempts' | 'limit' | 'budget';

/** Up to a fifth of a throttled wait (2 s at most) more, at random: runs throttled together do not come back together. */
function throttleJitter(retryAfterMs: number): number {
  return Math.random() * Math.min(Math.max(retryAfterMs, MIN_RETRY_DELAY_MS) * 0.2, 2000);
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now (0 for a past date or a negative number). */
export function parseRetryAfter(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Retry-After as a policy sees it: never under MIN_RETRY_DELAY_MS (0, negative, a date already past). */
export function flooredRetryAfter(value: string | string[] | undefined): number | undefined {
  const ms = parseRetryAfter(value);
  return ms === undefined ? undefined : Math.max(MIN_RETRY_DELAY_MS, ms);
}

/** The wait before the next attempt (at least MIN_RETRY_DELAY_MS, and counted against `limit`), or why there is none. */
export function nextWait(
  policy: RetryPolicy,
  failure: Failure,
  attempts: number,
  sinceFirstMs: number,
  budget: Budget,
  limit: RequestLimit | undefined,
): number | GaveUp {
  if (policy.waitOutThrottling && failure.status === 429 && failure.retryAfterMs !== undefined) {
    const wait = Math.max(MIN_RETRY_DELAY_MS, failure.retryAfterMs + throttleJitter(failure.retryAfterMs));
    if (wait >= budget.remainingMs()) return 'budget';
    if (limit && !limit.take()) return 'limit';
    return wait;
  }
  if (attempts >= policy.maxAttempts) return 'attempts';
  const delay = policy.delay(failure, attempts, sinceFirstMs);
  if (delay === undefined || !Number.isFinite(delay)) return 'policy';
  const wait = Math.max(MIN_RETRY_DELAY_MS, delay);
  if (wait >= budget.remainingMs()) return 'budget';
  if (limit && !limit.take()) return 'limit';
  return wait;
}
