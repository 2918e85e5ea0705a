/**
 * Who a federated token exchange (workload-identity, github-oidc) is for: the app or user-assigned
 * identity by its client ID, its tenant, Entra ID's authority host, each with where it came
 * from; and, for messages only, the claims of the federated token presented.
 */
import { CLOUDS, type Cloud } from '../azure/clouds.ts';
import { GUID } from '../azure/names.ts';
import type { Config, SourceName } from '../inputs/config.ts';
import { ActionError } from '../report/errors.ts';

/** The parts of a federated token that say who presents it: never secret, and read only for messages. */
export interface AssertionClaims {
  readonly issuer?: string;
  readonly subject?: string;
  readonly audience?: string;
  readonly expiresAt?: Date;
}

/** The claims of a JWT, unverified, for messages; empty when it is not a JWT. */
export function claimsOf(jwt: string): AssertionClaims {
  try {
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
    const aud = Array.isArray(claims['aud']) ? text(claims['aud'][0]) : text(claims['aud']);
    const exp = claims['exp'];
    return {
      issuer: text(claims['iss']),
      subject: text(claims['sub']),
      audience: aud,
      expiresAt: typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : undefined,
    };
  } catch {
    return {};
  }
}

/** Entra ID's authority host from `name` (AZURE_AUTHORITY_HOST): an https URL, with its trailing slash. */
function parseAuthority(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ActionError(`${name} is set but is not a URL.`);
  }
  if (url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
    throw new ActionError(`${name} must be an https URL such as https://login.microsoftonline.com/, without query or credentials.`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** Where a value came from, for messages: an input or an environment variable. */
export interface Sourced {
  readonly value: string;
  readonly from: string;
}

/**
 * The client ID to exchange the token for: the client-id input, else `variable` (AZURE_CLIENT_ID for
 * workload identity). object-id and identity-resource-id select user-assigned identities on IMDS
 * only: Entra ID's token endpoint knows an identity by its client ID alone.
 */
export function federatedClientId(config: Config, source: SourceName, variable?: Sourced): Sourced {
  const given = config.userAssigned;
  if (given && given.input !== 'client-id') {
    throw new ActionError(
      `With identity source ${source}, the identity is named by its client ID alone: give client-id (the app registration's or user-assigned identity's client ID) instead of ${given.input}.`,
    );
  }
  if (given) return { value: given.value.toLowerCase(), from: 'the client-id input' };
  if (variable) {
    if (!GUID.test(variable.value)) throw new ActionError(`${variable.from} is not a client ID (a GUID).`);
    return { value: variable.value.toLowerCase(), from: variable.from };
  }
  throw new ActionError(
    `Identity source ${source} needs client-id: the client ID of the app registration or user-assigned identity that trusts this runner's token.`,
  );
}

export interface FederatedApp {
  readonly source: SourceName;
  /** Entra ID's authority host, with its trailing slash. */
  readonly authority: URL;
  /** The cloud whose Entra ID that is, when known (for messages: its own token exchange audience). */
  readonly cloud?: Cloud;
  readonly tenant: Sourced;
  readonly client: Sourced;
}

/**
 * Entra ID's authority host: AZURE_AUTHORITY_HOST when set (as @azure/identity reads it), else the
 * cloud's (with cloud: auto, the public cloud's: off VMs no instance metadata can say otherwise,
 * and the session refuses cloud: auto before any request).
 */
export function authorityOf(env: NodeJS.ProcessEnv, config: Config): URL {
  const override = env['AZURE_AUTHORITY_HOST']?.trim();
  if (override) return parseAuthority('AZURE_AUTHORITY_HOST', override);
  return new URL((config.cloud === 'auto' ? CLOUDS.AzureCloud : config.cloud).entraAuthority);
}

/**
 * The cloud whose Entra ID `authority` is: the cloud input's, or, with cloud: auto or the public
 * cloud's default, the cloud whose authority host it is (AZURE_AUTHORITY_HOST pointing elsewhere).
 */
export function cloudOfAuthority(config: Config, authority: URL): Cloud | undefined {
  const byHost = Object.values(CLOUDS).find((cloud) => new URL(cloud.entraAuthority).host === authority.host);
  if (config.cloud !== 'auto' && config.cloud.name !== 'AzureCloud') return config.cloud;
  return byHost ?? (config.cloud === 'auto' ? undefined : config.cloud);
}
