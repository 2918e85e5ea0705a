/**
 * The HTTP plumbing both clients share: one time budget for the whole run, retries driven by
 * a per-service policy (see retry.ts), and bounded reads of response bodies, on Node's own HTTP stack.
 */
import { request as httpRequest, type Agent, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Budget } from './budget.ts';
import { userAgent } from './user-agent.ts';
import { RequestLimitReached, nextWait, parseRetryAfter, type Failure, type GaveUp, type RequestLimit, type RetryPolicy } from './retry.ts';

export interface HttpRequest {
  readonly url: URL;
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** A response, and how many attempts and milliseconds it took. */
export interface Exchange {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly attempts: number;
  readonly ms: number;
  /** Of `ms`, the time spent waiting between attempts. */
  readonly waitedMs: number;
  /** For a retryable status returned as it is: what ended the retries. */
  readonly gaveUp?: GaveUp;
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

const MAX_BODY_BYTES = 1024 * 1024;

/** How a client reaches its service: the agent (direct, or a proxy tunnel) and a connect bound. */
export interface Transport {
  agent(url: URL): Agent;
  readonly connectTimeoutMs: number;
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface CodedError extends Error {
  code?: string;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** One request and its whole (bounded) body. Node's own HTTP stack: no redirects are followed. */
function attempt(req: HttpRequest, transport: Transport, signal: AbortSignal): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'user-agent': userAgent(), ...req.headers };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    const request = (req.url.protocol === 'https:' ? httpsRequest : httpRequest)(
      req.url,
      { method: req.method, headers, agent: transport.agent(req.url), signal },
      (res) => {
        readBounded(res).then((body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }), reject);
      },
    );
    request.on('error', reject);
    request.on('socket', (socket) => {
      if (!socket.connecting) return;
      const timer = setTimeout(() => {
        const error: CodedError = new Error('connect timeout');
        error.code = 'ECONNECTTIMEOUT';
        request.destroy(error);
      }, transport.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
    request.end(req.body);
  });
}

/** A wait between two attempts, as `send` tells its caller before it waits. */
export interface Wait {
  readonly ms: number;
  /** The failure waited after, and the attempts made so far (the next is attempts + 1). */
  readonly failure: Failure;
  readonly attempts: number;
  /** Since the first attempt was sent, and waited in all before this wait. */
  readonly sinceFirstMs: number;
  readonly waitedMs: number;
}

/**
 * Send one request, retrying as `policy` says within `budget` (and `limit`, when given), and read
 * the body (at most MAX_BODY_BYTES). No wait between attempts is shorter than MIN_RETRY_DELAY_MS,
 * and no call makes more than `policy.maxAttempts` attempts, a 429 that the policy waits out
 * excepted. `onWait` hears of each wait before it starts. When the retries end on a retryable
 * status, the last answer is returned with its body, so the caller can explain it.
 */
export async function send(
  transport: Transport,
  req: HttpRequest,
  policy: RetryPolicy,
  budget: Budget,
  limit?: RequestLimit,
  onWait?: (wait: Wait) => void,
): Promise<Exchange> {
  const started = Date.now();
  const signal = budget.signal;
  let lastStatus: number | undefined;
  let waitedMs = 0;
  if (limit && !limit.take()) throw new RequestLimitReached(limit.max);
  for (let attempts = 1; ; attempts++) {
    let failure: Failure;
    let last: Answer | undefined;
    try {
      const answer = await attempt(req, transport, signal);
      if (!policy.statusCodes.includes(answer.status)) {
        limit?.release();
        return { ...answer, attempts, ms: Date.now() - started, waitedMs };
      }
      last = answer;
      lastStatus = answer.status;
      failure = { status: answer.status, retryAfterMs: parseRetryAfter(answer.headers['retry-after']) };
    } catch (error) {
      if (signal.aborted) throw new NetworkFailure('TIMEOUT', attempts, true, lastStatus);
      if (error instanceof BodyTooLarge) throw error;
      const code = (error as CodedError).code ?? (error as Error).name;
      if (!policy.errorCodes.includes(code)) throw new NetworkFailure(code, attempts, false, lastStatus);
      failure = { code };
    }
    const next = nextWait(policy, failure, attempts, Date.now() - started, budget, limit);
    if (typeof next === 'string') {
      if (last) return { ...last, attempts, ms: Date.now() - started, waitedMs, gaveUp: next };
      throw new NetworkFailure(failure.code ?? 'ERROR', attempts, false, lastStatus);
    }
    onWait?.({ ms: next, failure, attempts, sinceFirstMs: Date.now() - started, waitedMs });
    waitedMs += next;
    try {
      await sleep(next, signal);
    } catch {
      throw new NetworkFailure('TIMEOUT', attempts, true, lastStatus);
    }
  }
}

async function readBounded(body: IncomingMessage): Promise<string> {
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
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
