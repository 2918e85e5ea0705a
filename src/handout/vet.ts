/**
 * The host check of connection strings: each one ARM returned goes to later steps with the key in
 * it, so it must send the key only to the account's own hosts. The string the run hands out as
 * connection-string (handout/choose.ts decides which) must pass, or nothing is handed out.
 */
import * as core from '@actions/core';
import { apiEndpointHost, type AccountApi } from '../azure/apis.ts';
import type { Cloud } from '../azure/clouds.ts';
import { hostsIn, keyKindOf } from '../azure/connection-strings.ts';
import type { ConnectionString, KeySet } from '../azure/keys.ts';
import { ActionError, quote } from '../report/errors.ts';
import { serverText } from '../report/sanitize.ts';

/** Where the account's own connection strings may send its key: `host:port`s, lowercase. */
export function accountHosts(endpoint: string, account: AccountApi | undefined, cloud: Cloud): Set<string> {
  const hosts = new Set([apiEndpointHost(endpoint)]);
  if (!account) return hosts;
  const name = account.accountName.toLowerCase();
  if (account.apiEndpoint) hosts.add(apiEndpointHost(account.apiEndpoint));
  // NoSQL's dedicated gateway (type SqlDedicatedGateway), and MongoDB 3.2's host (the document endpoint's, port 10255).
  hosts.add(`${name}.sqlx.${cloud.cosmosApiSuffix}:443`);
  if (account.api === 'mongodb') hosts.add(`${name}.${cloud.cosmosSuffix}:10255`);
  // Table and Gremlin accounts made before the cosmos.<domain> hosts still have cosmosdb.<domain> ones.
  const legacy = cloud.cosmosApiSuffix.replace(/^cosmos\./, 'cosmosdb.');
  if (account.api === 'table' || account.api === 'gremlin') hosts.add(`${name}.${account.api}.${legacy}:443`);
  return hosts;
}

/**
 * The connection strings ARM returned, each sending the key only to one of the account's own
 * hosts (accountHosts). One that names another host, or none the action can read, is left out of
 * connection-strings with a warning (it is masked already); the keys stay valid. `handedOut`, the
 * one that becomes connection-string, must pass, or nothing is handed out.
 */
export function vetConnectionStrings(keys: KeySet, handedOut: ConnectionString | undefined, allowed: ReadonlySet<string>): KeySet {
  const entries = keys.connectionStrings;
  if (!entries) return keys;
  const kept = entries.filter((entry) => {
    const hosts = hostsIn(entry.connectionString);
    const stray = hosts.find((host) => !allowed.has(host));
    if (stray === undefined && hosts.length > 0) return true;
    const named = stray === undefined ? 'no endpoint the action can check' : `the endpoint ${quote(serverText(stray, 120))}`;
    if (entry === handedOut) {
      throw new ActionError(
        `ARM's listConnectionStrings answer names ${named} in the ${keyKindOf(entry)} connection string, not the account's (${[...allowed].join(' or ')}). ` +
          'No connection string was handed out and no outputs were set.',
      );
    }
    const which = serverText(entry.description || entry.type || 'a connection string', 80);
    core.warning(`Left out of connection-strings: ${quote(which)} from ARM names ${named}, not one of the account's.`);
    return false;
  });
  return { ...keys, connectionStrings: kept };
}
