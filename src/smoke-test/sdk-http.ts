/**
 * The smoke test's HTTP client for the Azure SDKs (the `httpClient` option of @azure/cosmos and
 * of @azure/data-tables: both take a core-rest-pipeline HttpClient), loaded with each SDK in its
 * lazy chunk (cosmos-sdk.ts, tables-sdk.ts). It takes the place of the SDKs' default client, which
 * buffers an answer of any size (past ~512 MB, Node cannot make it a string, and the error is
 * thrown from an event handler: the action's error path never runs) and reads no proxy variables:
 *
 * - each answer is read up to MAX_ANSWER_BYTES, and a longer one refused (DataPlaneAnswerTooLarge);
 * - the agent is the data plane's transport (net/transport.ts): ARM's proxy decision, NO_PROXY honoured;
 * - no compression is asked for and no redirect is followed: Node's own HTTP stack, as for ARM.
 *
 * Errors keep the shape the SDK's retry policies and failures.ts read: a `code` (the
 * Node error code, else REQUEST_SEND_ERROR as the SDK's own client says), and `AbortError` when
 * the request's signal aborts it.
 */
import * as core from '@actions/core';
import type { CosmosClientOptions } from '@azure/cosmos';
import { AzureLogger } from '@azure/logger';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { format } from 'node:util';
import { DataPlaneAnswerTooLarge } from './failures.ts';
import { MIN_RETRY_DELAY_MS, parseRetryAfter } from '../net/retry.ts';
import { serverText } from '../report/sanitize.ts';
import type { DataPlaneTransport } from '../net/transport.ts';

// The Azure SDK logs (with AZURE_LOG_LEVEL, or DEBUG=azure*) straight to stderr, which the runner
// reads for workflow commands too, and its lines hold the data plane's error messages: they go to
// the debug log instead, sanitised like any other server text.
AzureLogger.log = (...args: unknown[]): void => core.debug(serverText(format(...args), 1000));

// core-rest-pipeline's HttpClient, named through @azure/cosmos (a type only: nothing of the SDK is
// loaded here); @azure/data-tables takes the same type from the same core-rest-pipeline.
type HttpClient = NonNullable<CosmosClientOptions['httpClient']>;
type PipelineRequest = Parameters<HttpClient['sendRequest']>[0];
type PipelineResponse = Awaited<ReturnType<HttpClient['sendRequest']>>;
type HttpHeaders = PipelineResponse['headers'];

/**
 * The longest answer read: 4 MiB. The smoke test's reads (the account, a database, a container,
 * an offer, a list of one table) answer in a few KB; its query reads one page of one item (or
 * table entity), and an item can be up to 2 MB, in a page Cosmos DB caps at 4 MB. So no answer
 * Cosmos DB sends is refused, and none can
 * grow the process by more than this.
 */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** A request that got no (whole) answer: refused, reset, unreachable. */
class DataPlaneRequestError extends Error {
  override name = 'RestError';
  readonly code: string;

  constructor(message: string, code: string | undefined) {
    super(message);
    this.code = code ?? 'REQUEST_SEND_ERROR';
  }
}

class AbortError extends Error {
  override name = 'AbortError';
}

/** Response headers as the SDK reads them (`toJSON()`, `get()`): names in lower case, first value of a list. */
function headersOf(raw: IncomingHttpHeaders): HttpHeaders {
  const map = new Map<string, [name: string, value: string]>();
  const headers: HttpHeaders = {
    get: (name) => map.get(name.toLowerCase())?.[1],
    has: (name) => map.has(name.toLowerCase()),
    set: (name, value) => void map.set(name.toLowerCase(), [name, String(value)]),
    delete: (name) => void map.delete(name.toLowerCase()),
    // Object.fromEntries defines each name as the object's own property: a header named
    // __proto__ stays a header, it does not become the object's prototype.
    toJSON: (options) => Object.fromEntries([...map].map(([key, [name, value]]) => [options?.preserveCase ? name : key, value])),
    *[Symbol.iterator]() {
      for (const [key, [, value]] of map) yield [key, value];
    },
  };
  for (const [name, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) headers.set(name, first);
  }
  // The SDKs wait what the data plane says before retrying a throttled request: never less than
  // the floor every other service gets (net/retry.ts), whatever it says (0, negative, not a number).
  // @azure/cosmos reads x-ms-retry-after-ms; core-rest-pipeline (@azure/data-tables) reads
  // retry-after-ms, x-ms-retry-after-ms, then Retry-After (seconds, or a date).
  for (const name of ['x-ms-retry-after-ms', 'retry-after-ms']) {
    const ms = headers.get(name);
    if (ms !== undefined && !(Number(ms) >= MIN_RETRY_DELAY_MS)) headers.set(name, String(MIN_RETRY_DELAY_MS));
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== undefined && !((parseRetryAfter(retryAfter) ?? 0) >= MIN_RETRY_DELAY_MS))
    headers.set('retry-after', String(MIN_RETRY_DELAY_MS / 1000));
  return headers;
}

function bodyOf(body: PipelineRequest['body']): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  // The SDKs send JSON text; a stream or form would be a change in an SDK worth knowing of.
  throw new DataPlaneRequestError('unsupported request body type', 'UNSUPPORTED_BODY');
}

/** Read `res` whole, refusing it as soon as it is known to be longer than `limit` bytes. */
function readAnswer(res: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(res.headers['content-length']);
    if (declared > limit) {
      res.destroy();
      return reject(new DataPlaneAnswerTooLarge(limit));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        res.destroy();
        reject(new DataPlaneAnswerTooLarge(limit));
      } else {
        chunks.push(chunk);
      }
    });
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', (error: NodeJS.ErrnoException) => reject(new DataPlaneRequestError(error.message, error.code)));
    res.on('close', () => {
      if (!res.complete) reject(new DataPlaneRequestError('the connection closed before the answer was complete', 'ECONNRESET'));
    });
  });
}

/** An `httpClient` for the Azure SDKs that reaches the data plane through `transport`, reading at most `limit` bytes an answer. */
export function dataPlaneHttpClient(transport: DataPlaneTransport, limit = MAX_ANSWER_BYTES): HttpClient {
  return {
    sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const signal = request.abortSignal;
      if (signal?.aborted) return Promise.reject(new AbortError('The request was aborted before it was sent.'));
      let onAbort = (): void => undefined;
      const exchange = new Promise<PipelineResponse>((resolve, reject) => {
        const url = new URL(request.url);
        const body = bodyOf(request.body);
        const headers = request.headers.toJSON({ preserveCase: true });
        // No compression asked for; the length is the body's own, set once whatever the case it came in.
        for (const name of Object.keys(headers)) if (/^(accept-encoding|content-length)$/i.test(name)) delete headers[name];
        if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
        const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
        const req = send(url, { method: request.method, headers, agent: transport.agent(url) }, (res) => {
          readAnswer(res, limit).then(
            (bodyAsText) => resolve({ request, status: res.statusCode ?? 0, headers: headersOf(res.headers), bodyAsText }),
            reject,
          );
        });
        onAbort = () => {
          const error = new AbortError('The request was aborted.');
          req.destroy(error);
          reject(error);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        req.on('error', (error: NodeJS.ErrnoException) => {
          reject(error instanceof AbortError ? error : new DataPlaneRequestError(error.message, error.code));
        });
        req.end(body);
      });
      return exchange.finally(() => signal?.removeEventListener('abort', onAbort));
    },
  };
}
