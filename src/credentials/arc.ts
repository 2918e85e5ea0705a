/**
 * Azure Arc-enabled servers: the machine's system-assigned identity from the Arc agent (himds),
 * which speaks IMDS's protocol after a key-file challenge (arc-key-file.ts). The agent is found at
 * IDENTITY_ENDPOINT / IMDS_ENDPOINT, which it sets for services, or at its fixed local address
 * when it is installed, as MSAL finds it.
 */
import { ActionError } from '../report/errors.ts';
import type { UserAssignedIdentity } from '../inputs/config.ts';
import type { Budget } from '../net/budget.ts';
import { ARC_API_VERSION } from './arc-key-file.ts';
import type { Credential } from './credential.ts';
import { INSTANCE_PATH, MetadataService, TOKEN_PATH } from './metadata-service.ts';
import { parseServiceUrl } from './service-endpoint.ts';

/** The agent's local endpoint when the environment does not name it (MSAL's default); its token path is IMDS's. */
const ARC_DEFAULT_ENDPOINT = 'http://127.0.0.1:40342';

export function arcCredential(
  budget: Budget,
  userAssigned: UserAssignedIdentity | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Credential {
  if (userAssigned) {
    throw new ActionError(
      `This runner is an Azure Arc-enabled server, whose only identity is the machine's system-assigned one: remove ${userAssigned.input}.`,
    );
  }
  // The agent's variables only as a pair, as MSAL reads them: a stray IDENTITY_ENDPOINT alone
  // (another platform's) must not divert the requests, nor the key file's secret.
  const pair = env['IDENTITY_ENDPOINT']?.trim() && env['IMDS_ENDPOINT']?.trim();
  const identity = pair ? env['IDENTITY_ENDPOINT']?.trim() : undefined;
  const imds = pair ? env['IMDS_ENDPOINT']?.trim() : undefined;
  // MSAL sends to 127.0.0.1 where the agent's variables say localhost: the agent listens on IPv4 only.
  const local = (url: URL): URL => {
    if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
    return url;
  };
  const token = identity ? local(parseServiceUrl('IDENTITY_ENDPOINT', identity)) : new URL(ARC_DEFAULT_ENDPOINT + TOKEN_PATH);
  const base = (imds ? local(parseServiceUrl('IMDS_ENDPOINT', imds)).href : ARC_DEFAULT_ENDPOINT).replace(/\/+$/, '');
  const service = new MetadataService(
    {
      kind: 'arc',
      tokenUrl: `${token.origin}${token.pathname}`,
      apiVersion: ARC_API_VERSION,
      instanceUrl: base + INSTANCE_PATH,
      baseUrl: base,
    },
    budget,
  );
  return {
    source: 'arc',
    describe: () => `the Arc-enabled server's system-assigned identity from its agent at ${token.origin}`,
    getToken: (audience) => service.getToken(audience),
    instanceMetadata: () => service.getInstanceMetadata(),
  };
}
