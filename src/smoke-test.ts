/**
 * The smoke test: proves the fetched key (or, keyless, the identity's Entra ID token) really
 * works against the account's data plane, with @azure/cosmos (loaded only when the smoke test
 * runs). Each step is timed and its request charge counted; a failure names the step and the
 * cause, never an item or a secret.
 */
import * as core from '@actions/core';
import type { Container, CosmosClient, ErrorResponse, OfferDefinition, PartitionKeyDefinition } from '@azure/cosmos';
import { ActionError } from './errors.ts';
import type { Budget } from './http.ts';

/** An Entra ID token source for the data plane (what @azure/cosmos calls aadCredentials). */
export interface Credential {
  /** The scope to ask for: `<cosmos resource>/.default`. */
  readonly scope: string;
  getToken(): Promise<{ token: string; expiresOnTimestamp: number }>;
}

export interface SmokeTestOptions {
  readonly endpoint: string;
  /** The account key (auth keys) or an Entra ID credential (auth entra): exactly one. */
  readonly key?: string;
  readonly credential?: Credential;
  /** For data-plane role advice: who is asking, on which account. */
  readonly rbac?: { readonly principalId?: string; readonly accountName?: string; readonly resourceGroup?: string };
  readonly database?: string;
  readonly container?: string;
  readonly query: string;
  readonly write: boolean;
  /** Makes the write probe's item ID unique to this run. */
  readonly runId: string;
}

export interface SmokeStep {
  readonly name: string;
  readonly ms: number;
  readonly requestCharge: number;
  readonly detail: string;
}

export interface SmokeTestResult {
  readonly steps: readonly SmokeStep[];
  readonly ms: number;
  readonly requestCharge: number;
}

type Step = 'account' | 'database' | 'container' | 'query' | 'write probe';

/** A failed step, explained. */
class StepFailure extends ActionError {
  override name = 'StepFailure';
}

interface Charged {
  readonly requestCharge?: number;
}

let cosmos: Promise<typeof CosmosClient> | undefined;

/**
 * Start loading @azure/cosmos (its own chunk, ~1.5 MB) now, so that parsing it overlaps the
 * IMDS and ARM round trips instead of following them. Only runs that smoke-test call this.
 */
export function preloadSmokeTest(): void {
  cosmos ??= import(/* webpackExports: ["CosmosClient"] */ '@azure/cosmos').then((m) => m.CosmosClient);
  cosmos.catch(() => undefined);
}

export async function runSmokeTest(options: SmokeTestOptions, budget: Budget): Promise<SmokeTestResult> {
  const started = performance.now();
  preloadSmokeTest();
  const Client = await cosmos!;
  const remainingSeconds = Math.max(1, Math.floor(budget.remainingMs() / 1000));
  const credential = options.credential;
  const auth = credential
    ? { aadCredentials: { getToken: () => credential.getToken() }, aadScope: credential.scope }
    : { key: options.key };
  const client: CosmosClient = new Client({
    endpoint: options.endpoint,
    ...auth,
    userAgentSuffix: 'cosmos-managed-identity-keys',
    connectionPolicy: {
      enableEndpointDiscovery: false,
      requestTimeout: Math.min(budget.remainingMs(), 30_000),
      retryOptions: { maxRetryAttemptCount: 9, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: remainingSeconds },
    },
  });
  const abortSignal = budget.signal;
  type Work = () => Promise<{ charge: number; detail: string }>;
  const timed = async (name: Step, work: Work): Promise<SmokeStep> => {
    const t0 = performance.now();
    const { charge, detail } = await work();
    return { name, ms: performance.now() - t0, requestCharge: charge, detail };
  };
  /** Run steps concurrently; report them in order, and the first failure in that order. */
  const steps: SmokeStep[] = [];
  const run = async (batch: Array<[Step, Work]>): Promise<void> => {
    const results = await Promise.allSettled(batch.map(([name, work]) => timed(name, work)));
    results.forEach((result, index) => {
      const name = batch[index]![0];
      if (result.status === 'rejected') throw explainDataPlaneFailure(name, result.reason, options, budget);
      steps.push(result.value);
      core.info(
        `Smoke test: ${name} ok in ${Math.round(result.value.ms)} ms, ${round(result.value.requestCharge)} RU: ${result.value.detail}`,
      );
    });
  };
  try {
    // The reads and the query are independent: they run together, so the smoke test costs the
    // longest of them rather than their sum. The write probe needs the partition key first.
    const first: Array<[Step, Work]> = [
      [
        'account',
        async () => {
          const account = await client.getDatabaseAccount({ abortSignal });
          const regions = account.resource?.readableLocations?.map((l) => l.name).filter(Boolean) ?? [];
          return { charge: chargeOf(account), detail: regions.length ? `regions: ${regions.join(', ')}` : 'reachable' };
        },
      ],
    ];
    const database = options.database ? client.database(options.database) : undefined;
    if (database) {
      first.push([
        'database',
        async () => {
          const read = await database.read({ abortSignal });
          return { charge: chargeOf(read), detail: `'${options.database}'` };
        },
      ]);
    }
    const container = database && options.container ? database.container(options.container) : undefined;
    let partitionKey: PartitionKeyDefinition | undefined;
    if (container) {
      first.push(
        [
          'container',
          async () => {
            const read = await container.read({ abortSignal });
            partitionKey = read.resource?.partitionKey;
            const throughput = await readThroughput(client, read.resource?._self, abortSignal);
            const paths = partitionKey?.paths?.join(', ') ?? 'none';
            return {
              charge: chargeOf(read) + throughput.charge,
              detail: `'${options.container}', partition key ${paths}, ${throughput.text}`,
            };
          },
        ],
        [
          'query',
          async () => {
            const page = await container.items.query(options.query, { maxItemCount: 1, abortSignal }).fetchNext();
            return { charge: chargeOf(page), detail: `${page.resources.length} result(s) on the first page` };
          },
        ],
      );
    }
    await run(first);
    if (container && options.write) await run([['write probe', () => writeProbe(container, partitionKey, options.runId, abortSignal)]]);
  } finally {
    client.dispose();
  }
  const requestCharge = steps.reduce((sum, s) => sum + s.requestCharge, 0);
  return { steps, ms: performance.now() - started, requestCharge };
}

