/**
 * The run: validate the inputs; choose the credential source and start the session (the
 * identity's tokens and, when needed, the VM's own subscription, group and cloud); reach the
 * account (reach-account.ts: through ARM, for its endpoint, API and keys, masked the moment they
 * arrive; or at the endpoint given); optionally prove access with the smoke test; hand the
 * results to later steps; report.
 */
import * as core from '@actions/core';
import { API_NAMES } from './account-apis.ts';
import { armOf } from './clouds.ts';
import type { Config } from './config.ts';
import { chooseCredential } from './credentials/choose.ts';
import type { Credential as IdentityCredential } from './credentials/credential.ts';
import { describeError } from './errors.ts';
import { Budget } from './http.ts';
import { readInputs } from './inputs.ts';
import { crashHappened, orCrash } from './last-resort.ts';
import { buildOutputs, publishOutputs } from './outputs.ts';
import { reachAccount } from './reach-account.ts';
import { roundCharge } from './request-charge.ts';
import { likelyCloud, startSession, type Session } from './session.ts';
import { preloadSmokeTest, runSmokeTest, type Credential, type SmokeTestResult } from './smoke-test.ts';
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
  // A crash ended the run meanwhile (its error and summary are out): this work is abandoned.
  if (crashHappened()) return;
  publishOutputs(set, config.exportVariables);
  report.outputs = [...set.outputs.keys()];
  report.exported = config.exportVariables ? [...set.variables.keys()] : [];
  const what = config.auth === 'keys' ? `Fetched ${config.operation} for` : 'Resolved';
  core.info(`${what} Cosmos DB account ${target ? `'${target.accountName}' ` : ''}(${endpoint}); outputs: ${report.outputs.join(', ')}.`);
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

/** This workflow run and attempt, to make the smoke test's marker item unique. */
function runId(): string {
  return `${process.env['GITHUB_RUN_ID'] ?? 'local'}-${process.env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
}
