/**
 * Reaching the account: through ARM, for its endpoint, its API and (with auth keys) its keys,
 * the key operation and the account read at once; or at the endpoint input, as given. The
 * endpoint is checked as the account's own before anything is sent there.
 */
import { checkedEndpoint } from '../azure/account-endpoint.ts';
import { apiEndpointOf, type AccountApi } from '../azure/apis.ts';
import { armOf } from '../azure/clouds.ts';
import type { KeySet } from '../azure/keys.ts';
import type { ResolvedTarget, Session } from '../credentials/session.ts';
import { keyRequest, type Config } from '../inputs/config.ts';
import type { Budget } from '../net/budget.ts';
import { ActionError } from '../report/errors.ts';
import type { Time } from '../report/timings.ts';
import { ArmClient, type Account } from './client.ts';

export interface ReachedAccount {
  /** The data-plane endpoint, checked as the account's own in the run's cloud. */
  readonly endpoint: string;
  /** With auth keys: what the key operation returned, every secret masked. */
  readonly keys?: KeySet;
  /** Which API the account speaks and where; undefined with the endpoint input (ARM not asked). */
  readonly account?: AccountApi;
  /** The account for messages: its name, or with the endpoint input and no account named, the endpoint's host. */
  readonly name: string;
}

/**
 * The account's endpoint, and with auth keys its keys: from ARM (the key operation and the
 * account read concurrently, the read also telling the account's API and so its API endpoint),
 * or the endpoint input as given.
 */
export async function reachAccount(config: Config, session: Session, time: Time, budget: Budget): Promise<ReachedAccount> {
  // Credentials go only to the account's own endpoint in the run's cloud: checked before any use.
  const rules = { cloud: session.cloud, accountName: session.account.target?.accountName, customArm: config.armEndpoint !== undefined };
  if (session.account.via === 'endpoint') {
    const endpoint = checkedEndpoint(session.account.endpoint, 'the endpoint input', rules);
    // Without ARM the account's API is not read: the endpoint input is a NoSQL endpoint.
    return { endpoint, name: session.account.target?.accountName ?? new URL(endpoint).hostname };
  }
  const accountName = session.account.target.accountName;
  const arm = armClient(config, session, session.account.target, session.account.armToken.accessToken, budget);
  const operation = keyRequest(config)?.operation;
  let keys: KeySet | undefined;
  let read: Account;
  if (operation) {
    [keys, read] = await time('ARM keys and account', settleBoth(arm.listKeys(operation), arm.readAccount()));
    if (read.disableLocalAuth) throw keysDisabled(accountName);
  } else {
    read = await time('ARM account', arm.readAccount());
  }
  const endpoint = checkedEndpoint(read.documentEndpoint, 'ARM', rules);
  const apiEndpoint = config.apiEndpoint ?? apiEndpointOf(read.api, accountName, session.cloud, read.mongoServerVersion);
  const account = { api: read.api, accountName, apiEndpoint: read.api === 'sql' ? '' : apiEndpoint };
  return { endpoint, keys, account, name: accountName };
}

function armClient(config: Config, session: Session, target: ResolvedTarget, token: string, budget: Budget): ArmClient {
  const accountId = `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${target.accountName}`;
  const apiVersion = config.apiVersion ?? session.cloud.defaultApiVersion;
  const scope = { ...target, accountId, principalId: session.principalId, apiVersion, apiVersionGiven: config.apiVersion !== undefined };
  return new ArmClient(armOf(config, session.cloud).endpoint, token, scope, budget);
}

/** With auth keys, an account that refuses keys on its data plane is a failure, not a handout. */
function keysDisabled(accountName: string): ActionError {
  return new ActionError(
    `Account '${accountName}' has local (key) authentication disabled (disableLocalAuth), so its keys cannot work on the data plane; no keys were handed out. ` +
      'Use auth: entra instead, and give the identity a Cosmos DB data-plane role (Cosmos DB Built-in Data Reader or Contributor).',
  );
}

/** Wait for both; if either failed, throw the first one's error (the key operation's). */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}