export function round(requestCharge: number): number {
  return Math.round(requestCharge * 100) / 100;
}

function chargeOf(response: Charged): number {
  if (typeof response.requestCharge === 'number' && Number.isFinite(response.requestCharge)) return response.requestCharge;
  const header = Number((response as { headers?: Record<string, unknown> }).headers?.['x-ms-request-charge']);
  return Number.isFinite(header) ? header : 0;
}

/**
 * Provisioned or autoscale throughput of the container, else of its database (shared); never
 * fatal. Offers are found by resource ID, taken from the container's `_self` (dbs/<db>/colls/<coll>/).
 */
async function readThroughput(
  client: CosmosClient,
  self: string | undefined,
  abortSignal: AbortSignal,
): Promise<{ charge: number; text: string }> {
  const [, databaseRid, , containerRid] = (self ?? '').split('/');
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
    const content = offer?.content as { offerThroughput?: number; offerAutopilotSettings?: { maxThroughput?: number } } | undefined;
    const autoscale = content?.offerAutopilotSettings?.maxThroughput;
    const text = autoscale
      ? `autoscale up to ${autoscale} RU/s (${level})`
      : content?.offerThroughput
        ? `${content.offerThroughput} RU/s provisioned (${level})`
        : 'no provisioned throughput (serverless?)';
    return { charge, text };
  } catch {
    return { charge, text: 'throughput not readable with this key' };
  }
}

/** An item whose partition key path(s) hold its own ID, e.g. { id, tenant: { id } } for /tenant/id. */
export function probeItem(id: string, partitionKey: PartitionKeyDefinition | undefined): Record<string, unknown> {
  const item: Record<string, unknown> = { id, purpose: 'cosmos-managed-identity-keys smoke test; safe to delete' };
  for (const path of partitionKey?.paths ?? []) {
    const parts = path.split('/').filter(Boolean);
    let node = item;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) node[part] = id;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return item;
}

