/**
 * The smoke test of API for NoSQL accounts: proves the fetched key (or, keyless, the identity's Entra ID token) really
 * works against the account's data plane, with @azure/cosmos (loaded only when the smoke test
 * runs, with its HTTP client: cosmos-sdk.ts, sdk-http.ts). Each step is timed and its request charge
 * counted; a failure names the step and the cause, never an item or a secret. What the data
 * plane answers is read as untrusted (sql-answers.ts).
 */
import type { Container, CosmosClient, OfferDefinition } from '@azure/cosmos';
import { chargeOf, partitionKeyPaths, pathsText, probeItem, regionsText, throughputText } from './sql-answers.ts';
import { refuseNetworkDebug } from './failures.ts';
import { explainDataPlaneFailure } from './sql-errors.ts';
import type * as CosmosSdk from './cosmos-sdk.ts';
import { ActionError } from '../report/errors.ts';
import type { Budget } from '../net/budget.ts';
import { serverText } from '../report/sanitize.ts';
import { runSteps, type Work } from './steps.ts';
import type { SmokeStep, SmokeTestOptions, SmokeTestResult, SqlStepName } from './types.ts';
import { DataPlaneTransport } from '../net/transport.ts';
import { userAgent } from '../net/user-agent.ts';

let cosmos: Promise<typeof CosmosSdk> | undefined;

/**
 * Start loading @azure/cosmos and its HTTP client (their own chunk, ~1.5 MB) now, so that
 * parsing it overlaps the IMDS and ARM round trips instead of following them. Only runs that
 * smoke-test call this.
 */
export function preloadSqlSmokeTest(): void {
  cosmos ??= import('./cosmos-sdk.ts');
  cosmos.catch(() => undefined);
}

export async function runSqlSmokeTest(options: SmokeTestOptions, budget: Budget): Promise<SmokeTestResult> {
  const started = performance.now();
  const access = options.access;
  if ('key' in access) {
    const refused = refuseNetworkDebug(process.env['NODE_DEBUG']);
    if (refused) throw refused;
  }
  preloadSqlSmokeTest();
  const { CosmosClient: Client, dataPlaneHttpClient } = await cosmos!;
  const remainingSeconds = Math.max(1, Math.floor(budget.remainingMs() / 1000));
  const auth =
    'credential' in access
      ? { aadCredentials: { getToken: () => access.credential.getToken() }, aadScope: access.credential.scope }
      : { key: access.key };
  const transport = new DataPlaneTransport(options.endpoint);
  const client: CosmosClient = new Client({
    endpoint: options.endpoint,
    ...auth,
    httpClient: dataPlaneHttpClient(transport),
    userAgentSuffix: userAgent(),
    connectionPolicy: {
      enableEndpointDiscovery: false,
      requestTimeout: requestTimeoutMs(budget.remainingMs()),
      retryOptions: { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: remainingSeconds },
    },
  });
  const abortSignal = budget.signal;
  const steps: SmokeStep[] = [];
  const run = async (batch: Array<[SqlStepName, Work]>): Promise<void> => {
    steps.push(...(await runSteps(batch, (name, error) => explainDataPlaneFailure(name, error, options, budget), started)));
  };
  try {
    // The reads and the query are independent: they run together, so the smoke test costs the
    // longest of them rather than their sum. The write probe needs the partition key first.
    const first: Array<[SqlStepName, Work]> = [
      [
        'account',
        async () => {
          const account = await client.getDatabaseAccount({ abortSignal });
          return { charge: chargeOf(account), detail: regionsText(account.resource?.readableLocations) };
        },
      ],
    ];
    const database = options.database ? client.database(options.database) : undefined;
    if (database) {
      first.push([
        'database',
        async () => {
          const read = await database.read({ abortSignal });
          return { charge: chargeOf(read), detail: `'${serverText(options.database ?? '', 255)}'` };
        },
      ]);
    }
    const container = database && options.container ? database.container(options.container) : undefined;
    let paths: readonly string[] = [];
    if (container) {
      const name = options.container ?? '';
      first.push(
        [
          'container',
          async () => {
            const read = await container.read({ abortSignal });
            paths = partitionKeyPaths(name, read.resource?.partitionKey);
            const throughput = await readThroughput(client, read.resource?._self, abortSignal);
            return {
              charge: chargeOf(read) + throughput.charge,
              detail: `'${serverText(name, 255)}', partition key ${pathsText(paths)}, ${throughput.text}`,
            };
          },
        ],
        [
          'query',
          async () => {
            const page = await container.items.query(options.query, { maxItemCount: 1, abortSignal }).fetchNext();
            const count = Array.isArray(page.resources) ? page.resources.length : 0;
            return { charge: chargeOf(page), detail: `${count} result(s) on the first page` };
          },
        ],
      );
    }
    await run(first);
    if (container && options.write) await run([['write probe', () => writeProbe(container, paths, options.runId, abortSignal)]]);
  } finally {
    client.dispose();
    transport.close();
  }
  const requestCharge = steps.reduce((sum, s) => sum + s.requestCharge, 0);
  return { steps, ms: performance.now() - started, requestCharge };
}

