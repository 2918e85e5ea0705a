/** URL inputs (arm-endpoint, arm-resource, endpoint): https, or http only to loopback; never echoed whole. */
import { InputError, quote } from '../report/errors.ts';

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** A base URL: https (http only to loopback), no credentials, query or fragment; without a trailing slash. */
export function checkBaseUrl(input: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(input, 'is not a URL.');
  }
  // Never echo the URL itself: it may hold credentials.
  if (url.username || url.password) throw new InputError(input, 'must not contain credentials.');
  const shown = quote(`${url.protocol}//${url.host}`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new InputError(input, `${shown} must use https (plain http is allowed only to a loopback address).`);
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new InputError(input, 'must not have a query or fragment.');
  }
  return url.href.replace(/\/+$/, '');
}

/** A Cosmos DB account endpoint (auth entra), normalised with a trailing slash. */
export function checkEndpoint(value: string): string {
  const base = checkBaseUrl('endpoint', value);
  if (new URL(base).pathname !== '/') throw new InputError('endpoint', 'must be the account endpoint, without a path.');
  return `${base}/`;
}

/**
 * The api-endpoint input, in the api-endpoint output's forms: `host:port` (MongoDB, Cassandra) or
 * an https / wss URL without a path (Table, Gremlin); no credentials, query or fragment.
 */
export function checkApiEndpoint(value: string): string {
  if (/^[a-z0-9.-]+:\d{1,5}$/i.test(value) || /^\[[0-9a-f:.]+\]:\d{1,5}$/i.test(value)) return value.toLowerCase();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('api-endpoint', 'is neither host:port nor a URL.');
  }
  if (url.username || url.password) throw new InputError('api-endpoint', 'must not contain credentials.');
  if (url.protocol !== 'https:' && url.protocol !== 'wss:')
    throw new InputError('api-endpoint', 'must be host:port, or an https or wss URL.');
  if (url.search || url.hash || value.includes('?') || value.includes('#') || url.pathname !== '/') {
    throw new InputError('api-endpoint', 'must not have a path, query or fragment.');
  }
  return `${url.protocol}//${url.hostname}:${url.port || '443'}/`;
}
