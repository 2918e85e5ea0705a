/**
 * Microsoft Entra ID's token endpoint for federated tokens, and the issuers of those tokens:
 * GitHub's OIDC token service and an AKS cluster's service account issuer. Each issuer signs its
 * tokens (RS256) with its own key and publishes it as OpenID Connect discovery and a JWKS; Entra
 * ID fetches them over TLS, as the real one does, and checks a client assertion against the app's
 * federated credentials (issuer, audience, subject), its signature and its time range, answering
 * each failure with Entra ID's own error JSON (AADSTS codes). The tokens it issues are the
 * simulator's access tokens (tokens.ts), for the app's principal, so ARM and the data plane take them.
 */
import { createPublicKey, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { get } from 'node:https';
import { ARM_AUDIENCES, COSMOS_AUDIENCES, SEED, type State } from './state.ts';
import { signToken } from './tokens.ts';

/** The audience Azure's federated credentials expect. */
const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Entra ID tolerates this much clock skew on an assertion's nbf and exp. */
const SKEW_SECONDS = 300;

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** An OIDC issuer: its URL (exactly as its tokens' `iss` says it), its signing key and where it publishes the key. */
export interface Issuer {
  readonly url: string;
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly jwksPath: string;
  /** The path of its discovery document, on the issuers' server. */
  readonly discoveryPath: string;
}

function makeIssuer(url: string, jwksSuffix: string): Issuer {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const path = new URL(url).pathname.replace(/\/$/, '');
  return {
    url,
    kid: randomUUID(),
    privateKey,
    jwksPath: `${path}/${jwksSuffix}`,
    discoveryPath: `${path}/.well-known/openid-configuration`,
  };
}

/** A JWT signed with RS256 by `issuer`. */
function signAssertion(issuer: Issuer, claims: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: issuer.kid }));
  const body = b64url(JSON.stringify({ iss: issuer.url, ...claims }));
  return `${head}.${body}.${b64url(sign('sha256', Buffer.from(`${head}.${body}`), issuer.privateKey))}`;
}

function json(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** A request to the issuers' server: discovery documents, JWKS, and GitHub's token service. */
export function issuersHandler(issuers: readonly Issuer[], tokenService: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'https://oidc').pathname;
    if (path.endsWith('/idtoken')) return tokenService(req, res);
    for (const issuer of issuers) {
      if (path === issuer.discoveryPath) {
        const jwksUri = new URL(issuer.jwksPath, issuer.url).href;
        return json(res, 200, {
          issuer: issuer.url,
          jwks_uri: jwksUri,
          response_types_supported: ['id_token'],
          subject_types_supported: ['public', 'pairwise'],
          id_token_signing_alg_values_supported: ['RS256'],
          claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf'],
        });
      }
      if (path === issuer.jwksPath) {
        const jwk = createPublicKey(issuer.privateKey).export({ format: 'jwk' });
        return json(res, 200, { keys: [{ ...jwk, kid: issuer.kid, use: 'sig', alg: 'RS256' }] });
      }
    }
    json(res, 404, { message: 'Not Found' });
  };
}

/** One exchange Entra ID answered: what was presented (tests read the assertion) and the AADSTS code of a refusal. */
export interface EntraExchange {
  readonly tenant: string;
  readonly clientId: string;
  readonly scope: string;
  readonly assertion: string;
  readonly status: number;
  readonly code?: number;
}

export interface EntraOptions {
  readonly caCert: string;
  /** Audiences accepted besides the cloud's ARM and Cosmos ones (the simulated ARM's own URL). */
  readonly extraAudiences: readonly string[];
  readonly secret: Buffer;
  readonly onToken: (token: string) => void;
  readonly exchanges: EntraExchange[];
  /** Called after each exchange Entra ID answered (tests rotate the federated token file here, as the kubelet would). */
  readonly afterExchange: () => void;
}

