/**
 * Where credentials may go on the data plane. The account's endpoint comes from ARM (or the
 * endpoint input), and the smoke test sends it a key's signatures or an Entra ID token, and later
 * steps get it as an output: so it must be the account's own endpoint in the run's cloud,
 * `https://<account>.<the cloud's documents suffix>[:443]/`, checked before anything is sent there.
 * With a custom arm-endpoint (a test endpoint, or ARM through another URL) the suffix cannot be known: then
 * any https URL without user info, path, query or control characters.
 */
import type { Cloud } from './clouds.ts';
import { isAccountLabel } from './names.ts';
import { ActionError, quote } from '../report/errors.ts';
import { serverText } from '../report/sanitize.ts';

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
  if (account === undefined || !isAccountLabel(account)) return `its host is not <account>${suffix}`;
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
