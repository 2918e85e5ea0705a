/**
 * The first round trip of every run: the managed identity's tokens, and (when needed) the VM's
 * instance metadata for its subscription, resource group and cloud, all from IMDS at once.
 */
import * as core from '@actions/core';
import { CLOUDS, cloudOfAzEnvironment, type Cloud } from './clouds.ts';
import { ActionError } from './errors.ts';
import type { ImdsClient, Token } from './imds.ts';
import { armOf, type AccountTarget, type Config } from './inputs.ts';

export interface Identity {
  readonly cloud: Cloud;
  /** The account with subscription and group filled in; undefined when only an endpoint was given. */
  readonly target?: Required<AccountTarget>;
  /** The ARM token, when ARM is called. */
  readonly armToken?: Token;
  /** The Cosmos DB data-plane token (auth entra). */
  readonly cosmosToken?: Token;
  readonly principalId?: string;
}

/** Whether the run calls ARM: always with keys; with entra, only to look the endpoint up. */
export function needsArm(config: Config): boolean {
  return config.auth === 'keys' || config.endpoint === undefined;
}

export async function resolveIdentity(config: Config, imds: ImdsClient): Promise<Identity> {
  const target = config.target;
  const needsVm = config.cloud === 'auto' || (target !== undefined && (!target.subscriptionId || !target.resourceGroup));
  const resources = (cloud: Cloud): { arm?: string; cosmos?: string } => ({
    arm: needsArm(config) ? armOf(config, cloud).resource : undefined,
    cosmos: config.auth === 'entra' ? cloud.cosmosResource : undefined,
  });
  const tokensFor = async (cloud: Cloud): Promise<{ arm?: Token; cosmos?: Token }> => {
    const { arm, cosmos } = resources(cloud);
    const [armToken, cosmosToken] = await Promise.all([arm && imds.getToken(arm), cosmos && imds.getToken(cosmos)]);
    return { arm: armToken || undefined, cosmos: cosmosToken || undefined };
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
  const tokens = cloud === guess ? await early : await tokensFor(cloud);
  let resolved: Required<AccountTarget> | undefined;
  if (target) {
    const fromVm = [target.subscriptionId ? '' : 'subscription', target.resourceGroup ? '' : 'resource group'].filter(Boolean);
    if (fromVm.length) core.info(`Using the VM's own ${fromVm.join(' and ')} from instance metadata.`);
    resolved = {
      accountName: target.accountName,
      subscriptionId: target.subscriptionId ?? vm?.subscriptionId.toLowerCase() ?? '',
      resourceGroup: target.resourceGroup ?? vm?.resourceGroupName ?? '',
    };
    if (!resolved.subscriptionId || !resolved.resourceGroup) {
      throw new ActionError(
        'Instance metadata names no subscription or resource group for this machine: give the subscription-id and resource-group inputs.',
      );
    }
  }
  return {
    cloud,
    target: resolved,
    armToken: tokens.arm,
    cosmosToken: tokens.cosmos,
    principalId: (tokens.arm ?? tokens.cosmos)?.principalId,
  };
}
