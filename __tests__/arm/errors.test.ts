/** ARM error answers become one message with the cause, the fix and ARM's request ID. */
import { describe, expect, it } from '@jest/globals';
import { explainArmFailure, roleFor, type ArmScope } from '../../src/arm/errors.ts';

const scope: ArmScope = {
  subscriptionId: '3f2b9c1e-7d4a-4e5b-9c8d-1a2b3c4d5e6f',
  resourceGroup: 'rg',
  accountName: 'acct',
  accountId: '/subscriptions/3f2b9c1e-7d4a-4e5b-9c8d-1a2b3c4d5e6f/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/acct',
  principalId: '9c07f3bc-d6af-4121-88ca-fda11a897785',
  apiVersion: '2025-04-15',
  apiVersionGiven: true,
};

describe('explainArmFailure', () => {
  it.each([
    ['readonlykeys', 'Cosmos DB Account Reader Role'],
    ['read', 'Cosmos DB Account Reader Role'],
    ['listKeys', 'DocumentDB Account Contributor'],
    ['listConnectionStrings', 'DocumentDB Account Contributor'],
  ] as const)('403 on %s names %s and the command to grant it', (operation, role) => {
    expect(roleFor(operation).name).toBe(role);
    const { message } = explainArmFailure(
      { operation, status: 403, code: 'AuthorizationFailed', requestId: 'c0ffee00-1111-2222-3333-444455556666', attempts: 1 },
      scope,
    );
    expect(message).toContain(`--role "${role}" --scope ${scope.accountId}`);
    expect(message).toContain(`--assignee-object-id ${scope.principalId}`);
    expect(message).toContain('New-AzRoleAssignment');
    expect(message).toContain('request ID c0ffee00-1111-2222-3333-444455556666');
  });

  it('403 also names the other cause: an account the identity cannot see (a typo), with the lookup command', () => {
    const { message } = explainArmFailure({ operation: 'read', status: 403, code: 'AuthorizationFailed', attempts: 1 }, scope);
    expect(message).toContain('ARM answers 403, not 404, for an account the identity cannot see');
    // The fix and the other cause on the first line; the commands on their own lines.
    const [first, ...details] = message.split('\n');
    expect(first).toContain("grant it the 'Cosmos DB Account Reader Role' role, or check account-name, resource-group and subscription-id");
    expect(first!.length).toBeLessThan(400);
    expect(details).toContainEqual(expect.stringMatching(/^Grant the role: az role assignment create /));
    expect(details).toContainEqual(expect.stringMatching(/^Find the account/));
    expect(message).toContain(`az cosmosdb list --query "[?name=='acct'].id" -o tsv`);
  });

  const refusal =
    "No registered resource provider found for location 'usgovvirginia' and API version '2025-04-15' for type 'databaseAccounts'. " +
    "The supported api-versions are '2014-04-01, 2021-04-15, 2023-04-15, 2024-05-15-preview, 2024-08-15, 2024-11-15'. The supported locations are 'usgovvirginia, usgovarizona'.";

  it('400 NoRegisteredProviderFound for the api-version input: names the newest stable versions ARM lists', () => {
    const text = explainArmFailure(
      { operation: 'listKeys', status: 400, code: 'NoRegisteredProviderFound', message: refusal, attempts: 1 },
      scope,
    ).message;
    expect(text).toContain(
      "ARM does not accept api-version '2025-04-15' (the api-version input) for Microsoft.DocumentDB here (NoRegisteredProviderFound)",
    );
    const [first, ...details] = text.split('\n');
    expect(first).toContain(
      "set the api-version input to one it supports (the newest stable: 2024-11-15, 2024-08-15, 2023-04-15), or leave it empty for the cloud's default.",
    );
    // What ARM said, with its long list of versions, on a line of its own.
    expect(details).toContainEqual(expect.stringMatching(/^ARM said: NoRegisteredProviderFound: No registered resource provider/));
  });

  it("400 for the cloud's default with no version the action reads: says it did not retry", () => {
    const message = refusal.replace(/'2014-04-01.*?'/, "'2014-04-01, 2021-04-15'");
    const text = explainArmFailure(
      { operation: 'read', status: 400, code: 'NoRegisteredProviderFound', message, attempts: 1 },
      { ...scope, apiVersionGiven: false },
    ).message;
    expect(text).toContain("ARM does not accept the cloud's default api-version '2025-04-15'");
    expect(text).toContain('set the api-version input to one it supports (the newest stable: 2021-04-15, 2014-04-01).');
    expect(text).toContain('None of those is one this action reads (stable ');
    expect(text).toContain('so it did not retry with one.');
  });

  it('400 after the retry: names the refused default and the version retried with', () => {
    const text = explainArmFailure(
      { operation: 'read', status: 400, code: 'NoRegisteredProviderFound', message: refusal, attempts: 1, refusedDefault: '2025-10-15' },
      { ...scope, apiVersionGiven: false },
    ).message;
    expect(text).toContain("ARM refused the cloud's default api-version '2025-10-15' for Microsoft.DocumentDB, and then '2025-04-15'");
  });

  it('401 InvalidAuthenticationTokenTenant: the subscription is in another tenant than the identity', () => {
    const { message } = explainArmFailure(
      { operation: 'listKeys', status: 401, code: 'InvalidAuthenticationTokenTenant', attempts: 1 },
      scope,
    );
    expect(message).toContain(`Subscription '${scope.subscriptionId}' belongs to another Microsoft Entra tenant`);
    expect(message).not.toContain('cloud input');
  });

  it('suggests readonlykeys when a read-write operation is refused', () => {
    expect(explainArmFailure({ operation: 'listKeys', status: 403, attempts: 1 }, scope).message).toContain('operation: readonlykeys');
  });

  it('tells the three 404s apart', () => {
    const msg = (code: string) => explainArmFailure({ operation: 'read', status: 404, code, attempts: 1 }, scope).message;
    expect(msg('SubscriptionNotFound')).toContain('subscription-id');
    expect(msg('ResourceGroupNotFound')).toContain('resource-group');
    expect(msg('ResourceNotFound')).toContain('account-name');
  });

  it('explains throttling with the per-account key-call limit and Retry-After', () => {
    const { message } = explainArmFailure({ operation: 'listKeys', status: 429, attempts: 5, retryAfterMs: 60_000 }, scope);
    expect(message).toContain('500 key list or get calls per 5 minutes');
    expect(message).toContain('Retry-After 60 s');
    expect(message).toContain('5 attempt(s)');
  });

  it('says how long a throttled request waited in all, within which timeout-seconds, and what to do', () => {
    const { message } = explainArmFailure(
      {
        operation: 'readonlykeys',
        status: 429,
        attempts: 9,
        retryAfterMs: 1000,
        ms: 58_400,
        waitedMs: 52_340,
        budget: '60 s (timeout-seconds)',
      },
      scope,
    );
    expect(message).toContain(
      'failed after 9 attempt(s) over 58 s, having waited 52.3 s in all (Retry-After 1 s), within 60 s (timeout-seconds): raise timeout-seconds',
    );
    expect(message).toMatch(/raise timeout-seconds.*max-parallel.*auth: entra, which makes no key calls/);
  });

  it('explains a ReadOnly lock, a token for the wrong cloud and a redirect', () => {
    expect(explainArmFailure({ operation: 'listKeys', status: 409, code: 'ScopeLocked', attempts: 1 }, scope).message).toContain(
      'ReadOnly',
    );
    expect(explainArmFailure({ operation: 'read', status: 401, code: 'InvalidAuthenticationToken', attempts: 1 }, scope).message).toContain(
      'cloud input',
    );
    expect(
      explainArmFailure({ operation: 'read', status: 302, location: 'https://elsewhere.example/x?sig=secret', attempts: 1 }, scope).message,
    ).toMatch(/to elsewhere\.example: check arm-endpoint .*\nThe redirect was not followed/);
  });

  it('keeps ARM’s own message on one line of its own, after the fix', () => {
    const { message } = explainArmFailure(
      { operation: 'read', status: 400, code: 'BadRequest', message: 'line one\n::add-mask::x', attempts: 1 },
      scope,
    );
    expect(message.split('\n')).toEqual([
      'ARM answered 400 for reading the account.',
      expect.stringMatching(/^ARM said: BadRequest: line one/),
    ]);
  });

  it('a 403 for an account the identity can read elsewhere is not one wait-for-access waits for; a refused read is never "readable"', () => {
    const other = { subscriptionId: scope.subscriptionId, resourceGroup: 'rg-data', name: 'acct' };
    const elsewhere = explainArmFailure(
      {
        operation: 'readonlykeys',
        status: 403,
        code: 'AuthorizationFailed',
        attempts: 1,
        lookalike: { kind: 'elsewhere', account: other },
      },
      scope,
    );
    expect(elsewhere.accessDenied).toBe(false);
    expect(elsewhere.message.split('\n')[0]).toContain("but can read one of that name in resource group 'rg-data': check resource-group");
    const similar = explainArmFailure(
      { operation: 'readonlykeys', status: 403, code: 'AuthorizationFailed', attempts: 1, lookalike: { kind: 'similar', account: other } },
      scope,
    );
    expect(similar.accessDenied).toBe(true);
    const read = explainArmFailure(
      { operation: 'read', status: 403, code: 'AuthorizationFailed', attempts: 1, lookalike: { kind: 'readable' } },
      scope,
    );
    expect(read.message.split('\n')[0]).toContain(
      "is not allowed to perform 'Microsoft.DocumentDB/databaseAccounts/read' on account 'acct'",
    );
  });
});
