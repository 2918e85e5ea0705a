/**
 * The first round trip of every run, which starts its session with Azure: the identity's tokens
 * from the credential source, and (when needed) the VM's instance metadata for its subscription,
 * resource group and cloud, all at once. The session is the run's cloud, who it is, and how it
 * reaches the account.
 */
import * as core from '@actions/core';
import { CLOUDS, armOf, cloudOfAzEnvironment, type Cloud } from '../azure/clouds.ts';
import { armTarget, type AccountTarget, type Config } from '../inputs/config.ts';
import type { Credential, InstanceMetadata, Token } from './credential.ts';
import { GUID } from '../azure/names.ts';
import { ActionError, quote } from '../report/errors.ts';
import { serverText } from '../report/sanitize.ts';

/** The account with subscription and group filled in (from the inputs, else from instance metadata). */
export type ResolvedTarget = Required<AccountTarget>;

/** How the run reaches the account: through ARM with a token for it, or at the endpoint given. */
type AccountAccess =
  | { readonly via: 'arm'; readonly target: ResolvedTarget; readonly armToken: Token }
  | { readonly via: 'endpoint'; readonly endpoint: string; readonly target?: AccountTarget };

export interface Session {
  readonly cloud: Cloud;
  /** The identity's object (principal) ID, when its token names it. */
  readonly principalId?: string;
  readonly account: AccountAccess;
}

export async function startSession(config: Config, credential: Credential): Promise<Session> {
  if (config.endpoint !== undefined) {
    // No ARM: only the data plane's token (auth entra). The account, if named, is only for advice:
    // instance metadata is not asked for its subscription and group.
    const { cloud, tokens } = await inCloud(config, credential, (c) => credential.getToken(c.cosmosResource));
    checkTenant(config.tenantId, tokens, credential.source);
    return { cloud, principalId: tokens.principalId, account: { via: 'endpoint', endpoint: config.endpoint, target: config.target } };
  }
  // ARM's token, and with auth entra the data plane's too, so that the smoke test finds it cached.
  const entra = config.auth === 'entra';
  const { cloud, vm, tokens } = await inCloud(config, credential, (c) =>
    Promise.all([credential.getToken(armOf(config, c).resource), entra ? credential.getToken(c.cosmosResource) : undefined]),
  );
  const [armToken] = tokens;
  checkTenant(config.tenantId, armToken, credential.source);
  return { cloud, principalId: armToken.principalId, account: { via: 'arm', target: resolveTarget(config.target, vm), armToken } };
}

/**
 * tenant-id is a guard, like aws-actions/configure-aws-credentials' allowed-account-ids: the
 * identity's token must be from that tenant, or the run stops before any request to ARM or the
 * data plane. A tenant given by domain name was resolved by Entra ID itself, in a federated
 * exchange (the only place choose.ts accepts one): nothing to compare here.
 */
function checkTenant(expected: string | undefined, token: Token, source: string): void {
  if (!expected || !GUID.test(expected) || token.tenantId === expected) return;
  const actual = token.tenantId ? `tenant ${token.tenantId}` : 'no tenant its token names';
  throw new ActionError(
    `Wrong tenant: the runner's identity (identity source ${source}) is in ${actual}, but tenant-id is ${expected}. ` +
      'Nothing was sent to ARM or the data plane. Fix tenant-id, or run the job on a runner whose identity is in that tenant.',
  );
}

/** The cloud the run starts in: the cloud input, or with cloud: auto the public cloud until instance metadata says otherwise. */
export function likelyCloud(config: Config): Cloud {
  return config.cloud === 'auto' ? CLOUDS.AzureCloud : config.cloud;
}

/**
 * The run's cloud, the VM's instance metadata when needed (cloud: auto, or subscription or group
 * to fill in), and the tokens `tokensFor` asks of IMDS, all in one round trip. With cloud: auto,
 * the public cloud's tokens are asked for while instance metadata is on its way: right in the
 * common case, and asked again (IMDS caches per audience) otherwise.
 */
