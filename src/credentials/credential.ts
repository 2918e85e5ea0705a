/**
 * What every credential source gives the run: tokens for an audience, a line for the log, and,
 * on VMs only, the machine's instance metadata. One file a source in this folder (imds.ts,
 * arc.ts, …), chosen by choose.ts.
 */
import { GUID } from '../azure/names.ts';
import type { SourceName } from '../inputs/config.ts';

export type { SourceName };

export interface Token {
  readonly accessToken: string;
  readonly expiresOn: Date;
  /** The identity's object (principal) ID, from the token's `oid` claim. Not secret. */
  readonly principalId?: string;
  /** The identity's tenant, from the token's `tid` claim. Not secret. */
  readonly tenantId?: string;
}

/** A VM's own subscription, group, name and cloud, as its instance metadata names them. */
export interface InstanceMetadata {
  readonly subscriptionId: string;
  readonly resourceGroupName: string;
  readonly name: string;
  readonly azEnvironment: string;
}

export interface Credential {
  readonly source: SourceName;
  /** One line for the job log: the source, where it is asked and for which identity (nothing secret). */
  describe(): string;
  /**
   * A token for `audience`, a resource URI as ARM and Cosmos DB name it (`https://management.azure.com/`,
   * `https://cosmos.azure.com`), cached for the run until shortly before it expires.
   */
  getToken(audience: string): Promise<Token>;
  /** The machine's instance metadata: only sources on Azure VMs and Arc machines have it. */
  readonly instanceMetadata?: () => Promise<InstanceMetadata>;
}

/** A GUID claim of a JWT access token (`oid`, the identity's object ID; `tid`, its tenant), if it is a JWT and has a GUID there. */
function guidClaim(token: string, claim: 'oid' | 'tid'): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const value = (claims as Record<string, unknown>)?.[claim];
    return typeof value === 'string' && GUID.test(value) ? value.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Who a token is for: its `oid` (principal ID) and `tid` (tenant ID) claims, when it is a JWT that has them. */
export function identityOf(token: string): { principalId?: string; tenantId?: string } {
  return { principalId: guidClaim(token, 'oid'), tenantId: guidClaim(token, 'tid') };
}

/** Refresh a cached token this long before it expires. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** Tokens by audience for the run; a failed request is not cached, and a token near its expiry is fetched again. */
export class TokenCache {
  private readonly tokens = new Map<string, Promise<Token>>();

  get(audience: string, fetch: (audience: string) => Promise<Token>): Promise<Token> {
    const cached = this.tokens.get(audience);
    if (cached) {
      return cached.then((token) => (token.expiresOn.getTime() - Date.now() > REFRESH_MARGIN_MS ? token : this.refresh(audience, fetch)));
    }
    return this.refresh(audience, fetch);
  }

  private refresh(audience: string, fetch: (audience: string) => Promise<Token>): Promise<Token> {
    const pending = fetch(audience);
    this.tokens.set(audience, pending);
    pending.catch(() => this.tokens.delete(audience));
    return pending;
  }
}

/**
 * The longest lifetime a token is taken to have: Entra ID issues access tokens, managed
 * identities' included, for at most 24 hours. A later expiry is nonsense (or hostile: a date
 * past what Date can hold), and is read as no expiry at all.
 */
const MAX_LIFETIME_MS = 24 * 3600_000;

/**
 * When the token expires, as MSAL reads `expires_on`: seconds since the epoch (a string or a
 * number), or an ISO 8601 date; else `expires_in` seconds from now (Entra ID's only field); else,
 * or when what it says is not in the next 24 hours, in five minutes. Always a valid date.
 */
export function expiryOf(body: Record<string, unknown> | undefined, now = Date.now()): Date {
  const sane = (ms: number): boolean => Number.isFinite(ms) && ms > now && ms - now <= MAX_LIFETIME_MS;
  const on = body?.['expires_on'];
  const seconds = Number(on);
  if ((typeof on === 'string' || typeof on === 'number') && String(on).trim() !== '' && Number.isFinite(seconds) && seconds > 0) {
    if (sane(seconds * 1000)) return new Date(seconds * 1000);
  } else {
    const date = typeof on === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(on) ? Date.parse(on) : NaN;
    if (sane(date)) return new Date(date);
  }
  const inMs = now + Number(body?.['expires_in']) * 1000;
  return new Date(sane(inMs) ? inMs : now + REFRESH_MARGIN_MS);
}
