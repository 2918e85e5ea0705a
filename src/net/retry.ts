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
  /** Retry-After as the server sent it (0 for a date already past); a policy's `delay` sees it raised to MIN_RETRY_DELAY_MS. */
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

/** The jitter on a call's first throttled wait spreads over this many times the Retry-After asked, */
const THROTTLE_SPREAD = 5;
/** doubling with each throttled wait after it, up to this. */
const MAX_THROTTLE_SPREAD_MS = 10_000;
/** The jitter never pushes an attempt into the last this-much of the budget: the attempt needs time to be answered. */
const ANSWER_ROOM_MS = 1000;

/**
 * What a throttled wait adds to Retry-After, at random: up to 5 × the Retry-After asked on a
 * call's first throttled wait, 10 × on its second, and so on (10 s at most), and never so much
 * that the next attempt falls in the budget's last second. Runs throttled together come back
 * spread out, over a longer span each time they are throttled again, so a fleet larger than the
 * bucket comes back at about the rate the bucket refills at, instead of all of it each time
 * Retry-After ends (docs/benchmarks.md, "A fleet under ARM's throttling": 40 runs against a
 * bucket of 10 refilling at 2/s made 6.2 to 6.4 key requests a run with a jitter of a fifth,
 * 2.2 to 2.3 with this). A server that asks for no wait (0, or a date already past) is asked
 * again at the floor, without jitter.
 */
function throttleJitter(askedMs: number, attempts: number, roomMs: number): number {
  const spread = Math.min(MAX_THROTTLE_SPREAD_MS, askedMs * THROTTLE_SPREAD * 2 ** Math.min(attempts - 1, 10));
  return Math.random() * Math.max(0, Math.min(spread, roomMs - ANSWER_ROOM_MS));
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

/** The wait before the next attempt (at least MIN_RETRY_DELAY_MS, and counted against `limit`), or why there is none. */
export function nextWait(
  policy: RetryPolicy,
  failure: Failure,
  attempts: number,
  sinceFirstMs: number,
  budget: Budget,
  limit: RequestLimit | undefined,
): number | GaveUp {
  const asked = failure.retryAfterMs;
  if (policy.waitOutThrottling && failure.status === 429 && asked !== undefined) {
    const floored = Math.max(MIN_RETRY_DELAY_MS, asked);
    const wait = floored + throttleJitter(asked, attempts, budget.remainingMs() - floored);
    if (wait >= budget.remainingMs()) return 'budget';
    if (limit && !limit.take()) return 'limit';
    return wait;
  }
  if (attempts >= policy.maxAttempts) return 'attempts';
  const delay = policy.delay(
    asked === undefined ? failure : { ...failure, retryAfterMs: Math.max(MIN_RETRY_DELAY_MS, asked) },
    attempts,
    sinceFirstMs,
  );
  if (delay === undefined || !Number.isFinite(delay)) return 'policy';
  const wait = Math.max(MIN_RETRY_DELAY_MS, delay);
  if (wait >= budget.remainingMs()) return 'budget';
  if (limit && !limit.take()) return 'limit';
  return wait;
}