/** Entra ID's error JSON: `AADSTS<code>: <text>` with its trace and correlation IDs, as the token endpoint sends it. */
function aadError(res: ServerResponse, status: number, error: string, code: number, text: string): void {
  const trace = randomUUID();
  const correlation = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  json(res, status, {
    error,
    error_description: `AADSTS${code}: ${text}\r\nTrace ID: ${trace}\r\nCorrelation ID: ${correlation}\r\nTimestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: trace,
    correlation_id: correlation,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
}

/** An issuer's signing keys, from its discovery document and JWKS over TLS (cached, as Entra ID caches them). */
function fetchJson(url: string, ca: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    }).on('error', reject);
  });
}

const keySets = new Map<string, Promise<Array<Record<string, unknown>>>>();
function signingKeys(issuer: string, ca: string): Promise<Array<Record<string, unknown>>> {
  let keys = keySets.get(issuer);
  if (!keys) {
    keys = fetchJson(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, ca)
      .then((config) => fetchJson(String(config['jwks_uri']), ca))
      .then((jwks) => (Array.isArray(jwks['keys']) ? (jwks['keys'] as Array<Record<string, unknown>>) : []));
    keys.catch(() => keySets.delete(issuer));
    keySets.set(issuer, keys);
  }
  return keys;
}

function decode(part: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');

/** Entra ID: the tenant's OpenID configuration (MSAL reads it first) and its token endpoint, for federated tokens. */
export function entraHandler(state: State, origin: () => string, options: EntraOptions) {
  return (req: IncomingMessage, res: ServerResponse, body = ''): void => {
    const url = new URL(req.url ?? '/', 'https://login.sim');
    const [, tenant = '', ...rest] = url.pathname.split('/');
    const path = `/${rest.join('/')}`;
    if (tenant.toLowerCase() !== state.entra.tenantId) {
      return aadError(
        res,
        400,
        'invalid_request',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
      );
    }
    const base = `${origin()}${state.entra.tenantId}`;
    if (req.method === 'GET' && path === '/v2.0/.well-known/openid-configuration') {
      return json(res, 200, {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: `${base}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        http_logout_supported: true,
        frontchannel_logout_supported: true,
        request_uri_parameter_supported: false,
        tenant_region_scope: 'EU',
        cloud_instance_name: 'microsoftonline.com',
        cloud_graph_host_name: 'graph.windows.net',
        msgraph_host: 'graph.microsoft.com',
      });
    }
    if (path !== '/oauth2/v2.0/token') return json(res, 404, { error: 'not_found' });
    if (req.method !== 'POST') {
      return aadError(res, 400, 'invalid_request', 900561, 'The endpoint only accepts POST requests. Received a GET request.');
    }
    const form = new URLSearchParams(/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '') ? body : '');
    const clientId = (form.get('client_id') ?? '').toLowerCase();
    const scope = form.get('scope') ?? '';
    const assertion = form.get('client_assertion') ?? '';
    let code: number | undefined;
    const refuse = (status: number, error: string, aadsts: number, text: string): void => {
      code = aadsts;
      aadError(res, status, error, aadsts, text);
    };
    const answer = (): Promise<void> | void => {
      const grant = form.get('grant_type');
      if (grant !== 'client_credentials') {
        return grant
          ? refuse(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'.`)
          : refuse(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
      }
      for (const name of ['client_id', 'scope']) {
        if (!form.get(name))
          return refuse(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);
      }
      if (form.get('client_assertion_type') !== ASSERTION_TYPE || !assertion) {
        return refuse(
          401,
          'invalid_client',
          7000218,
          "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
        );
      }
      const app = state.entra.apps.find((a) => a.clientId === clientId);
      if (!app) {
        return refuse(
          400,
          'unauthorized_client',
          700016,
          `Application with identifier '${form.get('client_id')}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
        );
      }
      const [head, payload, signature] = assertion.split('.');
      const header = decode(head);
      const claims = decode(payload);
      if (!header || !claims || !signature || header['alg'] !== 'RS256') {
        return refuse(401, 'invalid_client', 50027, 'JWT token is invalid or malformed.');
      }
      const iss = typeof claims['iss'] === 'string' ? claims['iss'] : '';
      const sub = typeof claims['sub'] === 'string' ? claims['sub'] : '';
      const auds = (Array.isArray(claims['aud']) ? claims['aud'] : [claims['aud']]).map(String);
      const trusted = app.federatedCredentials.filter((c) => c.issuer === iss && c.audiences.some((a) => auds.includes(a)));
      // The issuer and subject match a credential, the audience none: Entra ID names the audience.
      if (trusted.length === 0 && app.federatedCredentials.some((c) => c.issuer === iss && c.subject === sub)) {
        return refuse(
          401,
          'invalid_client',
          700212,
          `No matching federated identity record found for presented assertion audience '${auds.join(',')}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
        );
      }
      if (trusted.length === 0) {
        return refuse(
          400,
          'invalid_request',
          70021,
          `No matching federated identity record found for presented assertion. Assertion Issuer: '${iss}'. Assertion Subject: '${sub}'. Assertion Audience: '${auds.join(',')}'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
        );
      }
      if (!trusted.some((c) => c.subject === sub)) {
        return trusted.some((c) => c.subject.toLowerCase() === sub.toLowerCase())
          ? refuse(
              401,
              'invalid_client',
              7002138,
              `No matching federated identity record found for presented assertion subject '${sub}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. See documentation at: https://learn.microsoft.com/entra/workload-id/workload-identity-federation.`,
            )
          : refuse(
              401,
              'invalid_client',
              700213,
              `No matching federated identity record found for presented assertion subject '${sub}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
            );
      }
      return signingKeys(iss, options.caCert).then(
        (keys) => {
          const jwk = keys.find((k) => k['kid'] === header['kid']);
          let valid = false;
          try {
            valid =
              jwk !== undefined &&
              verify(
                'sha256',
                Buffer.from(`${head}.${payload}`),
                createPublicKey({ key: jwk, format: 'jwk' }),
                Buffer.from(signature, 'base64url'),
              );
          } catch {
            valid = false;
          }
          if (!valid)
            return refuse(401, 'invalid_client', 50013, 'Assertion failed signature validation. [Reason - The key was not found.]');
          const now = Math.floor(Date.now() / 1000);
          const exp = Number(claims['exp']);
          const nbf = Number(claims['nbf'] ?? claims['iat'] ?? 0);
          if (!Number.isFinite(exp) || now >= exp + SKEW_SECONDS || now < nbf - SKEW_SECONDS) {
            return refuse(
              400,
              'invalid_client',
              700024,
              `Client assertion is not within its valid time range. Current time: ${iso(now)}, assertion valid from ${iso(nbf)}, expiry time of assertion ${iso(exp)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
            );
          }
          const resource = scope.endsWith('/.default') ? scope.slice(0, -'/.default'.length) : '';
          const audiences = [...ARM_AUDIENCES[state.cloud], COSMOS_AUDIENCES[state.cloud], ...options.extraAudiences];
          if (!audiences.some((a) => a === resource || a === `${resource}/` || `${a}/` === resource)) {
            return refuse(
              400,
              'invalid_resource',
              500011,
              `The resource principal named ${resource || scope} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
            );
          }
          const lifetime = Math.min(state.tokenLifetimeSeconds, 3599);
          const token = signToken(
            {
              aud: resource,
              iss: `https://sts.windows.net/${state.entra.tenantId}/`,
              oid: app.principalId,
              sub: app.principalId,
              appid: app.clientId,
              tid: state.entra.tenantId,
              idtyp: 'app',
              iat: now,
              nbf: now,
              exp: now + lifetime,
            },
            options.secret,
          );
          options.onToken(token);
          json(res, 200, { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: token });
        },
        () =>
          refuse(
            401,
            'invalid_client',
            50013,
            `Assertion failed signature validation. [Reason - The provided signature could not be validated: keys of issuer '${iss}' unavailable.]`,
          ),
      );
    };
    const logged = (): void => {
      options.exchanges.push({ tenant, clientId, scope, assertion, status: res.statusCode, code });
      options.afterExchange();
    };
    void Promise.resolve(answer()).then(logged);
  };
}

