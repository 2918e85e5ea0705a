/**
 * Fault injection and the request log, shared by the simulated services. A fault answers in
 * place of the service for the next `times` matching requests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Service = 'imds' | 'arm' | 'cosmos' | 'table' | 'app-service' | 'entra' | 'oidc' | 'token-proxy';

type FaultAction =
  | { readonly status: number; readonly body?: string | object; readonly headers?: Record<string, string> }
  /** Wait, then let the service answer. */
  | { readonly delayMs: number }
  /**
   * Hold each matching request until `gate` of them are held, then let the service answer them
   * all at once: runners that start together reach ARM together, however long this machine
   * takes to start their processes (give the fault `times` equal to `gate`).
   */
  | { readonly gate: number }
  /** Accept and never answer. */
  | { readonly hang: true }
  /** Destroy the connection before any response. */
  | { readonly reset: true }
  /** Send headers and part of the body, then destroy the connection. */
  | { readonly resetMidBody: true }
  /** Answer 200 with `body`, one byte every `byteDelayMs`. */
  | { readonly slowBody: string; readonly byteDelayMs: number }
  /** Let the service answer, but send its body in ten parts, `dripBodyMs` apart. */
  | { readonly dripBodyMs: number }
  /** Let the service answer, without these top-level fields of its JSON body. */
  | { readonly omitFields: readonly string[] }
  /** Let the service answer, with these top-level fields of its JSON body set to these values. */
  | { readonly setFields: Readonly<Record<string, unknown>> };

export interface Fault {
  readonly service: Service;
  /** Matched against the request's path (without the query), as a substring. */
  readonly path?: string;
  readonly method?: string;
  /** How many matching requests it applies to (default 1; Infinity for all). */
  times?: number;
  readonly action: FaultAction;
}

export interface LoggedRequest {
  readonly service: Service;
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly at: number;
  /** When the answer was sent (0 while none was). */
  finishedAt: number;
  /** The status answered, or what happened instead. */
  outcome: number | 'hang' | 'reset' | 'reset-mid-body' | 'slow-body';
}

export class Faults {
  private readonly active: Fault[] = [];
  readonly requests: LoggedRequest[] = [];
  /** The requests each gate holds, released together when it opens. */
  private readonly gates = new Map<Fault, Array<() => void>>();
  /** When the last gate opened (performance.now()), 0 while none has. */
  gateOpenedAt = 0;

  inject(...faults: Fault[]): void {
    for (const fault of faults) this.active.push({ times: 1, ...fault });
  }

  clear(): void {
    this.active.length = 0;
    this.requests.length = 0;
    // Requests a gate still holds go on to the service: nothing is left hanging.
    for (const held of this.gates.values()) held.forEach((release) => release());
    this.gates.clear();
    this.gateOpenedAt = 0;
  }

  /** The longest chain of requests each sent after the previous one was answered: sequential round trips. */
  sequentialRoundTrips(): number {
    const depth = new Map<LoggedRequest, number>();
    const sorted = [...this.requests].sort((a, b) => a.at - b.at);
    for (const r of sorted) {
      const before = sorted.filter((p) => p.finishedAt > 0 && p.finishedAt <= r.at).map((p) => depth.get(p) ?? 1);
      depth.set(r, 1 + Math.max(0, ...before));
    }
    return Math.max(0, ...depth.values());
  }

  count(service: Service, path?: string): number {
    return this.requests.filter((r) => r.service === service && (path === undefined || r.path.includes(path))).length;
  }

  /** Log the request, and apply the first matching fault. Returns true when the fault answered. */
  async apply(service: Service, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const entry: LoggedRequest = {
      service,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      at: performance.now(),
      finishedAt: 0,
      outcome: 0,
    };
    this.requests.push(entry);
    res.on('finish', () => {
      entry.finishedAt = performance.now();
      if (entry.outcome === 0) entry.outcome = res.statusCode;
    });
    const index = this.active.findIndex(
      (f) => f.service === service && (!f.path || url.pathname.includes(f.path)) && (!f.method || f.method === req.method),
    );
    const fault = this.active[index];
    if (!fault) return false;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.active.splice(index, 1);
    const action = fault.action;
    if ('dripBodyMs' in action) {
      onServiceBody(res, (body, end) => {
        if (!res.headersSent) res.setHeader('content-length', body.length);
        const size = Math.ceil(body.length / 10);
        let sent = 0;
        const drip = (): void => {
          if (res.destroyed) return;
          const part = body.subarray(sent, (sent += size));
          if (sent >= body.length) return end(part);
          res.write(part);
          setTimeout(drip, action.dripBodyMs);
        };
        drip();
      });
      return false;
    }
    if ('omitFields' in action || 'setFields' in action) {
      onServiceBody(res, (body, end) => {
        const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        if ('omitFields' in action) for (const field of action.omitFields) delete json[field];
        else Object.assign(json, action.setFields);
        const text = JSON.stringify(json);
        if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(text));
        end(text);
      });
      return false;
    }
    if ('gate' in action) {
      const held = this.gates.get(fault) ?? [];
      this.gates.set(fault, held);
      await new Promise<void>((release) => {
        held.push(release);
        if (held.length < action.gate) return;
        this.gates.delete(fault);
        this.gateOpenedAt = performance.now();
        held.forEach((open) => open());
      });
      return false;
    }
    if ('delayMs' in action) {
      await new Promise((resolve) => setTimeout(resolve, action.delayMs));
      return false;
    }
    if ('hang' in action) {
      entry.outcome = 'hang';
      return true;
    }
    if ('reset' in action) {
      entry.outcome = 'reset';
      req.socket.destroy();
      return true;
    }
    if ('resetMidBody' in action) {
      entry.outcome = 'reset-mid-body';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"partial":');
      setTimeout(() => req.socket.destroy(), 20);
      return true;
    }
    if ('slowBody' in action) {
      entry.outcome = 'slow-body';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(action.slowBody)) });
      const bytes = [...Buffer.from(action.slowBody)];
      const drip = (): void => {
        const next = bytes.shift();
        if (next === undefined || res.destroyed) return void res.end();
        res.write(Buffer.from([next]));
        setTimeout(drip, action.byteDelayMs);
      };
      drip();
      return true;
    }
    const body = typeof action.body === 'string' ? action.body : JSON.stringify(action.body ?? {});
    res.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
    res.end(body);
    return true;
  }
}

/**
 * Let the service write its answer, but hand the body it ends the response with to `send`
 * (the services answer with one `res.end(body)`; a callback given to it is not supported).
 */
function onServiceBody(res: ServerResponse, send: (body: Buffer, end: (last: string | Buffer) => void) => void): void {
  const end = res.end.bind(res) as (chunk: string | Buffer) => ServerResponse;
  res.end = ((chunk?: unknown) => {
    send(typeof chunk === 'string' || Buffer.isBuffer(chunk) ? Buffer.from(chunk) : Buffer.alloc(0), (last) => void end(last));
    return res;
  }) as ServerResponse['end'];
}
