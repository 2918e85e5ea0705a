/**
 * The smoke test, for whichever API the account speaks: NoSQL (sql.ts, @azure/cosmos), MongoDB
 * (mongodb.ts, the official driver) or Table (table.ts, @azure/data-tables), each driver in its
 * own chunk, loaded only for that API. One table (DRIVERS) says which APIs it proves, with which
 * access, and how: an API it cannot prove is refused before any data-plane request and before
 * any key is handed out.
 */
import { API_NAMES, type Api } from '../azure/apis.ts';
import type { ChosenKey } from '../azure/keys.ts';
import type { ReachedAccount } from '../arm/reach-account.ts';
import type { Credential } from '../credentials/credential.ts';
import type { Session } from '../credentials/session.ts';
import type { Auth, SmokeTestConfig } from '../inputs/config.ts';
import type { Budget } from '../net/budget.ts';
import { ActionError } from '../report/errors.ts';
import { runMongoSmokeTest } from './mongodb.ts';
import { preloadSqlSmokeTest, runSqlSmokeTest } from './sql.ts';
import { runTableSmokeTest } from './table.ts';
import type { DataPlaneCredential, SmokeTestOptions, SmokeTestResult } from './types.ts';

/** What the smoke test of any API needs: the NoSQL options, and the account's API and where it answers. */
export interface SmokeTestRun extends SmokeTestOptions {
  readonly api: Api;
  /** The API's own endpoint (api-endpoint); empty for NoSQL. */
  readonly apiEndpoint: string;
  readonly accountName: string;
  /** Which key the access holds, for messages, e.g. "the primary read-only key". */
  readonly keyName?: string;
}

interface Driver {
  /** It can prove an identity's Entra ID token (auth: entra), not only a key. */
  readonly keyless: boolean;
  run(run: SmokeTestRun, budget: Budget): Promise<SmokeTestResult>;
}

/** The APIs the smoke test proves, and how; an API without an entry it cannot prove. */
const DRIVERS: Readonly<Partial<Record<Api, Driver>>> = {
  sql: { keyless: true, run: runSqlSmokeTest },
  mongodb: {
    keyless: false,
    run: (run, budget) =>
      runMongoSmokeTest({ ...run, host: run.apiEndpoint, key: keyOf(run), keyName: run.keyName, accountName: run.accountName }, budget),
  },
  table: { keyless: false, run: (run, budget) => runTableSmokeTest({ ...run, key: keyOf(run), keyName: run.keyName }, budget) },
};

/** The APIs the smoke test can prove with each kind of access. */
function provable(auth: Auth): Api[] {
  return (Object.keys(DRIVERS) as Api[]).filter((api) => auth === 'keys' || DRIVERS[api]?.keyless);
}

/**
 * Refuse, before any data-plane request and before any key is handed out, a smoke test the
 * action cannot run for this account's API, or inputs that do not fit that API: the step was
 * meant to be gated on it.
 */
export function checkSmokeTestFits(api: Api, auth: Auth, accountName: string, config: SmokeTestConfig): void {
  const refuse = (why: string): never => {
    throw new ActionError(
      `Account '${accountName}' is an ${API_NAMES[api]} account: ${why}\nNo data-plane request was made and no keys were handed out.`,
    );
  };
  if (!provable(auth).includes(api)) {
    const tested = provable(auth)
      .map((a) => API_NAMES[a])
      .join(', ');
    refuse(
      auth === 'entra' && provable('keys').includes(api)
        ? `the smoke test cannot be run against it with auth: entra: use auth: keys for it, or set smoke-test: false.\nWith auth: entra the smoke test covers ${tested} accounts${api === 'mongodb' ? ' (API for MongoDB accounts on request units do not accept Entra ID tokens)' : ''}.`
        : `the smoke test cannot be run against it: set smoke-test: false, and prove access with its own client in a later step (${auth === 'entra' ? 'endpoint and api-endpoint are outputs' : 'the keys and api-endpoint are outputs'}).\nThe smoke test covers ${tested} accounts${auth === 'entra' ? ' with auth: entra' : ''}.`,
    );
  }
  if (api === 'table' && config.database) refuse('it has no databases. Leave database empty and give the table as container.');
  if (api !== 'table' && config.container && !config.database) refuse('the container input needs the database input too.');
  if (api !== 'sql' && config.queryGiven) refuse('the query input is a NoSQL query; leave it empty (the smoke test reads one item).');
  if (api !== 'sql' && config.write) refuse('the write probe (smoke-test-write) is for API for NoSQL accounts; leave it off.');
}

/**
 * Start loading the NoSQL smoke test's chunk now, before the account's API is known, so that
 * parsing it overlaps the IMDS and ARM round trips: most accounts are NoSQL. The other drivers
 * load once the account read has named their API.
 */
export function preloadSmokeTest(): void {
  preloadSqlSmokeTest();
}

/**
 * What the smoke test is given: the inputs, the account reached, and the access to prove: the
 * key handed out, or (keyless) the identity's own token for the data plane.
 */
export function smokeTestRun(
  config: SmokeTestConfig,
  reached: ReachedAccount,
  session: Session,
  access: ChosenKey | Credential,
): SmokeTestRun {
  const target = session.account.target;
  return {
    ...config,
    endpoint: reached.endpoint,
    api: reached.account?.api ?? 'sql',
    apiEndpoint: reached.account?.apiEndpoint ?? '',
    accountName: target?.accountName ?? '',
    ...('value' in access
      ? { access: { key: access.value }, keyName: access.name }
      : { access: { credential: dataPlaneCredential(access, session.cloud.cosmosResource) } }),
    runId: runId(),
    rbac: { principalId: session.principalId, accountName: target?.accountName, resourceGroup: target?.resourceGroup },
  };
}

export async function runSmokeTest(run: SmokeTestRun, budget: Budget): Promise<SmokeTestResult> {
  const driver = DRIVERS[run.api];
  // Refused earlier (checkSmokeTestFits); kept so that no driver runs with an access it cannot use.
  if (!driver) throw new ActionError(`The smoke test cannot be run against ${API_NAMES[run.api]} accounts.`);
  if (!driver.keyless && !('key' in run.access))
    throw new ActionError(`The smoke test of ${API_NAMES[run.api]} accounts needs a key (auth: keys).`);
  return driver.run(run, budget);
}

function keyOf(run: SmokeTestRun): string {
  return 'key' in run.access ? run.access.key : '';
}

/** The data-plane token for the SDK, from the identity's source, cached and refreshed before it expires. */
function dataPlaneCredential(identity: Credential, resource: string): DataPlaneCredential {
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
