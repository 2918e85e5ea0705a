/**
 * ARM answers 403, not 404, for an account the identity cannot see, so a misspelt account name
 * looks like a missing role. When ARM refuses, the accounts the identity can read (ARM's list of
 * the subscription's resources, which shows each caller what it can read) tell the two apart: the
 * name asked for among them, the same name in another resource group, or a name one or two
 * letters away.
 */
import { GUID, isAccountName } from '../azure/names.ts';
import { isObject } from '../net/http.ts';

/** A Cosmos DB account the identity can read, as ARM's resource list names it. */
export interface ReadableAccount {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
}

/** What the readable accounts say about the account asked for. */
export type Lookalike =
  /** The identity can read the account itself: the name is right, the refused operation needs another role. */
  | { readonly kind: 'readable' }
  /** An account of that name the identity can read, in another resource group or subscription. */
  | { readonly kind: 'elsewhere'; readonly account: ReadableAccount }
  /** An account whose name is one or two edits away (a typo, most likely). */
  | { readonly kind: 'similar'; readonly account: ReadableAccount };

const ACCOUNT_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.DocumentDB\/databaseAccounts\/([^/]+)$/i;
/** Resource group names as ARM allows them: letters, digits, `_-.()`, 1 to 90 characters, not ending in a dot. */
const RESOURCE_GROUP = /^[\p{L}\p{N}_\-.()]{0,89}[\p{L}\p{N}_\-()]$/u;

/** The readable accounts in ARM's resource list answer: only entries whose ID is a Cosmos DB account's, with names of the shapes Azure allows. */
export function readableAccountsIn(body: Record<string, unknown> | undefined): ReadableAccount[] {
  const value = body?.['value'];
  if (!Array.isArray(value)) return [];
  const accounts: ReadableAccount[] = [];
  for (const entry of value.slice(0, 1000)) {
    const id = isObject(entry) && typeof entry['id'] === 'string' ? entry['id'] : '';
    const [, subscriptionId = '', resourceGroup = '', name = ''] = ACCOUNT_ID.exec(id) ?? [];
    if (GUID.test(subscriptionId) && RESOURCE_GROUP.test(resourceGroup) && isAccountName(name)) {
      accounts.push({ subscriptionId: subscriptionId.toLowerCase(), resourceGroup, name });
    }
  }
  return accounts;
}

/** Levenshtein distance, counting a swap of two neighbours as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The most telling readable account for `wanted`, or undefined when none is the same or close. */
export function lookalikeOf(wanted: ReadableAccount, readable: readonly ReadableAccount[]): Lookalike | undefined {
  const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
  const named = readable.filter((account) => same(account.name, wanted.name));
  const here = named.find((a) => same(a.subscriptionId, wanted.subscriptionId) && same(a.resourceGroup, wanted.resourceGroup));
  if (here) return { kind: 'readable' };
  if (named[0]) return { kind: 'elsewhere', account: named[0] };
  // Names are short (3 to 50 characters): two edits is a typo; a name of five or fewer allows one.
  const allowed = wanted.name.length <= 5 ? 1 : 2;
  const elsewhere = (account: ReadableAccount): boolean => !same(account.resourceGroup, wanted.resourceGroup);
  const close = readable
    .map((account) => ({ account, distance: editDistance(account.name.toLowerCase(), wanted.name.toLowerCase()) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((x, y) => x.distance - y.distance || Number(elsewhere(x.account)) - Number(elsewhere(y.account)));
  return close[0] ? { kind: 'similar', account: close[0].account } : undefined;
}
