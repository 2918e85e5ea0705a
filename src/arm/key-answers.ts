/**
 * What ARM's key operations return: `maskKeyResponse` registers every secret in an answer with
 * the runner (the ARM client calls it the moment an answer arrives, before any check), and
 * `parseKeyResponse` turns the answer into one key set, or explains why it is malformed.
 */
import type { ConnectionString, KeyKind, KeySet, Operation } from '../azure/keys.ts';
import { isKey, keyIn, keyKindOf, secretsIn } from '../azure/connection-strings.ts';
import { ActionError } from '../report/errors.ts';
import { maskSecret } from '../report/masking.ts';

const KEY_FIELDS = ['primaryMasterKey', 'secondaryMasterKey', 'primaryReadonlyMasterKey', 'secondaryReadonlyMasterKey'];

/** Mask every secret in a key operation's JSON body, whatever its shape: each key, and each connection string with its secret parts. */
export function maskKeyResponse(body: Record<string, unknown>): void {
  for (const field of KEY_FIELDS) {
    const value = body[field];
    if (typeof value === 'string') maskSecret(value);
  }
  const list = body['connectionStrings'];
  if (Array.isArray(list)) {
    for (const entry of list) {
      const value = (entry as Record<string, unknown> | null)?.['connectionString'];
      if (typeof value === 'string') for (const secret of secretsIn(value)) maskSecret(secret);
    }
  }
}

function malformed(operation: Operation, what: string): ActionError {
  return new ActionError(`ARM's answer to ${operation} is malformed: ${what}. No outputs were set.`);
}

/** A key field that must be there: a non-empty base64 string. */
function requiredKey(body: Record<string, unknown>, field: string, operation: Operation): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw malformed(operation, `${field} is missing or empty`);
  if (!isKey(value)) throw malformed(operation, `${field} is not base64`);
  return value;
}

/** A key field that may be absent; when present, it must be valid. */
function optionalKey(body: Record<string, unknown>, field: string, operation: Operation): string | undefined {
  return body[field] === undefined ? undefined : requiredKey(body, field, operation);
}

/**
 * The keys in a listConnectionStrings answer, from the connection strings of any API (each key
 * kind's strings carry the same key): a string whose format the action does not know is kept
 * (masked whole) and never fails the run; only a missing primary or secondary key does.
 */
function parseConnectionStrings(body: Record<string, unknown>): KeySet {
  const list = body['connectionStrings'];
  if (!Array.isArray(list) || list.length === 0) throw malformed('listConnectionStrings', 'connectionStrings is missing or empty');
  const entries: ConnectionString[] = list.flatMap((entry: unknown) => {
    const item = (entry ?? {}) as Record<string, unknown>;
    const text = (name: string): string => (typeof item[name] === 'string' ? item[name] : '');
    if (!text('connectionString')) return [];
    return [{ connectionString: text('connectionString'), description: text('description'), keyKind: text('keyKind'), type: text('type') }];
  });
  const keyOf = (kind: KeyKind): string | undefined =>
    entries
      .filter((entry) => keyKindOf(entry) === kind)
      .map((entry) => keyIn(entry.connectionString))
      .find((key) => key !== undefined);
  const required = (kind: KeyKind, label: string): string => {
    const key = keyOf(kind);
    if (!key) throw malformed('listConnectionStrings', `no ${label} connection string holds a usable key`);
    return key;
  };
  return {
    primaryKey: required('primary', 'primary'),
    secondaryKey: required('secondary', 'secondary'),
    primaryReadonlyKey: keyOf('primaryreadonly'),
    secondaryReadonlyKey: keyOf('secondaryreadonly'),
    connectionStrings: entries,
  };
}

/** Parse the JSON body of a successful key operation; its secrets must already be masked (maskKeyResponse). */
export function parseKeyResponse(operation: Operation, body: Record<string, unknown>): KeySet {
  switch (operation) {
    case 'listKeys':
      return {
        primaryKey: requiredKey(body, 'primaryMasterKey', operation),
        secondaryKey: requiredKey(body, 'secondaryMasterKey', operation),
        primaryReadonlyKey: optionalKey(body, 'primaryReadonlyMasterKey', operation),
        secondaryReadonlyKey: optionalKey(body, 'secondaryReadonlyMasterKey', operation),
      };
    case 'readonlykeys': {
      const primary = requiredKey(body, 'primaryReadonlyMasterKey', operation);
      const secondary = requiredKey(body, 'secondaryReadonlyMasterKey', operation);
      return { primaryKey: primary, secondaryKey: secondary, primaryReadonlyKey: primary, secondaryReadonlyKey: secondary };
    }
    case 'listConnectionStrings':
      return parseConnectionStrings(body);
  }
}
