/**
 * The first round trip of every run: the managed identity's tokens, and (when needed) the VM's
 * instance metadata for its subscription, resource group and cloud, all from IMDS at once.
 */
import * as core from '@actions/core';
import { CLOUDS, armOf, cloudOfAzEnvironment, type Cloud } from './clouds.ts';
import type { AccountTarget, Config } from './config.ts';
import { ActionError } from './errors.ts';
import type { ImdsClient, InstanceMetadata, Token } from './imds.ts';

/** The account with subscription and group filled in (from the inputs, else from instance metadata). */
export type ResolvedTarget = Required<AccountTarget>;

/** How the run reaches the account: through ARM with a token for it, or at the endpoint given. */
type AccountAccess =
  | { readonly via: 'arm'; readonly target: ResolvedTarget; readonly armToken: Token }
  | { readonly via: 'endpoint'; readonly endpoint: string; readonly target?: ResolvedTarget };

export interface Identity {
  readonly cloud: Cloud;
  readonly principalId?: string;
  readonly account: AccountAccess;
}

export async function resolveIdentity(config: Config, imds: ImdsClient): Promise<Identity> {
  const target = config.target;
  const needsVm = config.cloud === 'auto' || (target !== undefined && (!target.subscriptionId || !target.resourceGroup));
  // Every token the run needs, asked for at once: ARM's unless the endpoint was given, and with
  // auth entra the data plane's (so the smoke test finds it cached). IMDS caches them per audience.
  const armToken = (cloud: Cloud): Promise<Token> => imds.getToken(armOf(config, cloud).resource);
  const tokensFor = async (cloud: Cloud): Promise<{ arm?: Token; cosmos?: Token }> => {
    const [arm, cosmos] = await Promise.all([
      config.endpoint === undefined ? armToken(cloud) : undefined,
      config.auth === 'entra' ? imds.getToken(cloud.cosmosResource) : undefined,
    ]);
    return { arm, cosmos };
  };

  // With cloud: auto, ask for the public cloud's tokens while instance metadata is on its way:
  // right in the common case (no extra round trip), and asked again (cached per audience) otherwise.
  const guess = config.cloud === 'auto' ? CLOUDS.AzureCloud : config.cloud;
  const early = tokensFor(guess);
  if (needsVm) early.catch(() => undefined);
  const vm = needsVm ? await imds.getInstanceMetadata() : undefined;
  let cloud = guess;
  if (config.cloud === 'auto') {
    cloud = cloudOfAzEnvironment(vm?.azEnvironment ?? '') ?? CLOUDS.AzureCloud;
    core.info(
      vm?.azEnvironment
        ? `Cloud: ${cloud.name} (the VM's azEnvironment is ${vm.azEnvironment}).`
        : `Cloud: ${cloud.name} (instance metadata names no azEnvironment).`,
    );
  }
  const tokens = await (cloud === guess ? early : tokensFor(cloud));

  if (config.endpoint !== undefined) {
    const account = { via: 'endpoint', endpoint: config.endpoint, target: target && resolveTarget(target, vm) } as const;
    return { cloud, principalId: tokens.cosmos?.principalId, account };
  }
  // tokens.arm is always there when ARM is called; the fallback only satisfies the types (and hits the cache).
  const token = tokens.arm ?? (await armToken(cloud));
  return { cloud, principalId: token.principalId, account: { via: 'arm', target: resolveTarget(config.target, vm), armToken: token } };
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