/**
 * Provisioned or autoscale throughput of the container, else of its database (shared); never
 * fatal. Offers are found by resource ID, taken from the container's `_self` (dbs/<db>/colls/<coll>/).
 */
async function readThroughput(client: CosmosClient, self: unknown, abortSignal: AbortSignal): Promise<{ charge: number; text: string }> {
  const [, databaseRid, , containerRid] = (typeof self === 'string' ? self : '').split('/');
  let charge = 0;
  const offerOf = async (rid: string | undefined): Promise<OfferDefinition | undefined> => {
    if (!rid) return undefined;
    const page = await client.offers
      .query<OfferDefinition>(
        { query: 'SELECT * FROM root r WHERE r.offerResourceId = @rid', parameters: [{ name: '@rid', value: rid }] },
        { abortSignal },
      )
      .fetchAll();
    charge += chargeOf(page);
    return page.resources[0];
  };
  try {
    let level = 'container';
    let offer = await offerOf(containerRid);
    if (!offer) {
      offer = await offerOf(databaseRid);
      level = 'database (shared)';
    }
    return { charge, text: throughputText(offer, level) };
  } catch {
    return { charge, text: 'throughput not readable with this key' };
  }
}

async function writeProbe(
  container: Container,
  paths: readonly string[],
  runId: string,
  abortSignal: AbortSignal,
): Promise<{ charge: number; detail: string }> {
  const id = `smoke-test-${runId}-${Math.random().toString(36).slice(2, 10)}`;
  const key = paths.length === 0 ? undefined : paths.length === 1 ? id : paths.map(() => id);
  let charge = 0;
  let created = false;
  try {
    const upsert = await container.items.upsert(probeItem(id, paths), { abortSignal });
    created = true;
    charge += chargeOf(upsert);
    const read = await container.item(id, key).read({ abortSignal });
    charge += chargeOf(read);
    if ((read.resource as { id?: string } | undefined)?.id !== id) throw new ActionError('the marker item written could not be read back');
    const removed = await container.item(id, key).delete({ abortSignal });
    created = false;
    charge += chargeOf(removed);
    return { charge, detail: 'upserted, read back and deleted a marker item' };
  } finally {
    if (created)
      await container
        .item(id, key)
        .delete()
        .catch(() => undefined);
  }
}

/**
 * The SDK's timeout for one request: 30 s, but when less than that is left of timeout-seconds, a
 * second past what is left, so that the budget's own abort ends a request that never answers and
 * the message says timeout-seconds ran out, not that one request timed out.
 */
export function requestTimeoutMs(remainingMs: number): number {
  return remainingMs + 1000 <= 30_000 ? remainingMs + 1000 : 30_000;
}
