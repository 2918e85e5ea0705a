/** The simulator must reject what the real services reject, or the e2e tests prove nothing. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { connect } from 'node:tls';
import { Agent, request } from 'undici';
import {
  PUBLISHED_STABLE_API_VERSIONS,
  PrincipalBuckets,
  SEED,
  accountId,
  startSimulator,
  usGovernment,
  type Simulator,
} from '../../simulator/index.ts';
import { signToken } from '../../simulator/tokens.ts';

let sim: Simulator;
let tls: Agent;

beforeAll(async () => {
  sim = await startSimulator();
  tls = new Agent({ connect: { ca: sim.caCert } });
});
afterAll(async () => {
  await tls.close();
  await sim.close();
});
beforeEach(() => {
  sim.reset();
});

async function imds(path: string, headers: Record<string, string> = { Metadata: 'true' }) {
  const res = await request(`${sim.imdsUrl}${path}`, { headers });
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, string> };
}

const tokenPath = (query = '') =>
  `/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent('https://management.azure.com/')}${query}`;

async function token(query = ''): Promise<string> {
  const { status, body } = await imds(tokenPath(query));
  expect(status).toBe(200);
  return body['access_token']!;
}

async function arm(path: string, bearer: string, method: 'GET' | 'POST' = 'POST', body: string | undefined = '') {
  const res = await request(`${sim.armUrl}${path}`, {
    method,
    dispatcher: tls,
    headers: { authorization: `Bearer ${bearer}` },
    body: method === 'POST' ? body : undefined,
  });
  return {
    status: res.statusCode,
    headers: res.headers,
    body: (await res.body.json()) as { error?: { code: string; message: string } } & Record<string, unknown>,
  };
}

const keysPath = (op = 'readonlykeys', name: string = SEED.account) =>
  `${accountId(SEED.subscriptionId, SEED.resourceGroup, name)}/${op}?api-version=2025-04-15`;

describe('simulated IMDS', () => {
  it('issues a token whose numeric fields are strings and whose oid is the principal', async () => {
    const { status, body } = await imds(tokenPath());
    expect(status).toBe(200);
    expect(body['expires_in']).toBe('86399');
    expect(typeof body['expires_on']).toBe('string');
    const claims = JSON.parse(Buffer.from(body['access_token']!.split('.')[1]!, 'base64url').toString()) as { oid: string; aud: string };
    expect(claims.oid).toBe(sim.state.vm.systemIdentity!.principalId);
    expect(claims.aud).toBe('https://management.azure.com/');
  });

  it('rejects a request without the Metadata header', async () => {
    const { status, body } = await imds(tokenPath(), {});
    expect(status).toBe(400);
    expect(body['error_description']).toBe('Required metadata header not specified');
  });

  it('answers a missing Metadata header with IMDS’s documented code', async () => {
    expect((await imds(tokenPath(), {})).body['error']).toBe('bad_request_102');
  });

  it('accepts the token path with a trailing slash and an audience without one, as real clients send them', async () => {
    const { status, body } = await imds(
      `/metadata/identity/oauth2/token/?api-version=2018-02-01&resource=${encodeURIComponent('https://management.azure.com')}`,
    );
    expect(status).toBe(200);
    const claims = JSON.parse(Buffer.from(body['access_token']!.split('.')[1]!, 'base64url').toString()) as { aud: string };
    expect(claims.aud).toBe('https://management.azure.com');
  });

  it('rejects X-Forwarded-For (a proxy in between)', async () => {
    expect((await imds(tokenPath(), { Metadata: 'true', 'X-Forwarded-For': '10.0.0.1' })).status).toBe(400);
  });

  it('rejects a resource without the exact audience', async () => {
    const { status, body } = await imds('/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://graph.microsoft.com/');
    expect(status).toBe(400);
    expect(body['error']).toBe('invalid_resource');
  });

  it('rejects an unknown client_id, and asks for a selector with several identities', async () => {
    expect((await imds(tokenPath('&client_id=00000000-0000-0000-0000-000000000000'))).body['error_description']).toBe('Identity not found');
    sim.state.vm.systemIdentity = undefined;
    sim.state.vm.userIdentities.push({ principalId: 'p', clientId: 'c' });
    expect((await imds(tokenPath())).body['error_description']).toMatch(/^Multiple user assigned identities exist/);
  });

  it('serves instance metadata with the VM’s subscription and group', async () => {
    const { body } = await imds('/metadata/instance?api-version=2021-02-01');
    expect(body['compute']).toMatchObject({
      subscriptionId: SEED.subscriptionId,
      resourceGroupName: SEED.resourceGroup,
      azEnvironment: 'AzurePublicCloud',
    });
  });
});

describe('simulated ARM', () => {
  it('lists read-only keys for an identity with Cosmos DB Account Reader Role', async () => {
    const res = await arm(keysPath(), await token());
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['primaryReadonlyMasterKey', 'secondaryReadonlyMasterKey']);
    expect(res.headers['x-ms-request-id']).toBeDefined();
  });

  it('throttles key operations per principal with a token bucket: 429, Retry-After in whole seconds, the remaining count', async () => {
    // A refill too slow to matter during the test: the bucket holds what it held.
    sim.state.keyThrottle = new PrincipalBuckets({ capacity: 2, refillPerSecond: 0.01 });
    const reader = await token();
    const first = await arm(keysPath(), reader);
    expect([first.status, first.headers['x-ms-ratelimit-remaining-subscription-writes']]).toEqual([200, '1']);
    // GET readonlykeys draws on the same bucket and names the reads.
    const second = await arm(keysPath(), reader, 'GET');
    expect([second.status, second.headers['x-ms-ratelimit-remaining-subscription-reads']]).toEqual([200, '0']);
    const refused = await arm(keysPath('listConnectionStrings'), reader);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('100');
    expect(refused.headers['x-ms-ratelimit-remaining-subscription-writes']).toBe('0');
    expect(refused.body.error?.code).toBe('SubscriptionRequestsThrottled');
    expect(refused.body.error?.message).toContain("Please try again after '100' seconds");
    // The account read is not a key operation; another principal has a bucket of its own.
    expect(
      (await arm(accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account) + '?api-version=2025-04-15', reader, 'GET')).status,
    ).toBe(200);
    const deployer = await token(`&client_id=${sim.state.vm.userIdentities[0]!.clientId}`);
    expect((await arm(keysPath('listKeys'), deployer)).status).toBe(200);
    expect(Object.fromEntries(sim.state.keyThrottle.refused)).toEqual({ [sim.state.vm.systemIdentity!.principalId]: 1 });
  });

  it('refuses listKeys to the reader with ARM’s AuthorizationFailed message', async () => {
    const res = await arm(keysPath('listKeys'), await token());
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('AuthorizationFailed');
    expect(res.body.error?.message).toContain("'Microsoft.DocumentDB/databaseAccounts/listKeys/action'");
    // ARM names the client (application) ID first, then the object ID.
    const system = sim.state.vm.systemIdentity!;
    expect(res.body.error?.message).toContain(`The client '${system.clientId}' with object id '${system.principalId}'`);
  });

  it('denies every key action to Cosmos DB Operator', async () => {
    const oid = sim.state.vm.systemIdentity!.principalId;
    sim.state.assignments = [{ principalId: oid, role: 'Cosmos DB Operator', scope: `/subscriptions/${SEED.subscriptionId}` }];
    const bearer = await token();
    expect((await arm(keysPath('readonlykeys'), bearer)).status).toBe(403);
    expect((await arm(keysPath('listKeys'), bearer)).status).toBe(403);
    expect(
      (await arm(`${accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account)}?api-version=2025-04-15`, bearer, 'GET')).status,
    ).toBe(200);
  });

  it('rejects a forged, an expired and a wrong-audience token', async () => {
    const good = await token();
    const [head, body] = good.split('.');
    expect((await arm(keysPath(), `${head}.${body}.AAAA`)).body.error?.code).toBe('InvalidAuthenticationToken');
    const secretless = signToken({ aud: 'https://management.azure.com/', oid: 'x', appid: 'y', iat: 0, nbf: 0, exp: 1 }, Buffer.alloc(32));
    expect((await arm(keysPath(), secretless)).status).toBe(401);
    sim.state.tokenLifetimeSeconds = -10;
    expect((await arm(keysPath(), await token())).body.error?.code).toBe('ExpiredAuthenticationToken');
    sim.state.cloud = 'AzureUSGovernment';
    expect((await arm(keysPath(), good)).body.error?.code).toBe('InvalidAuthenticationTokenAudience');
  });

  it('accepts every published stable api-version', async () => {
    const bearer = await token();
    const account = accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account);
    for (const version of PUBLISHED_STABLE_API_VERSIONS) {
      expect([version, (await arm(`${account}/readonlykeys?api-version=${version}`, bearer)).status]).toEqual([version, 200]);
    }
  });

  it("answers ARM's NoRegisteredProviderFound for a version not registered in the cloud, or never published", async () => {
    usGovernment(sim.state);
    sim.state.registeredApiVersions = ['2024-05-15', '2014-04-01', '2024-09-01-preview'];
    const account = accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account);
    const bearer = await (async () => {
      const { body } = await imds(
        `/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent('https://management.usgovcloudapi.net/')}`,
      );
      return body['access_token']!;
    })();
    for (const version of ['2024-08-15', '2099-01-01']) {
      const { status, body } = await arm(`${account}/readonlykeys?api-version=${version}`, bearer);
      expect(status).toBe(400);
      expect(body.error).toEqual({
        code: 'NoRegisteredProviderFound',
        message:
          `No registered resource provider found for location 'usgovvirginia' and API version '${version}' for type 'databaseAccounts'. ` +
          "The supported api-versions are '2014-04-01, 2024-05-15, 2024-09-01-preview'. " +
          "The supported locations are 'usgovarizona, usgovtexas, usdodcentral, usdodeast, usgovvirginia'.",
      });
    }
    expect((await arm(`${account}/readonlykeys?api-version=2024-05-15`, bearer)).status).toBe(200);
  });

  it("answers InvalidApiVersionParameter, listing ARM's own versions, for an api-version that is not a date", async () => {
    const { status, body } = await arm(
      `${accountId(SEED.subscriptionId, SEED.resourceGroup, SEED.account)}/readonlykeys?api-version=latest`,
      await token(),
    );
    expect(status).toBe(400);
    expect(body.error?.code).toBe('InvalidApiVersionParameter');
    expect(body.error?.message).toMatch(/^The api-version 'latest' is invalid\. The supported versions are '2025-04-01,.*,2014-04'\.$/);
  });

  it('answers 411 to a POST without Content-Length', async () => {
    // undici always sends a length; write the request by hand to leave it out.
    const bearer = await token();
    const { port } = new URL(sim.armUrl);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: Number(port), ca: sim.caCert, servername: 'localhost' }, () => {
        socket.end(`POST ${keysPath()} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${bearer}\r\nConnection: close\r\n\r\n`);
      });
      let text = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 411/);
  });

  it('answers 404 with the ARM code for a missing subscription, group and account', async () => {
    const oid = sim.state.vm.systemIdentity!.principalId;
    sim.state.assignments.push({ principalId: oid, role: 'Cosmos DB Account Reader Role', scope: '/subscriptions' });
    const bearer = await token();
    const other = '00000000-0000-0000-0000-0000000000aa';
    expect((await arm(`${accountId(other, 'g', 'a')}/readonlykeys?api-version=2025-04-15`, bearer)).body.error?.code).toBe(
      'SubscriptionNotFound',
    );
    expect((await arm(`${accountId(SEED.subscriptionId, 'nope', 'a')}/readonlykeys?api-version=2025-04-15`, bearer)).body.error?.code).toBe(
      'ResourceGroupNotFound',
    );
    expect((await arm(keysPath('readonlykeys', 'nope'), bearer)).body.error?.code).toBe('ResourceNotFound');
  });

  it('injects faults for the next matching requests, and logs every request', async () => {
    sim.faults.inject({ service: 'arm', path: '/readonlykeys', times: 2, action: { status: 503 } });
    const bearer = await token();
    expect((await arm(keysPath(), bearer)).status).toBe(503);
    expect((await arm(keysPath(), bearer)).status).toBe(503);
    expect((await arm(keysPath(), bearer)).status).toBe(200);
    expect(sim.faults.requests.filter((r) => r.service === 'arm').map((r) => r.outcome)).toEqual([503, 503, 200]);
  });

  it('can leave fields out of an otherwise valid answer (a token without its expiry)', async () => {
    sim.faults.inject({ service: 'imds', path: '/token', action: { omitFields: ['expires_on', 'expires_in'] } });
    const { status, body } = await imds(tokenPath());
    expect(status).toBe(200);
    expect(Object.keys(body)).not.toContain('expires_on');
    expect(Object.keys(body)).not.toContain('expires_in');
    expect((await arm(keysPath(), body['access_token']!)).status).toBe(200);
  });

  it('can send a service’s own answer slowly, in ten parts', async () => {
    const bearer = await token();
    sim.faults.inject({ service: 'arm', path: '/readonlykeys', action: { dripBodyMs: 30 } });
    const started = performance.now();
    const res = await arm(keysPath(), bearer);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['primaryReadonlyMasterKey', 'secondaryReadonlyMasterKey']);
  });
});