/** GitHub's OIDC token service: ACTIONS_ID_TOKEN_REQUEST_URL, with the runner's bearer request token and an `audience` query. */
export function githubTokenService(state: State, issuer: Issuer, requestToken: string, onToken: (token: string) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'https://oidc');
    if (req.headers['authorization'] !== `Bearer ${requestToken}`) {
      return json(res, 401, { message: 'Unauthorized: the request token is not valid for this job.' });
    }
    if (url.searchParams.get('api-version') !== '2.0') return json(res, 400, { message: 'api-version 2.0 is required.' });
    const { repository, ref, environment } = state.github;
    const now = Math.floor(Date.now() / 1000);
    const token = signAssertion(issuer, {
      jti: randomUUID(),
      sub: environment ? `repo:${repository}:environment:${environment}` : `repo:${repository}:ref:${ref}`,
      aud: url.searchParams.get('audience') ?? `https://github.com/${repository.split('/')[0]}`,
      ref,
      sha: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
      repository,
      repository_owner: repository.split('/')[0],
      repository_visibility: 'private',
      run_id: '1',
      run_number: '1',
      run_attempt: '1',
      actor: 'octocat',
      workflow: 'deploy',
      event_name: 'push',
      ref_type: 'branch',
      ...(environment ? { environment } : {}),
      job_workflow_ref: `${repository}/.github/workflows/deploy.yml@${ref}`,
      nbf: now,
      iat: now,
      exp: now + 300,
    });
    onToken(token);
    json(res, 200, { count: token.length, value: token });
  };
}

