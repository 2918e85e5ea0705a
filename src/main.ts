/**
 * The run: validate inputs, get a token from IMDS, ask ARM for the keys (masked the moment
 * they arrive), hand them to later steps, and report.
 */
import * as core from '@actions/core';
import { ArmClient } from './arm.ts';
import { describeError } from './errors.ts';
import { Budget } from './http.ts';
import { ImdsClient, imdsBaseUrl } from './imds.ts';
import { readInputs, type AccountTarget, type Config } from './inputs.ts';
import { buildOutputs, publishOutputs } from './outputs.ts';
import { round, runSmokeTest } from './smoke-test.ts';
import { writeSummary, type RunReport } from './summary.ts';

type Report = { -readonly [K in keyof RunReport]: RunReport[K] };

export async function run(): Promise<void> {
  const started = performance.now();
  const report: Report = { account: '', operation: '', identity: '', outputs: [], exported: [], timings: [] };
  const time = async <T>(step: string, work: Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work;
    } finally {
      report.timings = [...report.timings, [step, performance.now() - t0]];
    }
  };
  try {
    const config = readInputs();
    Object.assign(report, {
      account: config.target.accountName,
      operation: config.operation,
      identity: config.identity ? `user-assigned (${config.identity.input})` : 'system-assigned',
    });
    await fetchKeys(config, report, time);
  } catch (error) {
    report.error = describeError(error);
    core.setFailed(report.error);
  }
  report.timings = [...report.timings, ['total', performance.now() - started]];
  await writeSummary(report);
}

async function fetchKeys(config: Config, report: Report, time: <T>(step: string, work: Promise<T>) => Promise<T>): Promise<void> {
  const budget = new Budget(config.timeoutSeconds);
  const imds = new ImdsClient(imdsBaseUrl(), budget, config.identity);
  try {
    // The token and (when needed) the VM's subscription and group come from IMDS in parallel.
    const [token, target] = await Promise.all([
      time('IMDS token', imds.getToken(config.cloud.armResource)),
      time('IMDS instance metadata', resolveTarget(config.target, imds)),
    ]);
    report.principalId = token.principalId;
    report.subscriptionId = target.subscriptionId;
    report.resourceGroup = target.resourceGroup;
    const accountId = `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${target.accountName}`;
    const arm = new ArmClient(
      config.armEndpoint,
      token.accessToken,
      { ...target, accountId, principalId: token.principalId, apiVersion: config.apiVersion },
      budget,
    );
    // The key operation and the account read (for the endpoint) run concurrently.
    const [keys, account] = await time('ARM keys and account', settleBoth(arm.listKeys(config.operation), arm.readAccount()));
    if (account.disableLocalAuth) {
      core.warning(
        `Account '${target.accountName}' has disableLocalAuth set: its data plane refuses keys. Use Entra ID data-plane roles instead.`,
      );
    }
    const smokeTest = config.smokeTest
      ? await time(
          'smoke test',
          runSmokeTest({ ...config.smokeTest, endpoint: account.documentEndpoint, key: keys.primaryKey, runId: runId() }, budget),
        )
      : undefined;
    report.smokeTest = smokeTest?.steps;
    if (smokeTest) core.info(`Smoke test passed in ${Math.round(smokeTest.ms)} ms, ${round(smokeTest.requestCharge)} RU in all.`);
    const set = buildOutputs(keys, account.documentEndpoint, token.principalId, smokeTest);
    publishOutputs(set, config.exportVariables);
    report.outputs = [...set.outputs.keys()];
    report.exported = config.exportVariables ? [...set.variables.keys()] : [];
    core.info(
      `Fetched ${config.operation} for Cosmos DB account '${target.accountName}' (${account.documentEndpoint}); outputs: ${report.outputs.join(', ')}.`,
    );
  } finally {
    budget.cancel();
  }
}

/** This workflow run and attempt, to make the smoke test's marker item unique. */
function runId(): string {
  return `${process.env['GITHUB_RUN_ID'] ?? 'local'}-${process.env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
}

/** Subscription and group from the inputs, or the VM's own from instance metadata. */
async function resolveTarget(target: AccountTarget, imds: ImdsClient): Promise<Required<AccountTarget>> {
  const { accountName, subscriptionId, resourceGroup } = target;
  if (subscriptionId && resourceGroup) return { accountName, subscriptionId, resourceGroup };
  const vm = await imds.getInstanceMetadata();
  core.info(
    `Using the VM's own ${[subscriptionId ? '' : 'subscription', resourceGroup ? '' : 'resource group'].filter(Boolean).join(' and ')} from instance metadata.`,
  );
  return {
    accountName,
    subscriptionId: subscriptionId ?? vm.subscriptionId.toLowerCase(),
    resourceGroup: resourceGroup ?? vm.resourceGroupName,
  };
}

/** Wait for both; if either failed, throw the first one's error (the key operation's). */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}
