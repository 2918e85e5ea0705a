/**
 * Azure VMs and VM scale sets: the managed identity from the Instance Metadata Service at
 * 169.254.169.254 (or AZURE_POD_IDENTITY_AUTHORITY_HOST, as @azure/identity reads it, for tests),
 * system-assigned or the user-assigned identity selected; the VM's instance metadata too.
 */
import type { UserAssignedIdentity } from '../inputs/config.ts';
import type { Budget } from '../net/budget.ts';
import type { Credential } from './credential.ts';
import { INSTANCE_PATH, MetadataService, TOKEN_PATH } from './metadata-service.ts';
import { parseServiceUrl } from './service-endpoint.ts';

const DEFAULT_IMDS = 'http://169.254.169.254';

export function imdsCredential(
  budget: Budget,
  userAssigned: UserAssignedIdentity | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Credential {
  const override = env['AZURE_POD_IDENTITY_AUTHORITY_HOST']?.trim();
  const base = override ? parseServiceUrl('AZURE_POD_IDENTITY_AUTHORITY_HOST', override).href.replace(/\/+$/, '') : DEFAULT_IMDS;
  const service = new MetadataService(
    { kind: 'imds', tokenUrl: base + TOKEN_PATH, apiVersion: '2018-02-01', instanceUrl: base + INSTANCE_PATH, baseUrl: base },
    budget,
    userAssigned,
  );
  const who = userAssigned ? `the user-assigned identity with ${userAssigned.input} ${userAssigned.value}` : 'the system-assigned identity';
  return {
    source: 'imds',
    describe: () => `the VM's managed identity (${who}) from IMDS at ${base}`,
    getToken: (audience) => service.getToken(audience),
    instanceMetadata: () => service.getInstanceMetadata(),
  };
}
