/**
 * What ARM's key operations return: `maskKeyResponse` registers every secret in an answer with
 * the runner (the ARM client calls it the moment an answer arrives, before any check), and
 * `parseKeyResponse` turns the answer into one key set, or explains why it is malformed.
 */
import type { Operation } from './config.ts';
import { ActionError } from './errors.ts';
import { maskSecret } from './masking.ts';

interface ConnectionString {
  readonly connectionString: string;
  readonly description: string;
  readonly keyKind: string;
  readonly type: string;
}

export interface KeySet {
  /** The read-write keys for listKeys, the read-only ones for readonlykeys. */
  readonly primaryKey: string;
  readonly secondaryKey: string;
  readonly primaryReadonlyKey?: string;
  readonly secondaryReadonlyKey?: string;
  /** listConnectionStrings only: what ARM returned, and the primary SQL one. */
  readonly connectionStrings?: readonly ConnectionString[];
  readonly primaryConnectionString?: string;
}

const KEY_FIELDS = ['primaryMasterKey', 'secondaryMasterKey', 'primaryReadonlyMasterKey', 'secondaryReadonlyMasterKey'];
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Mask every secret in a key operation's JSON body, whatever its shape. */
export function maskKeyResponse(body: Record<string, unknown>): void {
  for (const field of KEY_FIELDS) {
    const value = body[field];
    if (typeof value === 'string') maskSecret(value);
  }
  const list = body['connectionStrings'];
  if (Array.isArray(list)) {
    for (const entry of list) {
      const value = (entry as Record<string, unknown> | null)?.['connectionString'];
      if (typeof value !== 'string') continue;
      maskSecret(value);
      const key = accountKeyOf(value);
      if (key) maskSecret(key);
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
  if (!BASE64.test(value)) throw malformed(operation, `${field} is not base64`);
  return value;
}

/** A key field that may be absent; when present, it must be valid. */
function optionalKey(body: Record<string, unknown>, field: string, operation: Operation): string | undefined {
  return body[field] === undefined ? undefined : requiredKey(body, field, operation);
}

/** A part of a Cosmos DB connection string (`AccountEndpoint=…;AccountKey=…;`), by name: '' when empty, undefined when absent. */
export function connectionStringPart(connectionString: string, name: 'AccountEndpoint' | 'AccountKey'): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}=([^;]*)`, 'i').exec(connectionString);
  return match?.[1];
}

/** The AccountKey of a Cosmos DB connection string. */
export function accountKeyOf(connectionString: string): string | undefined {
  return connectionStringPart(connectionString, 'AccountKey') || undefined;
}

function parseConnectionStrings(body: Record<string, unknown>): KeySet {
  const list = body['connectionStrings'];
  if (!Array.isArray(list) || list.length === 0) throw malformed('listConnectionStrings', 'connectionStrings is missing or empty');
  const entries: ConnectionString[] = list.map((entry: unknown, index) => {
    const item = (entry ?? {}) as Record<string, unknown>;
    const text = (name: string): string => (typeof item[name] === 'string' ? item[name] : '');
    if (!text('connectionString')) throw malformed('listConnectionStrings', `connectionStrings[${index}] has no connectionString`);
    return { connectionString: text('connectionString'), description: text('description'), keyKind: text('keyKind'), type: text('type') };
  });
  const find = (kind: string, description: string): ConnectionString | undefined =>
    entries.find((e) => e.keyKind.toLowerCase() === kind && (e.type === '' || e.type.toLowerCase() === 'sql')) ??
    entries.find((e) => e.description.toLowerCase() === description);
  const keyOf = (entry: ConnectionString, label: string): string => {
    const value = accountKeyOf(entry.connectionString);
    if (!value || !BASE64.test(value))
      throw malformed('listConnectionStrings', `the ${label} SQL connection string has no valid AccountKey`);
    return value;
  };
  const required = (kind: string, label: string): ConnectionString => {
    const entry = find(kind, `${label} sql connection string`);
    if (!entry) throw malformed('listConnectionStrings', `no ${label} SQL connection string (is this an API for NoSQL account?)`);
    return entry;
  };
  const optionalKeyOf = (kind: string, label: string): string | undefined => {
    const entry = find(kind, `${label} sql connection string`);
    return entry && keyOf(entry, label);
  };
  const primary = required('primary', 'primary');
  return {
    primaryKey: keyOf(primary, 'primary'),
    secondaryKey: keyOf(required('secondary', 'secondary'), 'secondary'),
    primaryReadonlyKey: optionalKeyOf('primaryreadonly', 'primary read-only'),
    secondaryReadonlyKey: optionalKeyOf('secondaryreadonly', 'secondary read-only'),
    connectionStrings: entries,
    primaryConnectionString: primary.connectionString,
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
