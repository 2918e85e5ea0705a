/**
 * Preloaded into the action's process by fault tests (NODE_OPTIONS=--import): names under
 * `.sim.test` resolve to 127.0.0.1 without asking any DNS server; every other name is refused
 * (ENOTFOUND), so no test ever sends a DNS query off the machine.
 */
import dns from 'node:dns';

type Callback = (error: NodeJS.ErrnoException | null, address?: string | dns.LookupAddress[], family?: number) => void;

const original = dns.lookup;
const fake = (hostname: string, options: unknown, callback?: unknown): void => {
  const cb = (typeof options === 'function' ? options : callback) as Callback;
  const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
  if (hostname === 'localhost' || /^[\d.]+$/.test(hostname)) {
    (original as (h: string, o: unknown, c: Callback) => void)(hostname, typeof options === 'function' ? {} : options, cb);
    return;
  }
  if (hostname.endsWith('.sim.test')) {
    process.nextTick(() => (all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
    return;
  }
  const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  error.code = 'ENOTFOUND';
  process.nextTick(() => cb(error));
};
dns.lookup = fake as typeof dns.lookup;
