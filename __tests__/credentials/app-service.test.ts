/**
 * credentials/app-service.ts and app-service-errors.ts: what is made of IDENTITY_ENDPOINT and
 * IDENTITY_HEADER, of the endpoint's answers (as MSAL reads them), and of its refusals. Requests
 * go to the simulated endpoint.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { Exchange } from '../../src/net/http.ts';
import { startSimulator, type Simulator } from '../../simulator/index.ts';

const secrets: string[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  setSecret: (value: string) => secrets.push(value),
  debug: () => undefined,
}));
const { appServiceCredential, parseIdentityEndpoint } = await import('../../src/credentials/app-service.ts');
const { explainAppServiceAnswer } = await import('../../src/credentials/app-service-errors.ts');
const { Budget } = await import('../../src/net/budget.ts');

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
  secrets.length = 0;
});

/** Run `work` with a credential of the simulated container app (or the environment given), within a 5 s budget. */
async function withCredential<T>(
  work: (credential: ReturnType<typeof appServiceCredential>) => Promise<T>,
  env: NodeJS.ProcessEnv = { IDENTITY_ENDPOINT: sim.appServiceUrl, IDENTITY_HEADER: sim.identityHeader },
): Promise<T> {
  const budget = new Budget(5);
  try {
    return await work(appServiceCredential(budget, undefined, env));
  } finally {
    budget.cancel();
  }
}

describe('parseIdentityEndpoint', () => {
  it.each([
    ['http://localhost:42356/msi/token', 'http://localhost:42356/msi/token'],
    ['http://127.0.0.1:41234/MSI/token/', 'http://127.0.0.1:41234/MSI/token/'],
    ['http://169.254.129.3:8081/msi/token', 'http://169.254.129.3:8081/msi/token'],
    ['https://identity.example.test/msi/token?x=1', 'https://identity.example.test/msi/token?x=1'],
  ])('accepts %s, as MSAL does', (value, href) => {
    expect(parseIdentityEndpoint(value).href).toBe(href);
  });

  it.each([
    ['not a URL', 'localhost:42356/msi/token', 'IDENTITY_ENDPOINT must be an http or https URL.'],
    ['no URL at all', '/msi/token', 'IDENTITY_ENDPOINT is set but is not a URL.'],
    ['another scheme', 'ftp://localhost/msi/token', 'IDENTITY_ENDPOINT must be an http or https URL.'],
    ['a user and password', 'http://me:pw@localhost:42356/msi/token', 'IDENTITY_ENDPOINT must not carry a user name or password.'],
  ])('refuses %s', (_what, value, message) => {
    expect(() => parseIdentityEndpoint(value)).toThrow(message);
  });
});

describe('appServiceCredential', () => {
  it('masks IDENTITY_HEADER (and its trimmed form) when it is read, even when the endpoint is missing', async () => {
    await expect(withCredential(() => Promise.resolve(undefined), { IDENTITY_HEADER: ' header-secret-1 ' })).rejects.toThrow(
      /IDENTITY_ENDPOINT is not set\./,
    );
    expect(secrets).toEqual([' header-secret-1 ', '%20header-secret-1%20', 'header-secret-1']);
  });

  it('refuses a header the platform cannot have set, without quoting it', async () => {
    const env = { IDENTITY_ENDPOINT: sim.appServiceUrl, IDENTITY_HEADER: 'secret\u0001part' };
    const message = await withCredential(() => Promise.resolve(undefined), env).then(String, (e: Error) => e.message);
    expect(message).toContain('IDENTITY_HEADER holds characters that cannot be sent in an HTTP header');
    expect(message).not.toContain('secret');
    expect(sim.faults.requests).toEqual([]);
  });

  it('gets a token, masked, with the principal from its oid claim and the expiry from expires_on; one request an audience', async () => {
    const [first, again, cosmos] = await withCredential((c) =>
      Promise.all([
        c.getToken('https://management.azure.com/'),
        c.getToken('https://management.azure.com/'),
        c.getToken('https://cosmos.azure.com'),
      ]),
    );
    expect(first).toBe(again);
    expect(first.principalId).toBe(sim.state.vm.systemIdentity!.principalId);
    expect(Math.abs(first.expiresOn.getTime() - (Date.now() + sim.state.tokenLifetimeSeconds * 1000))).toBeLessThan(5000);
    expect(secrets).toEqual(expect.arrayContaining([sim.identityHeader, first.accessToken, cosmos.accessToken]));
    expect(sim.faults.count('app-service')).toBe(2);
  });

  it('keeps a query IDENTITY_ENDPOINT carries, adding its own parameters', async () => {
    const env = { IDENTITY_ENDPOINT: `${sim.appServiceUrl}?extra=1`, IDENTITY_HEADER: sim.identityHeader };
    await withCredential((c) => c.getToken('https://management.azure.com/'), env);
    expect(Object.fromEntries(sim.faults.requests[0]!.query)).toEqual({
      extra: '1',
      'api-version': '2019-08-01',
      resource: 'https://management.azure.com/',
    });
  });

  it('never puts the header in an error', async () => {
    const wrong = 'wrong-header-0123456789abcdef';
    const message = await withCredential((c) => c.getToken('https://management.azure.com/'), {
      IDENTITY_ENDPOINT: sim.appServiceUrl,
      IDENTITY_HEADER: wrong,
    }).then(String, (e: Error) => e.message);
    expect(message).toContain('(403), not accepting X-IDENTITY-HEADER');
    expect(message).not.toContain(wrong);
    expect(sim.faults.requests[0]!.headers['x-identity-header']).toBe(wrong);
  });
});

