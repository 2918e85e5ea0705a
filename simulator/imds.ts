/** The simulated Instance Metadata Service: managed identity tokens and instance metadata. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARM_AUDIENCES, COSMOS_AUDIENCES, type Identity, type State } from './state.ts';
import { signToken } from './tokens.ts';

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function badRequest(res: ServerResponse, error: string, description: string): void {
  send(res, 400, { error, error_description: description });
}

/** The identity IMDS would use for this query, or an error description. */
function selectIdentity(state: State, query: URLSearchParams): Identity | string {
  const clientId = query.get('client_id');
  const objectId = query.get('object_id');
  const resourceId = query.get('msi_res_id') ?? query.get('mi_res_id');
  const given = [clientId, objectId, resourceId].filter((v) => v !== null);
  if (given.length > 1) return 'Only one of client_id, object_id and msi_res_id may be given';
  const users = state.vm.userIdentities;
  if (clientId !== null) return users.find((i) => i.clientId === clientId.toLowerCase()) ?? 'Identity not found';
  if (objectId !== null) return users.find((i) => i.principalId === objectId.toLowerCase()) ?? 'Identity not found';
  if (resourceId !== null) {
    return users.find((i) => i.resourceId?.toLowerCase() === resourceId.toLowerCase()) ?? 'Identity not found';
  }
  if (state.vm.systemIdentity) return state.vm.systemIdentity;
  if (users.length === 1 && users[0]) return users[0];
  if (users.length > 1) {
    return 'Multiple user assigned identities exist, please specify the clientId / resourceId of the identity in the token request';
  }
  return 'Identity not found';
}

/** The audiences a token can be asked for: each with or without its trailing slash, as Entra ID accepts them (the token's aud is what was asked). */
export function acceptedAudiences(state: State, extra: readonly string[]): string[] {
  return [...ARM_AUDIENCES[state.cloud], COSMOS_AUDIENCES[state.cloud], ...extra].flatMap((a) => [
    a,
    a.endsWith('/') ? a.slice(0, -1) : `${a}/`,
  ]);
}

/** A managed identity's token for `resource`, as the token services issue it (the state's lifetime from now), and its times. */
export function managedIdentityToken(
  state: State,
  secret: Buffer,
  identity: Identity,
  resource: string,
): { token: string; now: number; exp: number } {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + state.tokenLifetimeSeconds;
  const claims = {
    aud: resource,
    oid: identity.principalId,
    appid: identity.clientId,
    xms_mirid: identity.resourceId,
    // The identity's tenant, as every Entra ID access token names it (and its issuer, sts.windows.net/<tid>/).
    tid: state.entra.tenantId,
    iss: `https://sts.windows.net/${state.entra.tenantId}/`,
    iat: now,
    nbf: now,
    exp,
  };
  return { token: signToken(claims, secret), now, exp };
}

export interface ImdsOptions {
  /** Audiences accepted besides the cloud's ARM and Cosmos ones (the simulated ARM's own URL). */
  readonly extraAudiences: readonly string[];
  readonly onToken?: (token: string) => void;
}

/** Arc's challenge: no (or a wrong) Basic secret gets a 401 naming a fresh key file. */
function arcChallenge(state: State, req: IncomingMessage, res: ServerResponse): boolean {
  if (!state.arc) return false;
  const given = /^Basic (.+)$/.exec(req.headers['authorization'] ?? '')?.[1];
  const expected = arcSecrets.get(state.arc.tokensDir);
  if (given !== undefined && given === expected) return false;
  const secret = randomBytes(32).toString('hex');
  const file = join(state.arc.tokensDir, `${randomUUID()}.key`);
  writeFileSync(file, secret, { mode: 0o600 });
  arcSecrets.set(state.arc.tokensDir, secret);
  res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': `Basic realm=${file}` });
  res.end(JSON.stringify({ error: 'unauthorized', error_description: 'Authorization required' }));
  return true;
}
const arcSecrets = new Map<string, string>();

export function imdsHandler(state: State, secret: Buffer, options: ImdsOptions) {
  const onToken = options.onToken ?? (() => undefined);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://169.254.169.254');
    if (req.headers['metadata'] !== 'true') {
      // Real IMDS's documented code (SDK fakes say invalid_request; clients must not branch on either).
      return badRequest(res, 'bad_request_102', 'Required metadata header not specified');
    }
    if (req.headers['x-forwarded-for'] !== undefined) {
      return badRequest(res, 'invalid_request', 'Request contains X-Forwarded-For header');
    }
    if (req.method !== 'GET') return send(res, 405, { error: 'method_not_allowed' });
    if (!url.searchParams.get('api-version')) {
      return badRequest(res, 'invalid_request', 'Required query variable api-version is missing');
    }
    // With or without a trailing slash: @azure/identity asks for .../token/ under AZURE_POD_IDENTITY_AUTHORITY_HOST.
    if (url.pathname === '/metadata/identity/oauth2/token' || url.pathname === '/metadata/identity/oauth2/token/') {
      const resource = url.searchParams.get('resource');
      if (!resource) return badRequest(res, 'invalid_request', 'Required query variable resource is missing');
      if (!acceptedAudiences(state, options.extraAudiences).includes(resource)) {
        return badRequest(res, 'invalid_resource', `AADSTS500011: The resource principal named ${resource} was not found in the tenant.`);
      }
      if (arcChallenge(state, req, res)) return;
      const identity = selectIdentity(state, url.searchParams);
      if (typeof identity === 'string') return badRequest(res, 'invalid_request', identity);
      const { token, now, exp } = managedIdentityToken(state, secret, identity, resource);
      onToken(token);
      return send(res, 200, {
        access_token: token,
        client_id: identity.clientId,
        expires_in: String(state.tokenLifetimeSeconds),
        expires_on: String(exp),
        ext_expires_in: String(state.tokenLifetimeSeconds),
        not_before: String(now),
        resource,
        token_type: 'Bearer',
      });
    }
    if (url.pathname === '/metadata/instance') {
      const vm = state.vm;
      return send(res, 200, {
        compute: {
          azEnvironment: vm.azEnvironment,
          location: vm.location,
          name: vm.name,
          resourceGroupName: vm.resourceGroupName,
          subscriptionId: vm.subscriptionId,
          vmId: '5c08b38e-4d57-4c23-ac45-aca61037f084',
        },
        network: { interface: [] },
      });
    }
    send(res, 404, { error: 'not_found', error_description: `No route for ${url.pathname}` });
  };
}