async function inCloud<T>(
  config: Config,
  credential: Credential,
  tokensFor: (cloud: Cloud) => Promise<T>,
): Promise<{ cloud: Cloud; vm?: InstanceMetadata; tokens: T }> {
  const target = armTarget(config);
  const needsVm = config.cloud === 'auto' || (target !== undefined && (!target.subscriptionId || !target.resourceGroup));
  // Checked before any request: off VMs nothing can fill in what the inputs leave out.
  const metadata = needsVm ? instanceMetadataOf(credential, config) : undefined;
  const guess = likelyCloud(config);
  const early = tokensFor(guess);
  if (needsVm) early.catch(() => undefined);
  const vm = metadata ? await metadata() : undefined;
  let cloud = guess;
  if (config.cloud === 'auto') {
    cloud = vm?.azEnvironment ? cloudOf(vm.azEnvironment) : CLOUDS.AzureCloud;
    core.info(
      vm?.azEnvironment
        ? `Cloud: ${cloud.name} (the VM's azEnvironment is ${serverText(vm.azEnvironment, 60)}).`
        : `Cloud: ${cloud.name} (instance metadata names no azEnvironment).`,
    );
  }
  return { cloud, vm, tokens: await (cloud === guess ? early : tokensFor(cloud)) };
}

/** How to ask for the machine's instance metadata; a source off VMs has none, so the inputs it stands in for are needed. */
function instanceMetadataOf(credential: Credential, config: Config): () => Promise<InstanceMetadata> {
  if (credential.instanceMetadata) return credential.instanceMetadata;
  const target = armTarget(config);
  const missing = [
    ...(target && (!target.subscriptionId || !target.resourceGroup) ? ['subscription-id and resource-group (or account-resource-id)'] : []),
    ...(config.cloud === 'auto' ? ['a cloud other than auto'] : []),
  ].join(', and ');
  throw new ActionError(
    `Instance metadata exists only on Azure VMs, scale sets and Arc machines, not with identity source ${credential.source}: give ${missing}.`,
  );
}

/** Subscription and group from the inputs, else the VM's own from instance metadata. */
function resolveTarget(target: AccountTarget, vm: InstanceMetadata | undefined): ResolvedTarget {
  const fromVm = [target.subscriptionId ? '' : 'subscription', target.resourceGroup ? '' : 'resource group'].filter(Boolean);
  if (fromVm.length) core.info(`Using the VM's own ${fromVm.join(' and ')} from instance metadata.`);
  const resolved = {
    accountName: target.accountName,
    subscriptionId: target.subscriptionId ?? vm?.subscriptionId.toLowerCase() ?? '',
    resourceGroup: target.resourceGroup ?? vm?.resourceGroupName ?? '',
  };
  if (!resolved.subscriptionId || !resolved.resourceGroup) {
    throw new ActionError(
      'Instance metadata names no subscription or resource group for this machine: give the subscription-id and resource-group inputs.',
    );
  }
  return resolved;
}

/**
 * The cloud an IMDS azEnvironment names. Any other (Azure Stack Hub's AzureStack among them: it has
 * neither Cosmos DB nor a managed-identity endpoint in IMDS) fails, naming it, before ARM is called.
 */
function cloudOf(azEnvironment: string): Cloud {
  const cloud = cloudOfAzEnvironment(azEnvironment);
  if (cloud) return cloud;
  const name = quote(serverText(azEnvironment, 64));
  const stack = /^azurestack/i.test(azEnvironment)
    ? ' Azure Stack Hub has no Cosmos DB and no managed identity in IMDS: this action cannot run there.'
    : '';
  throw new ActionError(
    `Instance metadata names the cloud ${name}, which this action does not know (cloud: auto).${stack} ` +
      `Set the cloud input to ${Object.keys(CLOUDS).join(', ')} if the account is in one of them.`,
  );
}
