/**
 * The run: validate the inputs; get the identity's tokens (and, when needed, the VM's own
 * subscription, group and cloud) from IMDS; then either ask ARM for the keys (masked the moment
 * they arrive) or, keyless, use Entra ID on the data plane; optionally prove access with the
 * smoke test; hand the results to later steps; report.
 */
import * as core from '@actions/core';
import { ArmClient, type Account } from './arm.ts';
import { CLOUDS } from './clouds.ts';
import { ActionError, describeError } from './errors.ts';
import { Budget } from './http.ts';
import { needsArm, resolveIdentity, type Identity } from './identity.ts';
import { ImdsClient, identityEndpoint } from './imds.ts';
import { armOf, readInputs, type Config } from './inputs.ts';
import type { KeySet } from './keys.ts';
import { buildOutputs, publishOutputs } from './outputs.ts';
import { preloadSmokeTest, round, runSmokeTest, type Credential, type SmokeTestResult } from './smoke-test.ts';
import { writeSummary, type RunReport } from './summary.ts';
import { preconnectArm } from './transport.ts';

type Report = { -readonly [K in keyof RunReport]: RunReport[K] };
type Time = <T>(step: string, work: Promise<T>) => Promise<T>;

export async function run(): Promise<void> {
  const started = performance.now();
  const report: Report = { account: '', operation: '', identity: '', outputs: [], exported: [], timings: [] };
  const time: Time = async (step, work) => {
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
      account: config.target?.accountName ?? config.endpoint ?? '',
      operation: config.auth === 'entra' ? 'keyless (Entra ID)' : config.operation,
      identity: config.identity ? `user-assigned (${config.identity.input})` : 'system-assigned',
    });
    const budget = new Budget(config.timeoutSeconds);
    try {
      await fetchAccess(config, report, time, budget);
    } finally {
      budget.cancel();
    }
  } catch (error) {
    report.error = describeError(error);
    core.setFailed(report.error);
  }
  report.timings = [...report.timings, ['total', performance.now() - started]];
  await writeSummary(report);
}

async function fetchAccess(config: Config, report: Report, time: Time, budget: Budget): Promise<void> {
  if (config.smokeTest) preloadSmokeTest();
  const imds = new ImdsClient(identityEndpoint(), budget, config.identity);
  const identity = time('IMDS', resolveIdentity(config, imds));
  // While IMDS answers, connect to ARM (in the cloud resolveIdentity guesses first), once per call.
  const guess = config.cloud === 'auto' ? CLOUDS.AzureCloud : config.cloud;
  if (needsArm(config)) preconnectArm(armOf(config, guess).endpoint, config.auth === 'keys' ? 2 : 1, budget.signal);
  const id = await identity;
  Object.assign(report, {
    principalId: id.principalId,
    subscriptionId: id.target?.subscriptionId,
    resourceGroup: id.target?.resourceGroup,
  });
  const arm = id.armToken && id.target ? armClient(config, id, budget) : undefined;

  let keys: KeySet | undefined;
  let endpoint: string;
  if (config.auth === 'keys') {
    // The key operation and the account read (for the endpoint) run concurrently.
    let account: Account;
    [keys, account] = await time('ARM keys and account', settleBoth(arm!.listKeys(config.operation), arm!.readAccount()));
    if (account.disableLocalAuth) throw keysDisabled(id);
    endpoint = account.documentEndpoint;
  } else {
    endpoint = config.endpoint ?? (await time('ARM account', arm!.readAccount())).documentEndpoint;
    core.info(`Keyless (Entra ID): no keys fetched; the data plane is used with the identity's own token.`);
  }

  let smokeTest: SmokeTestResult | undefined;
  if (config.smokeTest) {
    smokeTest = await time(
      'smoke test',
      runSmokeTest(
        {
          ...config.smokeTest,
          endpoint,
          key: keys?.primaryKey,
          credential: keys ? undefined : dataPlaneCredential(imds, id),
          runId: runId(),
          rbac: { principalId: id.principalId, accountName: id.target?.accountName, resourceGroup: id.target?.resourceGroup },
        },
        budget,
      ),
    );
    report.smokeTest = smokeTest.steps;
    core.info(`Smoke test passed in ${Math.round(smokeTest.ms)} ms, ${round(smokeTest.requestCharge)} RU in all.`);
  }

  const set = buildOutputs({ keys, endpoint, principalId: id.principalId, smokeTest });
  publishOutputs(set, config.exportVariables);
  report.outputs = [...set.outputs.keys()];
  report.exported = config.exportVariables ? [...set.variables.keys()] : [];
  const what = keys ? `Fetched ${config.operation} for` : 'Resolved';
  core.info(
    `${what} Cosmos DB account ${id.target ? `'${id.target.accountName}' ` : ''}(${endpoint}); outputs: ${report.outputs.join(', ')}.`,
  );
}

function armClient(config: Config, id: Identity, budget: Budget): ArmClient {
  const target = id.target!;
  const accountId = `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${target.accountName}`;
  return new ArmClient(
    armOf(config, id.cloud).endpoint,
    id.armToken!.accessToken,
    { ...target, accountId, principalId: id.principalId, apiVersion: config.apiVersion },
    budget,
  );
}

/** The data-plane token for @azure/cosmos, from IMDS, cached and refreshed before it expires. */
function dataPlaneCredential(imds: ImdsClient, id: Identity): Credential {
  const resource = id.cloud.cosmosResource;
  return {
    scope: `${resource}/.default`,
    async getToken() {
      const token = await imds.getToken(resource);
      return { token: token.accessToken, expiresOnTimestamp: token.expiresOn.getTime() };
    },
  };
}

/** With auth keys, an account that refuses keys on its data plane is a failure, not a handout. */
function keysDisabled(id: Identity): ActionError {
  const name = id.target?.accountName ?? 'The account';
  return new ActionError(
    `Account '${name}' has local (key) authentication disabled (disableLocalAuth), so its keys cannot work on the data plane; no keys were handed out. ` +
      'Use auth: entra instead, and give the identity a Cosmos DB data-plane role (Cosmos DB Built-in Data Reader or Contributor).',
  );
}

/** This workflow run and attempt, to make the smoke test's marker item unique. */
function runId(): string {
  return `${process.env['GITHUB_RUN_ID'] ?? 'local'}-${process.env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
}

/** Wait for both; if either failed, throw the first one's error (the key operation's). */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}
