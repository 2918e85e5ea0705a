/**
 * The managed identity endpoint Azure Container Apps and App Service give an app
 * (IDENTITY_ENDPOINT, e.g. http://localhost:42356/msi/token, guarded by IDENTITY_HEADER), for the
 * state's identities: the container app's system-assigned identity and its user-assigned ones are
 * the VM's of the state (state.vm), so the seeded role assignments hold for them too.
 *
 * As the platforms document it (Learn: "Managed identities in Azure Container Apps", REST endpoint
 * reference; "Use managed identities for App Service"): GET with `resource` and `api-version`
 * 2019-08-01, the header `X-IDENTITY-HEADER`; at most one of `client_id`, `principal_id` (alias
 * `object_id`) and `mi_res_id` (IMDS's `msi_res_id` is not one of them: it is ignored, and the
 * system-assigned identity answers); without one, the system-assigned identity, even when the app
 * has only user-assigned ones. As it is seen answering (issues in azure-sdk-for-net and MSAL.NET):
 * a missing or wrong header gets 403 with an empty body, an identity it cannot find 400
 * `{"statusCode":400,"message":"Unable to load the proper Managed Identity.","correlationId":"…"}`,
 * from Kestrel with an `X-CORRELATION-ID` header. The wording of the other 400s is this simulator's.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptedAudiences, managedIdentityToken, type ImdsOptions } from './imds.ts';
import type { Identity, State } from './state.ts';

export const APP_SERVICE_PATH = '/msi/token';
const SELECTORS = ['client_id', 'principal_id', 'object_id', 'mi_res_id'] as const;

function answer(res: ServerResponse, status: number, body?: object): void {
  const correlationId = randomUUID();
  const text = body ? JSON.stringify({ statusCode: status, ...body, correlationId }) : '';
  const type = body ? { 'content-type': 'application/json; charset=utf-8' } : {};
  res.writeHead(status, { server: 'Kestrel', 'x-correlation-id': correlationId, 'content-length': Buffer.byteLength(text), ...type });
  res.end(text);
}

/** The identity the selectors ask for, or undefined when the app has none such. */
function selectIdentity(state: State, query: URLSearchParams): Identity | undefined {
  const users = state.vm.userIdentities;
  const clientId = query.get('client_id');
  const principalId = query.get('principal_id') ?? query.get('object_id');
  const resourceId = query.get('mi_res_id');
  if (clientId !== null) return users.find((i) => i.clientId === clientId.toLowerCase());
  if (principalId !== null) return users.find((i) => i.principalId === principalId.toLowerCase());
  if (resourceId !== null) return users.find((i) => i.resourceId?.toLowerCase() === resourceId.toLowerCase());
  return state.vm.systemIdentity;
}

export interface AppServiceOptions extends ImdsOptions {
  /** The secret the app's environment holds as IDENTITY_HEADER. */
  readonly identityHeader: string;
}

export function appServiceHandler(state: State, secret: Buffer, options: AppServiceOptions) {
  const onToken = options.onToken ?? (() => undefined);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.headers['x-identity-header'] !== options.identityHeader) return answer(res, 403);
    if (!/^\/msi\/token\/?$/i.test(url.pathname)) return answer(res, 404);
    if (req.method !== 'GET') return answer(res, 405);
    const version = url.searchParams.get('api-version');
    if (version !== '2019-08-01') {
      return answer(res, 400, { message: version ? `The api-version '${version}' is not supported.` : 'The api-version is required.' });
    }
    const resource = url.searchParams.get('resource');
    if (!resource) return answer(res, 400, { message: 'The resource is required.' });
    if (!acceptedAudiences(state, options.extraAudiences).includes(resource)) {
      return answer(res, 400, { message: `AADSTS500011: The resource principal named ${resource} was not found in the tenant.` });
    }
    if (SELECTORS.filter((name) => url.searchParams.has(name)).length > 1) {
      return answer(res, 400, { message: 'Only one of client_id, principal_id, object_id and mi_res_id may be given.' });
    }
    const identity = selectIdentity(state, url.searchParams);
    if (!identity) return answer(res, 400, { message: 'Unable to load the proper Managed Identity.' });
    const { token, exp } = managedIdentityToken(state, secret, identity, resource);
    onToken(token);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', server: 'Kestrel' });
    res.end(JSON.stringify({ access_token: token, expires_on: String(exp), resource, token_type: 'Bearer', client_id: identity.clientId }));
  };
}
