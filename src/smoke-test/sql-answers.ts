/**
 * What the smoke test takes from the data plane's answers, read as untrusted: region names,
 * partition-key paths and throughput become log text only through serverText() (numbers only
 * when finite), and the write probe's item, built from the partition-key paths, is made of
 * objects without a prototype, from paths refused when a segment names a prototype property;
 * and the request charge each answer reports.
 */
import { ActionError } from '../report/errors.ts';
import { serverText } from '../report/sanitize.ts';

/** At most this many regions are named in the log. */
const MAX_REGIONS = 10;

/** Path segments that reach Object.prototype from any object: never followed. */
const PROTOTYPE_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A finite number, or undefined for anything else (a string, NaN, Infinity, an object). */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The account read's regions (readableLocations), for the log: 'regions: A, B' or 'reachable'. */
export function regionsText(readableLocations: unknown): string {
  const names = (Array.isArray(readableLocations) ? readableLocations : [])
    .map((location: unknown) => (location !== null && typeof location === 'object' ? (location as { name?: unknown }).name : undefined))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => serverText(name, 60));
  if (names.length === 0) return 'reachable';
  const more = names.length > MAX_REGIONS ? ` and ${names.length - MAX_REGIONS} more` : '';
  return `regions: ${names.slice(0, MAX_REGIONS).join(', ')}${more}`;
}

/**
 * The partition-key paths of container `container` from its definition as read (none for a
 * container without one). Refused (an ActionError that names the container and says why): a
 * definition that is not a list of /paths, and a path with a segment __proto__, constructor or
 * prototype, which the write probe would otherwise follow out of its item into Object.prototype.
 */
export function partitionKeyPaths(container: string, definition: unknown): readonly string[] {
  if (definition === undefined || definition === null) return [];
  const paths = (definition as { paths?: unknown }).paths;
  const name = serverText(container, 100);
  if (!Array.isArray(paths) || !paths.every((path): path is string => typeof path === 'string' && path.startsWith('/'))) {
    throw new ActionError(
      `container '${name}' answered with a partition key definition whose paths are not a list of /paths, which Cosmos DB does not send. Check that the endpoint is the account's.`,
    );
  }
  for (const path of paths) {
    const segment = path.split('/').find((part) => PROTOTYPE_SEGMENTS.has(part));
    if (segment !== undefined) {
      throw new ActionError(
        `container '${name}' has the partition key path '${serverText(path, 100)}', whose segment '${segment}' names a property every JavaScript object inherits: ` +
          `following it to build the marker item would change every object in the action, so the smoke test refuses it. ` +
          `Run the smoke test against a container with another partition key.`,
      );
    }
  }
  return paths;
}

/** The partition-key paths for the log: each on one line, bounded. */
export function pathsText(paths: readonly string[]): string {
  return paths.length ? paths.map((path) => serverText(path, 100)).join(', ') : 'none';
}

/**
 * Throughput from an offer read for the container (`level`), for the log: numbers only when
 * finite and positive, else said to be unreadable.
 */
export function throughputText(offer: unknown, level: string): string {
  if (offer === undefined) return 'no provisioned throughput (serverless?)';
  const content = offer !== null && typeof offer === 'object' ? (offer as { content?: unknown }).content : undefined;
  const fields = content !== null && typeof content === 'object' ? (content as Record<string, unknown>) : {};
  const autopilot = fields['offerAutopilotSettings'];
  const autoscale = finite(
    autopilot !== null && typeof autopilot === 'object' ? (autopilot as Record<string, unknown>)['maxThroughput'] : undefined,
  );
  if (autoscale !== undefined && autoscale > 0) return `autoscale up to ${autoscale} RU/s (${level})`;
  const manual = finite(fields['offerThroughput']);
  if (manual !== undefined && manual > 0) return `${manual} RU/s provisioned (${level})`;
  return `throughput not readable from the offer (${level})`;
}

type Node = { [key: string]: unknown };

/** An object without a prototype: no key written into it can reach Object.prototype. */
function bare(): Node {
  return Object.create(null) as Node;
}

/**
 * The write probe's marker item: its ID, a note, and the ID again at each partition-key path,
 * e.g. { id, tenant: { id } } for /tenant/id. Built of objects without a prototype, from paths
 * partitionKeyPaths() accepted (it refuses prototype segments; so does this, again).
 */
export function probeItem(id: string, paths: readonly string[]): Node {
  const item = bare();
  item['id'] = id;
  item['purpose'] = 'cosmos-runner-identity smoke test; safe to delete';
  for (const path of paths) {
    const parts = path.split('/').filter(Boolean);
    if (parts.some((part) => PROTOTYPE_SEGMENTS.has(part)))
      throw new ActionError(`the partition key path '${serverText(path, 100)}' was refused`);
    let node = item;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        node[part] = id;
        return;
      }
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      if (next !== null && typeof next === 'object') {
        node = next as Node;
      } else {
        const child = bare();
        node[part] = child;
        node = child;
      }
    });
  }
  return item;
}

/** The request charge of an @azure/cosmos response (its field, else its header); 0 when unknown. */
export function chargeOf(response: { readonly requestCharge?: number }): number {
  if (typeof response.requestCharge === 'number' && Number.isFinite(response.requestCharge)) return response.requestCharge;
  const header = Number((response as { headers?: Record<string, unknown> }).headers?.['x-ms-request-charge']);
  return Number.isFinite(header) ? header : 0;
}
