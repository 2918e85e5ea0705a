/**
 * The HTTP plumbing both clients share: one time budget for the whole run, undici's retry
 * handler driven by a per-service policy, and bounded reads of response bodies.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { RetryAgent, request, type Dispatcher } from 'undici';

/** One bound on all network work of a run (`timeout-seconds`). */
export class Budget {
  readonly seconds: number;
  private readonly deadline: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;

  constructor(seconds: number) {
    this.seconds = seconds;
    this.deadline = Date.now() + seconds * 1000;
    this.timer = setTimeout(() => this.controller.abort(new BudgetExpired()), seconds * 1000);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /** Stop every request still under way (used once the run has failed or finished). */
  cancel(): void {
    clearTimeout(this.timer);
    if (!this.controller.signal.aborted) this.controller.abort(new BudgetExpired());
  }
}

class BudgetExpired extends Error {
  override name = 'BudgetExpired';
}

/** What went wrong on one attempt, as a retry policy sees it. */
export interface Failure {
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterMs?: number;
}

export interface RetryPolicy {
  readonly statusCodes: readonly number[];
  readonly errorCodes: readonly string[];
  /** Milliseconds to wait before another attempt, or undefined to give up. `attempt` counts from 1. */
  delay(failure: Failure, attempt: number, sinceFirstMs: number): number | undefined;
}

export interface HttpRequest {
  readonly url: URL;
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** A response. `body` is empty when retries ran out on a retryable status (undici drops it). */
export interface Exchange {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly attempts: number;
  readonly ms: number;
}

/** The request never got a response: refused, reset, unreachable, or out of time. */
export class NetworkFailure extends Error {
  override name = 'NetworkFailure';
  readonly code: string;
  readonly attempts: number;
  readonly timedOut: boolean;
  /** The last HTTP status seen before time ran out, if any. */
  readonly lastStatus?: number;

  constructor(code: string, attempts: number, timedOut: boolean, lastStatus?: number) {
    super(timedOut ? 'timed out' : code);
    this.code = code;
    this.attempts = attempts;
    this.timedOut = timedOut;
    this.lastStatus = lastStatus;
  }
}

/** The response body was larger than a service's answer can be. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

export const MAX_BODY_BYTES = 1024 * 1024;

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

interface RetryError extends Error {
  code?: string;
  statusCode?: number;
  headers?: IncomingHttpHeaders;
}

/**
 * Send one request through `base`, retrying as `policy` says within `budget`, and read the
 * body (at most MAX_BODY_BYTES). Redirects are never followed.
 */
export async function send(base: Dispatcher, req: HttpRequest, policy: RetryPolicy, budget: Budget): Promise<Exchange> {
  const started = Date.now();
  let attempts = 1;
  let lastStatus: number | undefined;
  const signal = budget.signal;

  const retry = (err: RetryError, _context: unknown, callback: (err?: Error | null) => void): void => {
    const code = err.code;
    if (code && code !== 'UND_ERR_REQ_RETRY' && !policy.errorCodes.includes(code)) return callback(err);
    if (err.statusCode !== undefined) lastStatus = err.statusCode;
    const failure: Failure = {
      status: err.statusCode,
      code: code === 'UND_ERR_REQ_RETRY' ? undefined : code,
      retryAfterMs: parseRetryAfter(err.headers?.['retry-after']),
    };
    const wait = policy.delay(failure, attempts, Date.now() - started);
    if (wait === undefined || wait >= budget.remainingMs() || signal.aborted) return callback(err);
    attempts += 1;
    const onAbort = (): void => {
      clearTimeout(timer);
      callback(err);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      callback(null);
    }, wait);
    signal.addEventListener('abort', onAbort, { once: true });
  };

  const dispatcher = new RetryAgent(base, {
    methods: [req.method],
    statusCodes: [...policy.statusCodes],
    errorCodes: [...policy.errorCodes],
    maxRetries: Number.MAX_SAFE_INTEGER,
    retry,
  });

  try {
    const res = await request(req.url, {
      dispatcher,
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal,
    });
    const body = await readBounded(res.body);
    return { status: res.statusCode, headers: res.headers, body, attempts, ms: Date.now() - started };
  } catch (error) {
    if (error instanceof BodyTooLarge) throw error;
    const err = error as RetryError;
    if (signal.aborted) throw new NetworkFailure('TIMEOUT', attempts, true, lastStatus);
    if (err.code === 'UND_ERR_REQ_RETRY' && err.statusCode !== undefined) {
      return { status: err.statusCode, headers: err.headers ?? {}, body: '', attempts, ms: Date.now() - started };
    }
    throw new NetworkFailure(err.code ?? err.name, attempts, false, lastStatus);
  }
}

async function readBounded(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      body.destroy();
      throw new BodyTooLarge(`response body over ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parse a JSON body into an object, or undefined when it is not a JSON object. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
