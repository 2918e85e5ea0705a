/**
 * Parses what ARM's key operations return into one key set, registering every secret with
 * the runner as soon as it is read: before validation, so even a malformed answer is masked.
 */
import { ActionError } from './errors.ts';
import type { Operation } from './inputs.ts';
import { maskSecret } from './masking.ts';

export interface ConnectionString {
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

function key(body: Record<string, unknown>, field: string, operation: Operation, required: boolean): string | undefined {
  const value = body[field];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '') throw malformed(operation, `${field} is missing or empty`);
  if (!BASE64.test(value)) throw malformed(operation, `${field} is not base64`);
  return value;
}

/** The AccountKey of a Cosmos DB connection string (`AccountEndpoint=…;AccountKey=…;`). */
export function accountKeyOf(connectionString: string): string | undefined {
  const match = /(?:^|;)\s*AccountKey=([^;]+)/i.exec(connectionString);
  return match?.[1];
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
  const keyOf = (entry: ConnectionString | undefined, label: string, required: boolean): string | undefined => {
    if (!entry) {
      if (required) throw malformed('listConnectionStrings', `no ${label} SQL connection string (is this an API for NoSQL account?)`);
      return undefined;
    }
    const value = accountKeyOf(entry.connectionString);
    if (!value || !BASE64.test(value))
      throw malformed('listConnectionStrings', `the ${label} SQL connection string has no valid AccountKey`);
    return value;
  };
  const primary = find('primary', 'primary sql connection string');
  const secondary = find('secondary', 'secondary sql connection string');
  return {
    primaryKey: keyOf(primary, 'primary', true) as string,
    secondaryKey: keyOf(secondary, 'secondary', true) as string,
    primaryReadonlyKey: keyOf(find('primaryreadonly', 'primary read-only sql connection string'), 'primary read-only', false),
    secondaryReadonlyKey: keyOf(find('secondaryreadonly', 'secondary read-only sql connection string'), 'secondary read-only', false),
    connectionStrings: entries,
    primaryConnectionString: primary?.connectionString,
  };
}

/** Parse (after masking) the JSON body of a successful key operation. */
export function parseKeyResponse(operation: Operation, body: Record<string, unknown>): KeySet {
  maskKeyResponse(body);
  switch (operation) {
    case 'listKeys':
      return {
        primaryKey: key(body, 'primaryMasterKey', operation, true) as string,
        secondaryKey: key(body, 'secondaryMasterKey', operation, true) as string,
        primaryReadonlyKey: key(body, 'primaryReadonlyMasterKey', operation, false),
        secondaryReadonlyKey: key(body, 'secondaryReadonlyMasterKey', operation, false),
      };
    case 'readonlykeys': {
      const primary = key(body, 'primaryReadonlyMasterKey', operation, true) as string;
      const secondary = key(body, 'secondaryReadonlyMasterKey', operation, true) as string;
      return { primaryKey: primary, secondaryKey: secondary, primaryReadonlyKey: primary, secondaryReadonlyKey: secondary };
    }
    case 'listConnectionStrings':
      return parseConnectionStrings(body);
  }
}
