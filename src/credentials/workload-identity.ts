/**
 * Azure Workload Identity (AKS, e.g. runners of actions-runner-controller): the pod's service
 * account token, which the webhook projects into AZURE_FEDERATED_TOKEN_FILE, exchanged at
 * Microsoft Entra ID for the app or user-assigned identity in AZURE_CLIENT_ID (client-id
 * overrides it) of AZURE_TENANT_ID (tenant-id overrides it), at AZURE_AUTHORITY_HOST (the webhook
 * sets it) or the cloud's. The kubelet rotates the file: it is read afresh for every token. With
 * AKS identity bindings the request goes through the cluster's token proxy (token-proxy.ts).
 */
import type { Config } from '../inputs/config.ts';
import { ActionError } from '../report/errors.ts';
import type { Budget } from '../net/budget.ts';
import { isTenant } from '../azure/names.ts';
import { maskSecret } from '../report/masking.ts';
import type { Credential } from './credential.ts';
import { LocalFileError, readLocalFile } from './local-file.ts';
import { EntraTokenClient } from './entra-token.ts';
import { authorityOf, federatedClientId, type FederatedApp, type Sourced } from './federated-app.ts';
import { tokenProxyRoute } from './token-proxy.ts';

/** A service account token is a JWT of a kilobyte or two: anything far larger is not one. */
const MAX_TOKEN_BYTES = 64 * 1024;

/** The service account token in `path`, read now (the kubelet's link followed, as local-file.ts reads any credential file), masked the moment it is read. */
function readFederatedToken(path: string): string {
  let text: string;
  try {
    text = readLocalFile(path, MAX_TOKEN_BYTES, { followLinks: true });
  } catch (error) {
    const problem = error instanceof LocalFileError ? error.problem : ({ kind: 'error', code: 'error' } as const);
    if (problem.kind === 'too large') {
      throw new ActionError(
        `The file in AZURE_FEDERATED_TOKEN_FILE (${path}) is over ${MAX_TOKEN_BYTES / 1024} KiB: it is not a service account token.`,
      );
    }
    if (problem.kind === 'not a regular file') {
      throw new ActionError(
        `AZURE_FEDERATED_TOKEN_FILE (${path}) is ${problem.is}, not a regular file: it is not the service account token the kubelet writes. Unset AZURE_FEDERATED_TOKEN_FILE, or point it at the projected token file.`,
      );
    }
    throw new ActionError(
      `The service account token in AZURE_FEDERATED_TOKEN_FILE (${path}) could not be read (${problem.code}). ` +
        'Check that the runner\'s pod has the label azure.workload.identity/use: "true" and a service account annotated with azure.workload.identity/client-id.',
    );
  }
  const token = text.trim();
  maskSecret(token);
  if (token === '')
    throw new ActionError(
      `The file in AZURE_FEDERATED_TOKEN_FILE (${path}) is empty: the kubelet has not written the service account token.`,
    );
  return token;
}

export function workloadIdentityCredential(config: Config, budget: Budget, env: NodeJS.ProcessEnv = process.env): Credential {
  const path = env['AZURE_FEDERATED_TOKEN_FILE']?.trim();
  if (!path) {
    throw new ActionError(
      'Identity source workload-identity needs AZURE_FEDERATED_TOKEN_FILE, which the Azure Workload Identity webhook sets in pods labelled azure.workload.identity/use: "true".',
    );
  }
  const tenantVariable = env['AZURE_TENANT_ID']?.trim();
  let tenant: Sourced;
  if (config.tenantId) tenant = { value: config.tenantId, from: 'the tenant-id input' };
  else if (tenantVariable && isTenant(tenantVariable)) tenant = { value: tenantVariable.toLowerCase(), from: 'AZURE_TENANT_ID' };
  else if (tenantVariable)
    throw new ActionError('AZURE_TENANT_ID is neither a tenant ID (a GUID) nor a tenant domain: give the tenant-id input.');
  else
    throw new ActionError(
      'Identity source workload-identity needs a tenant: AZURE_TENANT_ID (the webhook sets it) or the tenant-id input.',
    );
  const clientVariable = env['AZURE_CLIENT_ID']?.trim();
  const client = federatedClientId(
    config,
    'workload-identity',
    clientVariable ? { value: clientVariable, from: 'AZURE_CLIENT_ID' } : undefined,
  );
  const app: FederatedApp = { source: 'workload-identity', authority: authorityOf(env, config), tenant, client };
  // AKS identity bindings: the webhook's token proxy, when it names one.
  const route = tokenProxyRoute(env);
  const entra = new EntraTokenClient(app, () => Promise.resolve().then(() => readFederatedToken(path)), budget, route);
  return {
    source: 'workload-identity',
    describe: () =>
      `the pod's workload identity (client ID ${client.value}, tenant ${tenant.value}) from Microsoft Entra ID at ${app.authority.host}${route ? ` through ${route.name}` : ''}, for the service account token in AZURE_FEDERATED_TOKEN_FILE`,
    getToken: (audience) => entra.getToken(audience),
  };
}
