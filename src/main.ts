/**
 * The run: validate the inputs; get the identity's tokens (and, when needed, the VM's own
 * subscription, group and cloud) from IMDS; reach the account: through ARM, for its endpoint and
 * (with auth keys) its keys, masked the moment they arrive; or at the endpoint given; optionally
 * prove access with the smoke test; hand the results to later steps; report.
 */
import * as core from '@actions/core';
import { API_NAMES, apiEndpointOf } from './account-apis.ts';
import { ArmClient, type Account } from './arm.ts';
import { armOf } from './clouds.ts';
import type { Config } from './config.ts';
import { chooseCredential } from './credentials/choose.ts';
import type { Credential as IdentityCredential } from './credentials/credential.ts';
import { checkConnectionStrings, checkedEndpoint } from './endpoints.ts';
import { ActionError, describeError } from './errors.ts';
import { Budget } from './http.ts';
import { readInputs } from './inputs.ts';
import type { KeySet } from './keys.ts';
import { crashHappened, orCrash } from './last-resort.ts';
import { buildOutputs, publishOutputs, type AccountApi } from './outputs.ts';
import { roundCharge } from './request-charge.ts';
import { likelyCloud, startSession, type ResolvedTarget, type Session } from './session.ts';
import { preloadSmokeTest, checkSmokeTestFits, runSmokeTest, type Credential, type SmokeTestResult } from './smoke-test.ts';
import { writeSummary, type RunReport } from './summary.ts';
import { preconnectArm } from './transport.ts';

type Report = { -readonly [K in keyof RunReport]: RunReport[K] };
type Time = <T>(step: string, work: Promise<T>) => Promise<T>;

export async function run(): Promise<void> {
  const started = performance.now();
  const report: Report = { account: '', auth: 'keys', operation: '', identity: '', outputs: [], exported: [], timings: [] };
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
      // Known from the inputs, even if IMDS fails before the VM's own could fill them in.
      subscriptionId: config.target?.subscriptionId,
      resourceGroup: config.target?.resourceGroup,
      auth: config.auth,
      operation: config.auth === 'keys' ? config.operation : 'keyless (Entra ID)',
      identity: config.userAssigned ? `user-assigned (${config.userAssigned.input})` : 'system-assigned',
    });
    const budget = new Budget(config.timeoutSeconds);
    try {
      await orCrash(fetchAccess(config, report, time, budget));
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
  const { credential, why } = chooseCredential(config, budget);
  core.info(why);
  report.identitySource = credential.source;
  // These sources sign in as an app or user-assigned identity by its client ID: never a VM's system-assigned one.
  if (credential.source === 'workload-identity' || credential.source === 'github-oidc') report.identity = 'federated identity credential';
  const starting = time(credential.source === 'imds' ? 'IMDS' : `token (${credential.source})`, startSession(config, credential));
  // While the identity's tokens come, connect to ARM (in the cloud the run starts in), once per ARM call.
  if (config.endpoint === undefined) {
    preconnectArm(armOf(config, likelyCloud(config)).endpoint, config.auth === 'keys' ? 2 : 1, budget.signal);
  }
  const session = await starting;
  const target = session.account.target;
  Object.assign(report, { principalId: session.principalId, subscriptionId: target?.subscriptionId, resourceGroup: target?.resourceGroup });

  const { endpoint, keys, account } = await reachAccount(config, session, time, budget);
  if (account && account.api !== 'sql')
    core.info(`Account '${account.accountName}' is an ${API_NAMES[account.api]} account (${account.apiEndpoint}).`);
  if (!keys) {
    core.info(
      config.smokeTest
        ? "Keyless (Entra ID): no keys fetched; the smoke test uses the identity's own token on the data plane."
        : "Keyless (Entra ID): no keys fetched; later steps use the identity's own token on the data plane.",
    );
  }

  let smokeTest: SmokeTestResult | undefined;
  if (config.smokeTest) {
    smokeTest = await time(
      'smoke test',
      runSmokeTest(
        {
          ...config.smokeTest,
          endpoint,
          api: account?.api ?? 'sql',
          apiEndpoint: account?.apiEndpoint ?? '',
          accountName: target?.accountName ?? '',
          access: keys ? { key: keys.primaryKey } : { credential: dataPlaneCredential(credential, session) },
          keyName: config.auth === 'keys' && config.operation === 'readonlykeys' ? 'the primary read-only key' : 'the primary key',
          runId: runId(),
          rbac: { principalId: session.principalId, accountName: target?.accountName, resourceGroup: target?.resourceGroup },
        },
        budget,
      ),
    );
    report.smokeTest = smokeTest.steps;
    core.info(`Smoke test passed in ${Math.round(smokeTest.ms)} ms, ${roundCharge(smokeTest.requestCharge)} RU in all.`);
  }

  const set = buildOutputs({ keys, endpoint, account, principalId: session.principalId, identitySource: credential.source, smokeTest });
  checkConnectionStrings(keys, endpoint, account?.apiEndpoint ?? '');
  // A crash ended the run meanwhile (its error and summary are out): this work is abandoned.
  if (crashHappened()) return;
  publishOutputs(set, config.exportVariables);
  report.outputs = [...set.outputs.keys()];
  report.exported = config.exportVariables ? [...set.variables.keys()] : [];
  const what = config.auth === 'keys' ? `Fetched ${config.operation} for` : 'Resolved';
  core.info(`${what} Cosmos DB account ${target ? `'${target.accountName}' ` : ''}(${endpoint}); outputs: ${report.outputs.join(', ')}.`);
}

