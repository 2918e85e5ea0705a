/**
 * The key vocabulary: ARM's key operations, the kinds of key an account has, what a key
 * operation returns, and the one key a run hands out. ARM's answers are read in
 * arm/key-answers.ts; which key and connection string are handed out is decided in handout/choose.ts.
 */

/** ARM's key operations (the operation input). */
export type Operation = 'readonlykeys' | 'listKeys' | 'listConnectionStrings';
export const OPERATIONS: readonly Operation[] = ['readonlykeys', 'listKeys', 'listConnectionStrings'];

/** The kinds of key an account has, as listConnectionStrings' keyKind names them (lowercase). */
export type KeyKind = 'primary' | 'secondary' | 'primaryreadonly' | 'secondaryreadonly';
export const KEY_KINDS: readonly KeyKind[] = ['primary', 'secondary', 'primaryreadonly', 'secondaryreadonly'];

/** One entry of listConnectionStrings' answer. */
export interface ConnectionString {
  readonly connectionString: string;
  readonly description: string;
  readonly keyKind: string;
  readonly type: string;
}

/** What a key operation returned, every key masked the moment it arrived. */
export interface KeySet {
  /** The read-write keys for listKeys, the read-only ones for readonlykeys. */
  readonly primaryKey: string;
  readonly secondaryKey: string;
  readonly primaryReadonlyKey?: string;
  readonly secondaryReadonlyKey?: string;
  /** listConnectionStrings only: what ARM returned, every API's. */
  readonly connectionStrings?: readonly ConnectionString[];
}

/** Which of the two keys a run hands out (the key input): the other stays valid while one is regenerated. */
export type KeyChoice = 'primary' | 'secondary';
export const KEY_CHOICES: readonly KeyChoice[] = ['primary', 'secondary'];

/** The key a run hands out (COSMOS_KEY, connection-string) and proves with the smoke test. */
export interface ChosenKey {
  readonly value: string;
  /** For messages, e.g. "the primary read-only key". */
  readonly name: string;
}
