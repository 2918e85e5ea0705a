/**
 * The run, in the order of src/'s folders: read the inputs (inputs/); choose the credential
 * source and start the session (credentials/: the identity's tokens and, when needed, the VM's
 * own subscription, group and cloud); reach the account (arm/: its endpoint, API and keys, masked
 * the moment they arrive; or the endpoint given); decide what is handed out (handout/: the key
 * and connection string, every string ARM returned checked against the account's hosts);
 * optionally prove access (smoke-test/); hand the results to later steps; report (report/).
 */
import * as core from '@actions/core';
import { reachAccount } from './arm/reach-account.ts';
import { untilAccess } from './arm/wait-for-access.ts';
import { API_NAMES } from './azure/apis.ts';
import { armOf } from './azure/clouds.ts';
import { chooseCredential } from './credentials/choose.ts';
import { likelyCloud, startSession } from './credentials/session.ts';
import { handOut } from './handout/choose.ts';
import { buildOutputs, publishOutputs } from './handout/outputs.ts';
import { armTarget, isFederated, keyRequest, type Config } from './inputs/config.ts';
import { readInputs } from './inputs/read-inputs.ts';
import { Budget } from './net/budget.ts';
import { preconnectArm } from './net/transport.ts';
import { describeError } from './report/errors.ts';
import { crashHappened, orCrash } from './report/last-resort.ts';
import { roundCharge } from './report/request-charge.ts';
import { writeSummary, type RunReport } from './report/summary.ts';
import { timer, type Time } from './report/timings.ts';
import { checkSmokeTestFits, preloadSmokeTest, runSmokeTest, smokeTestRun } from './smoke-test/smoke-test.ts';
import type { SmokeTestResult } from './smoke-test/types.ts';

type Report = { -readonly [K in keyof RunReport]: RunReport[K] };

export async function run(): Promise<void> {
  const started = performance.now();
  const report: Report = { account: '', keyless: false, operation: '', identity: '', outputs: [], exported: [], timings: [] };
  const time = timer((step, ms) => (report.timings = [...report.timings, [step, ms]]));
  try {
    const config = readInputs();
    Object.assign(report, {
      account: config.target?.accountName ?? config.endpoint ?? '',
      // Known from the inputs, even if IMDS fails before the VM's own could fill them in.
      subscriptionId: config.target?.subscriptionId,
      resourceGroup: config.target?.resourceGroup,
      keyless: config.auth === 'entra',
      operation: keyRequest(config)?.operation ?? 'keyless (Entra ID)',
      identity: config.userAssigned ? `user-assigned (${config.userAssigned.input})` : 'system-assigned',
    });
    // wait-for-access lengthens the run by at most its own seconds.
    const budget = config.waitForAccessSeconds
      ? new Budget(
          config.timeoutSeconds + config.waitForAccessSeconds,
          `timeout-seconds ${config.timeoutSeconds} s plus wait-for-access ${config.waitForAccessSeconds} s`,
        )
      : new Budget(config.timeoutSeconds);
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
  const credential = chooseCredential(config, budget, (line) => core.info(line));
  report.identitySource = credential.source;
  // These sources sign in as an app or user-assigned identity by its client ID: never a VM's system-assigned one.
  if (isFederated(credential.source)) report.identity = 'federated identity credential';
  const starting = time(credential.source === 'imds' ? 'IMDS' : `token (${credential.source})`, startSession(config, credential));
  // While the identity's tokens come, connect to ARM (in the cloud the run starts in), once per ARM call.
  if (armTarget(config)) preconnectArm(armOf(config, likelyCloud(config)).endpoint, keyRequest(config) ? 2 : 1, budget.signal);
  const session = await starting;
  const target = session.account.target;
  Object.assign(report, { principalId: session.principalId, subscriptionId: target?.subscriptionId, resourceGroup: target?.resourceGroup });

  const wait = <T>(what: string, attempt: () => Promise<T>): Promise<T> => untilAccess(config.waitForAccessSeconds, what, budget, attempt);
  const reached = await wait('the account through ARM', () => reachAccount(config, session, time, budget));
  const { endpoint, account } = reached;
  if (config.smokeTest) checkSmokeTestFits(account?.api ?? 'sql', config.auth, reached.name, config.smokeTest);
  const request = keyRequest(config);
  const handout = reached.keys && request && (await handOut(reached.keys, request, { endpoint, account, cloud: session.cloud }));
  if (account && account.api !== 'sql')
    core.info(`Account '${account.accountName}' is an ${API_NAMES[account.api]} account (${account.apiEndpoint}).`);
  if (!handout) {
    core.info(
      config.smokeTest
        ? "Keyless (Entra ID): no keys fetched; the smoke test uses the identity's own token on the data plane."
        : "Keyless (Entra ID): no keys fetched; later steps use the identity's own token on the data plane.",
    );
  }

  let smokeTest: SmokeTestResult | undefined;
  if (config.smokeTest) {
    const run = smokeTestRun(config.smokeTest, reached, session, handout?.key ?? credential);
    smokeTest = await time(
      'smoke test',
      wait("the account's data plane", () => runSmokeTest(run, budget)),
    );
    report.smokeTest = smokeTest.steps;
    core.info(`Smoke test passed in ${Math.round(smokeTest.ms)} ms, ${roundCharge(smokeTest.requestCharge)} RU in all.`);
  }

  const set = buildOutputs({ endpoint, handout, account, principalId: session.principalId, identitySource: credential.source, smokeTest });
  // A crash ended the run meanwhile (its error and summary are out): this work is abandoned.
  if (crashHappened()) return;
  publishOutputs(set, config.exportVariables);
  report.outputs = [...set.outputs.keys()];
  report.exported = config.exportVariables ? [...set.variables.keys()] : [];
  const what = request ? `Fetched ${request.operation} for` : 'Resolved';
  core.info(`${what} Cosmos DB account ${target ? `'${target.accountName}' ` : ''}(${endpoint}); outputs: ${report.outputs.join(', ')}.`);
}