/**
 * The account's endpoint, and with auth keys its keys: from ARM (the key operation and the
 * account read concurrently, the read also telling the account's API and so its API endpoint),
 * or the endpoint input as given.
 */
async function reachAccount(
  config: Config,
  session: Session,
  time: Time,
  budget: Budget,
): Promise<{ endpoint: string; keys?: KeySet; account?: AccountApi }> {
  // Credentials go only to the account's own endpoint in the run's cloud: checked before any use.
  const rules = { cloud: session.cloud, accountName: session.account.target?.accountName, customArm: config.armEndpoint !== undefined };
  if (session.account.via === 'endpoint') {
    const endpoint = checkedEndpoint(session.account.endpoint, 'the endpoint input', rules);
    // Without ARM the account's API is not read: the endpoint input is a NoSQL endpoint.
    if (config.smokeTest)
      checkSmokeTestFits('sql', config.auth, session.account.target?.accountName ?? new URL(endpoint).hostname, config.smokeTest);
    return { endpoint };
  }
  const accountName = session.account.target.accountName;
  const arm = armClient(config, session, session.account.target, session.account.armToken.accessToken, budget);
  let keys: KeySet | undefined;
  let read: Account;
  if (config.auth === 'keys') {
    [keys, read] = await time('ARM keys and account', settleBoth(arm.listKeys(config.operation), arm.readAccount()));
    if (read.disableLocalAuth) throw keysDisabled(accountName);
  } else {
    read = await time('ARM account', arm.readAccount());
  }
  const endpoint = checkedEndpoint(read.documentEndpoint, 'ARM', rules);
  const apiEndpoint = config.apiEndpoint ?? apiEndpointOf(read.api, accountName, session.cloud, read.mongoServerVersion);
  if (config.smokeTest) checkSmokeTestFits(read.api, config.auth, accountName, config.smokeTest);
  return { endpoint, keys, account: { api: read.api, accountName, apiEndpoint: read.api === 'sql' ? '' : apiEndpoint } };
}

function armClient(config: Config, session: Session, target: ResolvedTarget, token: string, budget: Budget): ArmClient {
  const accountId = `/subscriptions/${target.subscriptionId}/resourceGroups/${target.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${target.accountName}`;
  const apiVersion = config.apiVersion ?? session.cloud.defaultApiVersion;
  const scope = { ...target, accountId, principalId: session.principalId, apiVersion, apiVersionGiven: config.apiVersion !== undefined };
  return new ArmClient(armOf(config, session.cloud).endpoint, token, scope, budget);
}

/** The data-plane token for @azure/cosmos, from the identity's source, cached and refreshed before it expires. */
function dataPlaneCredential(identity: IdentityCredential, session: Session): Credential {
  const resource = session.cloud.cosmosResource;
  return {
    scope: `${resource}/.default`,
    async getToken() {
      const token = await identity.getToken(resource);
      return { token: token.accessToken, expiresOnTimestamp: token.expiresOn.getTime() };
    },
  };
}

/** With auth keys, an account that refuses keys on its data plane is a failure, not a handout. */
function keysDisabled(accountName: string): ActionError {
  return new ActionError(
    `Account '${accountName}' has local (key) authentication disabled (disableLocalAuth), so its keys cannot work on the data plane; no keys were handed out. ` +
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