async function writeProbe(
  container: Container,
  partitionKey: PartitionKeyDefinition | undefined,
  runId: string,
  abortSignal: AbortSignal,
): Promise<{ charge: number; detail: string }> {
  const id = `smoke-test-${runId}-${Math.random().toString(36).slice(2, 10)}`;
  const paths = partitionKey?.paths ?? [];
  const key = paths.length === 0 ? undefined : paths.length === 1 ? id : paths.map(() => id);
  let charge = 0;
  let created = false;
  try {
    const upsert = await container.items.upsert(probeItem(id, partitionKey), { abortSignal });
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

const NETWORK: Record<string, string> = {
  ENOTFOUND: 'DNS could not resolve the account host: with a private endpoint, the runner needs the privatelink DNS zone',
  EAI_AGAIN: 'DNS did not answer for the account host',
  ECONNREFUSED: 'the connection was refused: a firewall or private endpoint rule blocks this runner',
  ETIMEDOUT: 'the connection timed out: a firewall or private endpoint rule likely drops traffic from this runner',
  ECONNRESET: 'the connection was reset: a firewall, proxy or private endpoint rule likely blocks this runner',
};

/** One message for a failed step: what failed, why in plain words, and what to do. */
export function explainDataPlaneFailure(step: Step, error: unknown, options: SmokeTestOptions, budget: Budget): ActionError {
  if (error instanceof ActionError) return new StepFailure(`Smoke test failed at step '${step}': ${error.message}`);
  const prefix = `Smoke test failed at step '${step}' against ${hostOf(options.endpoint)}:`;
  if (budget.signal.aborted) {
    return new StepFailure(
      `${prefix} timed out after ${budget.seconds} s (timeout-seconds) in all. Raise timeout-seconds, or check the runner's network path to the account.`,
    );
  }
  const e = error as ErrorResponse & { cause?: { code?: string }; name?: string };
  const status = typeof e.code === 'number' ? e.code : undefined;
  const substatus = e.substatus ?? Number(e.headers?.['x-ms-substatus']);
  const activity = e.activityId ?? (e.headers?.['x-ms-activity-id'] as string | undefined);
  const id = activity ? ` (activity ID ${activity})` : '';
  const bodyMessage = typeof e.body?.message === 'string' ? e.body.message : '';
  let text: string;
  const entra = options.credential !== undefined;
  if (entra && status === 403 && (substatus === 5301 || /RBAC|principal/i.test(bodyMessage))) {
    text = dataPlaneRoleAdvice(options, step);
  } else if (entra && status === 401) {
    text = `the data plane refused the identity's Entra ID token (401). Check the cloud input (the token's audience is ${options.credential?.scope.replace('/.default', '')}).`;
  } else if (status === 401 && substatus === 5202) {
    text = `the account has local (key) authentication disabled (disableLocalAuth), so no key works. Use Microsoft Entra ID with a Cosmos DB data-plane role (Cosmos DB Built-in Data Reader or Contributor) instead of keys.`;
  } else if (status === 401) {
    text = `the key was refused (401): it is wrong or was rotated after it was fetched. Re-run the job; if it persists, check that the key matches this account's endpoint.`;
  } else if (status === 403 && /firewall|ip address|virtual network|private endpoint/i.test(bodyMessage)) {
    text = `the account's firewall or network rules block this runner (403). Allow the runner's network (or use a private endpoint) in the account's Networking settings.`;
  } else if (status === 403 && step === 'write probe') {
    text = `the write was refused (403): the key is read-only. Use operation: listKeys (or listConnectionStrings) for a read-write key, or drop smoke-test-write.`;
  } else if (status === 403) {
    text = `the request was refused (403${Number.isFinite(substatus) ? `, substatus ${substatus}` : ''}).`;
  } else if (status === 404 && step === 'database') {
    text = `database '${options.database}' does not exist in this account. Check the database input.`;
  } else if (status === 404 && (step === 'container' || step === 'query')) {
    text = `container '${options.container}' does not exist in database '${options.database}'. Check the container input.`;
  } else if (status === 400 && step === 'query') {
    text = `the query was rejected as invalid (400). Check the query input.`;
  } else if (status === 429) {
    text = `the account throttled the request (429) even after the SDK's retries. Its provisioned throughput is exhausted: retry later or raise the RU/s.`;
  } else if (status !== undefined) {
    text = `the data plane answered ${status}${Number.isFinite(substatus) ? ` (substatus ${substatus})` : ''}.`;
  } else {
    text = networkCause(e);
  }
  return new StepFailure(`${prefix} ${text}${id}`);
}

export const DATA_ROLES = {
  reader: { name: 'Cosmos DB Built-in Data Reader', id: '00000000-0000-0000-0000-000000000001' },
  contributor: { name: 'Cosmos DB Built-in Data Contributor', id: '00000000-0000-0000-0000-000000000002' },
} as const;

/** 403 with Entra ID: which data-plane role to assign, and the command that does it. */
function dataPlaneRoleAdvice(options: SmokeTestOptions, step: Step): string {
  const role = step === 'write probe' || options.write ? DATA_ROLES.contributor : DATA_ROLES.reader;
  const principal = options.rbac?.principalId ?? '<principal-id>';
  const account = options.rbac?.accountName ?? hostOf(options.endpoint).split('.')[0] ?? '<account>';
  const group = options.rbac?.resourceGroup ?? '<resource-group>';
  return (
    `the identity (principal ID ${principal}) has no Cosmos DB data-plane role that allows this (403). ` +
    `Control-plane (ARM) roles such as Cosmos DB Account Reader Role or DocumentDB Account Contributor do not grant data access. ` +
    `Assign '${role.name}': az cosmosdb sql role assignment create --account-name ${account} --resource-group ${group} ` +
    `--scope "/" --principal-id ${principal} --role-definition-id ${role.id}`
  );
}

function networkCause(error: { code?: unknown; cause?: { code?: string }; name?: string; message?: string }): string {
  const code = [
    error.cause?.code,
    typeof error.code === 'string' ? error.code : undefined,
    /\b(E[A-Z_]{4,})\b/.exec(error.message ?? '')?.[1],
  ].find((c): c is string => typeof c === 'string' && c !== 'REQUEST_SEND_ERROR');
  if (code && NETWORK[code]) return `${NETWORK[code]} (${code}).`;
  if (code && /CERT|SSL|TLS|SELF_SIGNED|ALTNAME/.test(code)) {
    return `TLS verification failed (${code}): a TLS-inspecting proxy needs its CA given to Node with NODE_EXTRA_CA_CERTS.`;
  }
  return `the request failed (${code ?? error.name ?? 'unknown error'}).`;
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}
