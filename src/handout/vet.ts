/**
 * The host check of connection strings: each one ARM returned goes to later steps with the key in
 * it, so it must send the key only to the account's own hosts, over TLS. The string the run hands out as
 * connection-string (handout/choose.ts decides which) must pass, or nothing is handed out.
 */
import * as core from '@actions/core';
import { apiEndpointHost, type AccountApi } from '../azure/apis.ts';
import type { Cloud } from '../azure/clouds.ts';
import { keyKindOf } from '../azure/connection-strings.ts';
import { destinationsOf, type Reading } from '../azure/destinations.ts';
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
 * hosts (accountHosts), over TLS, as its client reads it (azure/destinations.ts). One that names
 * another host, none the action can read, or could be read two ways, is left out of
 * connection-strings with a warning (it is masked already); the keys stay valid. `handedOut`, the
 * one that becomes connection-string, must pass, or nothing is handed out.
 */
export async function vetConnectionStrings(
  keys: KeySet,
  handedOut: ConnectionString | undefined,
  allowed: ReadonlySet<string>,
): Promise<KeySet> {
  const entries = keys.connectionStrings;
  if (!entries) return keys;
  const readings = await Promise.all(entries.map((entry) => destinationsOf(entry.connectionString)));
  const kept = entries.filter((entry, index) => {
    const problem = problemOf(readings[index]!, allowed);
    if (!problem) return true;
    if (entry === handedOut) {
      throw new ActionError(
        problem.host === undefined && problem.why
          ? `ARM's listConnectionStrings answer has a ${keyKindOf(entry)} connection string that ${problem.why}: it is not handed out. ` +
              'No connection string was handed out and no outputs were set.'
          : `ARM's listConnectionStrings answer names ${problem.named} in the ${keyKindOf(entry)} connection string, not the account's (${[...allowed].join(' or ')}). ` +
              'No connection string was handed out and no outputs were set.',
      );
    }
    const which = serverText(entry.description || entry.type || 'a connection string', 80);
    core.warning(
      problem.why
        ? `Left out of connection-strings: ${quote(which)} from ARM ${problem.why}.`
        : `Left out of connection-strings: ${quote(which)} from ARM names ${problem.named}, not one of the account's.`,
    );
    return false;
  });
  return { ...keys, connectionStrings: kept };
}

/** What is wrong with a string's reading: a host that is not the account's, none at all, or a refusal (`why`, in the action's words). */
function problemOf(
  reading: Reading,
  allowed: ReadonlySet<string>,
): { readonly host?: string; readonly named: string; readonly why?: string } | undefined {
  if ('refused' in reading) return { named: '', why: reading.refused };
  const stray = reading.destinations.find((host) => !allowed.has(host));
  if (stray !== undefined) return { host: stray, named: `the endpoint ${quote(serverText(stray, 120))}` };
  if (reading.destinations.length === 0) return { named: 'no endpoint the action can check' };
  return undefined;
}