describe('explainAppServiceAnswer', () => {
  const exchange = (status: number, attempts = 1, headers: Exchange['headers'] = {}): Exchange => ({
    status,
    headers,
    body: '',
    attempts,
    ms: 1,
    waitedMs: 0,
  });
  const context = { where: 'http://localhost:42356/msi/token', budget: '30 s (timeout-seconds)' };
  const clientId = { input: 'client-id', param: 'client_id', value: '11111111-2222-4333-8444-555555555555' } as const;

  it.each([
    [
      '401: the header refused',
      exchange(401),
      undefined,
      context,
      'refused the request (401), not accepting X-IDENTITY-HEADER: do not set IDENTITY_HEADER yourself, and let the runner pass its own environment on unchanged.\n' +
        'IDENTITY_HEADER must be the value the platform set for this container or app (it is rotated).',
    ],
    [
      '400 with an Entra ID error (as MSAL reads error and error_description)',
      exchange(400),
      { error: 'invalid_resource', error_description: 'AADSTS500011: The resource principal named x was not found.' },
      context,
      'refused the token request (400): check IDENTITY_ENDPOINT and, with a custom arm-endpoint, arm-resource.\nThe endpoint said: invalid_resource: AADSTS500011: The resource principal named x was not found.',
    ],
    [
      '400 without a body, a selector given: that identity is not assigned',
      exchange(400),
      undefined,
      { ...context, identity: clientId },
      `found no identity with client-id ${clientId.value} assigned to this app (400): assign it to the app, or fix client-id.\n` +
        'Assign it: az containerapp job identity assign --name <job> --resource-group <group> --user-assigned <identity resource ID> (a Container Apps job), ' +
        'az webapp identity assign --name <app> --resource-group <group> --identities <identity resource ID> (App Service).',
    ],
    [
      '404 after retries, with its correlation ID from the header',
      exchange(404, 4, { 'x-correlation-id': 'abc-123' }),
      undefined,
      context,
      "answered 404 after 4 attempts: re-run in a minute if an identity was assigned moments ago; otherwise IDENTITY_ENDPOINT is not the platform's token endpoint.\n" +
        "Container Apps' endpoint is http://localhost:42356/msi/token.\nCorrelation ID abc-123",
    ],
    [
      '504 with a nested error object',
      exchange(504, 4),
      { error: { code: 'GatewayTimeout', message: 'Upstream took too long' } },
      context,
      "answered 504 after 4 attempts, not getting a token from Entra ID for it: re-run the job; if it persists, check Azure's status for Container Apps or App Service.\n" +
        'The endpoint said: GatewayTimeout: Upstream took too long.',
    ],
    ['another status, as it is', exchange(418), { message: 'teapot' }, context, 'answered 418.\nThe endpoint said: teapot.'],
  ])('%s', (_what, res, body, ctx, message) => {
    expect(explainAppServiceAnswer(res, body, ctx).message).toBe(`The managed identity endpoint at ${context.where} ${message}`);
  });
});