/** A projected service account token of the runner pod, as the kubelet writes it for Azure Workload Identity. */
export function serviceAccountToken(
  issuer: Issuer,
  options: { subject?: string; audience?: string; lifetimeSeconds?: number } = {},
): string {
  const { namespace, name } = SEED.serviceAccount;
  const now = Math.floor(Date.now() / 1000);
  return signAssertion(issuer, {
    aud: [options.audience ?? EXCHANGE_AUDIENCE],
    sub: options.subject ?? `system:serviceaccount:${namespace}:${name}`,
    'kubernetes.io': { namespace, pod: { name: `${name}-7d9f8-abcde`, uid: randomUUID() }, serviceaccount: { name, uid: randomUUID() } },
    jti: randomUUID(),
    iat: now,
    nbf: now,
    exp: now + (options.lifetimeSeconds ?? 3600),
  });
}

/** Write a fresh service account token to `path` (first time, or the kubelet's rotation), returning it. */
export function writeServiceAccountToken(issuer: Issuer, path: string, options?: Parameters<typeof serviceAccountToken>[1]): string {
  const token = serviceAccountToken(issuer, options);
  writeFileSync(path, token, { mode: 0o600 });
  return token;
}

/** The issuers of one simulator: GitHub's (at /github) and an AKS cluster's (at /aks/<id>/, with its trailing slash as AKS writes it). */
export function makeIssuers(origin: string): { github: Issuer; aks: Issuer } {
  return {
    github: makeIssuer(`${origin}/github`, '.well-known/jwks'),
    aks: makeIssuer(`${origin}/aks/${randomUUID()}/`, 'openid/v1/jwks'),
  };
}

/** The seeded apps' federated credentials, which name this simulator's issuers: the deployer identity trusts the runner pod's service account, the GitHub app the repository's main branch. */
export function trustSeededApps(state: State, issuers: { github: Issuer; aks: Issuer }): void {
  const { namespace, name } = SEED.serviceAccount;
  const [deployer, githubApp] = state.entra.apps;
  deployer?.federatedCredentials.push({
    name: 'arc-runner',
    issuer: issuers.aks.url,
    subject: `system:serviceaccount:${namespace}:${name}`,
    audiences: [EXCHANGE_AUDIENCE],
  });
  githubApp?.federatedCredentials.push({
    name: 'deploy-main',
    issuer: issuers.github.url,
    subject: `repo:${state.github.repository}:ref:refs/heads/main`,
    audiences: [EXCHANGE_AUDIENCE],
  });
}
