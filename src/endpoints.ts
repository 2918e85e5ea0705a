/**
 * Where credentials may go on the data plane. The account's endpoint comes from ARM (or the
 * endpoint input), and the smoke test sends it a key's signatures or an Entra ID token, and later
 * steps get it as an output: so it must be the account's own endpoint in the run's cloud,
 * `https://<account>.<the cloud's documents suffix>[:443]/`, checked before anything is sent there.
 * With a custom arm-endpoint (a test endpoint, or ARM through another URL) the suffix cannot be known: then
 * any https URL without user info, path, query or control characters.
 */
import * as core from '@actions/core';
import { apiEndpointHost, type Api } from './account-apis.ts';
import type { Cloud } from './clouds.ts';
import { hostsIn, primaryConnectionStringFor } from './connection-strings.ts';
import { ActionError, quote } from './errors.ts';
import type { KeySet } from './keys.ts';
import type { AccountApi } from './outputs.ts';
import { serverText } from './sanitize.ts';

export interface EndpointRules {
  readonly cloud: Cloud;
  /** The account, when known: then the host must be exactly its. */
  readonly accountName?: string;
  /** arm-endpoint was given: the cloud's suffix does not apply. */
  readonly customArm: boolean;
}

/** The endpoint's expected form, for messages. */
export function expectedEndpoint(rules: EndpointRules): string {
  return `https://${rules.accountName ?? '<account>'}.${rules.cloud.cosmosSuffix}:443/`;
}

/** What is wrong with `value` as the data-plane endpoint, or undefined when it may be used. */
export function endpointProblem(value: string, rules: EndpointRules): string | undefined {
  if (/[\p{Cc}\p{Cf}\s]/u.test(value)) return 'it holds spaces or control characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not a URL';
  }
  if (url.protocol !== 'https:') return 'it is not https';
  if (url.username || url.password) return 'it holds user info';
  if (url.search || url.hash || value.includes('?') || value.includes('#')) return 'it has a query or fragment';
  if (url.pathname !== '/') return 'it has a path';
  if (rules.customArm) return undefined;
  const host = url.hostname.toLowerCase();
  const suffix = `.${rules.cloud.cosmosSuffix}`;
  const account = host.endsWith(suffix) ? host.slice(0, -suffix.length) : undefined;
  if (account === undefined || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(account)) return `its host is not <account>${suffix}`;
  if (rules.accountName && account !== rules.accountName) return `its host names another account than '${rules.accountName}'`;
  if (url.port !== '' && url.port !== '443') return 'its port is not 443';
  return undefined;
}

/** `value` when it may be used as the data-plane endpoint; otherwise an error saying where it came from and why not. */
export function checkedEndpoint(value: string, from: 'ARM' | 'the endpoint input', rules: EndpointRules): string {
  const problem = endpointProblem(value, rules);
  // Handed on rebuilt from its parts, so that every URL parser reads the same host.
  if (!problem) {
    const url = new URL(value);
    return `https://${url.hostname}:${url.port || '443'}/`;
  }
  const what =
    from === 'ARM' ? `ARM's account read returned the endpoint ${quote(serverText(value, 120))}` : `The endpoint input ${quote(value)}`;
  throw new ActionError(
    `${what}, which is not a Cosmos DB endpoint of ${rules.accountName ? `'${rules.accountName}'` : 'an account'} in ${rules.cloud.name} (${expectedEndpoint(rules)}): ${problem}. ` +
      'Nothing was sent there and no outputs were set. If the account is in another cloud, set the cloud input.',
  );
}

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
 * The connection strings ARM returned go to later steps with the key in them, so each must send
 * it only to one of the account's own hosts (accountHosts). One that names another host, or none
 * the action can read, is left out of connection-strings with a warning (it is masked already);
 * the keys stay valid. The primary one of the account's API, which becomes connection-string,
 * must pass, or nothing is handed out.
 */
export function vetConnectionStrings(keys: KeySet, allowed: ReadonlySet<string>, api: Api): KeySet {
  const entries = keys.connectionStrings;
  if (!entries) return keys;
  const primary = primaryConnectionStringFor(api, entries);
  const kept = entries.filter((entry) => {
    const hosts = hostsIn(entry.connectionString);
    const stray = hosts.find((host) => !allowed.has(host));
    if (stray === undefined && hosts.length > 0) return true;
    const named = stray === undefined ? 'no endpoint the action can check' : `the endpoint ${quote(serverText(stray, 120))}`;
    if (entry.connectionString === primary) {
      throw new ActionError(
        `ARM's listConnectionStrings answer names ${named} in the primary connection string, not the account's (${[...allowed].join(' or ')}). ` +
          'No connection string was handed out and no outputs were set.',
      );
    }
    const which = serverText(entry.description || entry.type || 'a connection string', 80);
    core.warning(`Left out of connection-strings: ${quote(which)} from ARM names ${named}, not one of the account's.`);
    return false;
  });
  return { ...keys, connectionStrings: kept };
}
