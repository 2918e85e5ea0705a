/** credentials/choose.ts: identity-source, and with auto the first rule the runner's environment matches. */
import { describe, expect, it, jest } from '@jest/globals';
import type { Surroundings } from '../../src/credentials/choose.ts';
import type { Config } from '../../src/inputs/config.ts';

// Choosing a source registers the secrets it finds (IDENTITY_HEADER) with the runner: mocked,
// so that no ::add-mask:: line lands in the test run's own log.
jest.unstable_mockModule('@actions/core', () => ({ setSecret: () => undefined }));
const { chooseCredential } = await import('../../src/credentials/choose.ts');
const { CLOUDS } = await import('../../src/azure/clouds.ts');
const { Budget } = await import('../../src/net/budget.ts');

const config = (changes: Partial<Config> = {}): Config =>
  ({ auth: 'keys', identitySource: 'auto', cloud: 'auto', ...changes }) as unknown as Config;
const around = (env: Record<string, string>, installed: string[] = [], platform: NodeJS.Platform = 'linux'): Surroundings => ({
  env,
  platform,
  exists: (path) => installed.includes(path),
});

/** The source chosen and the line announced; a failure throws, with the lines announced before it in `announced`. */
const announced: string[] = [];
function choose(c: Config, a: Surroundings): { source: string; why: string } {
  const budget = new Budget(5);
  announced.length = 0;
  try {
    const credential = chooseCredential(c, budget, (line) => announced.push(line), a);
    return { source: credential.source, why: announced.join('\n') };
  } finally {
    budget.cancel();
  }
}

describe('identity-source auto', () => {
  it('is imds on a plain VM, saying so in one line', () => {
    expect(choose(config(), around({}))).toEqual({
      source: 'imds',
      why: "Identity source: imds (identity-source auto: no other identity source is configured here: an Azure VM or scale set): the VM's managed identity (the system-assigned identity) from IMDS at http://169.254.169.254.",
    });
  });

  it('is arc when the agent sets IDENTITY_ENDPOINT and IMDS_ENDPOINT, localhost read as 127.0.0.1 as MSAL does', () => {
    const env = { IDENTITY_ENDPOINT: 'http://localhost:40342/metadata/identity/oauth2/token', IMDS_ENDPOINT: 'http://localhost:40342' };
    expect(choose(config(), around(env))).toEqual({
      source: 'arc',
      why: "Identity source: arc (identity-source auto: IDENTITY_ENDPOINT and IMDS_ENDPOINT are set): the Arc-enabled server's system-assigned identity from its agent at http://127.0.0.1:40342.",
    });
  });

  it.each([
    ['linux', '/opt/azcmagent/bin/himds', {}],
    ['win32', 'C:\\Program Files\\AzureConnectedMachineAgent\\himds.exe', {}],
    ['win32', 'D:\\Apps\\AzureConnectedMachineAgent\\himds.exe', { ProgramFiles: 'D:\\Apps' }],
    // Not a full path: Windows' default, not a folder of the job's working directory.
    ['win32', 'C:\\Program Files\\AzureConnectedMachineAgent\\himds.exe', { ProgramFiles: '' }],
    ['win32', 'C:\\Program Files\\AzureConnectedMachineAgent\\himds.exe', { ProgramFiles: 'Apps' }],
  ] as const)('is arc on %s when the agent is installed at %s, at its fixed local address', (platform, path, env) => {
    const chosen = choose(config(), around(env, [path], platform));
    expect(chosen.source).toBe('arc');
    expect(chosen.why).toContain(`the Azure Arc agent is installed (${path})`);
    expect(chosen.why).toContain('http://127.0.0.1:40342');
  });

  it('is app-service when IDENTITY_ENDPOINT and IDENTITY_HEADER are set (Container Apps, App Service), saying so without the header', () => {
    const env = { IDENTITY_ENDPOINT: 'http://localhost:42356/msi/token', IDENTITY_HEADER: 'c7d1a2b3-header-secret' };
    const chosen = choose(config(), around(env));
    expect(chosen).toEqual({
      source: 'app-service',
      why: "Identity source: app-service (identity-source auto: IDENTITY_ENDPOINT and IDENTITY_HEADER are set (Azure Container Apps or App Service)): the container app's or web app's managed identity (the system-assigned identity) from its identity endpoint at http://localhost:42356/msi/token.",
    });
  });

  it('puts app-service before arc, as MSAL does, and needs both of its variables', () => {
    const both = { IDENTITY_ENDPOINT: 'http://127.0.0.1:1/t', IDENTITY_HEADER: 'h', IMDS_ENDPOINT: 'http://127.0.0.1:1' };
    expect(choose(config(), around(both, ['/opt/azcmagent/bin/himds'])).source).toBe('app-service');
    expect(choose(config(), around({ IDENTITY_HEADER: 'h' })).source).toBe('imds');
    expect(choose(config(), around({ IDENTITY_ENDPOINT: 'http://127.0.0.1:1/t', IDENTITY_HEADER: '' })).source).toBe('imds');
  });

  it('is workload-identity first when AZURE_FEDERATED_TOKEN_FILE is set, even with the Arc variables and tenant-id', () => {
    const env = {
      AZURE_FEDERATED_TOKEN_FILE: '/var/run/secrets/azure/tokens/azure-identity-token',
      AZURE_CLIENT_ID: '00000000-0000-0000-0000-000000000001',
      AZURE_TENANT_ID: '00000000-0000-0000-0000-000000000002',
      AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.com/',
      IDENTITY_ENDPOINT: 'http://127.0.0.1:1/t',
      IMDS_ENDPOINT: 'http://127.0.0.1:1',
    };
    expect(choose(config({ tenantId: 'contoso.onmicrosoft.com' }), around(env))).toEqual({
      source: 'workload-identity',
      why:
        'Identity source: workload-identity (identity-source auto: AZURE_FEDERATED_TOKEN_FILE is set (Azure Workload Identity)): ' +
        "the pod's workload identity (client ID 00000000-0000-0000-0000-000000000001, tenant contoso.onmicrosoft.com) from Microsoft Entra ID at login.microsoftonline.com, for the service account token in AZURE_FEDERATED_TOKEN_FILE.",
    });
  });

  it("is arc before github-oidc (tenant-id then a guard), and github-oidc when tenant-id is given in a job that can get an OIDC token, at the cloud's Entra ID", () => {
    const job = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'r' };
    const userAssigned = { input: 'client-id', param: 'client_id', value: '00000000-0000-0000-0000-000000000003' } as const;
    const federated = { tenantId: '00000000-0000-0000-0000-000000000004', userAssigned, audience: 'api://AzureADTokenExchange' };
    // Arc comes first; tenant-id there is the guard of the Arc machine's token (session.ts).
    expect(choose(config({ tenantId: federated.tenantId }), around(job, ['/opt/azcmagent/bin/himds'])).source).toBe('arc');
    const gov = { ...federated, cloud: CLOUDS.AzureUSGovernment };
    expect(choose(config(gov as Partial<Config>), around(job))).toEqual({
      source: 'github-oidc',
      why:
        'Identity source: github-oidc (identity-source auto: the tenant-id input is given and the job can get an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is set)): ' +
        "GitHub's OIDC token (audience api://AzureADTokenExchange) exchanged at Microsoft Entra ID (login.microsoftonline.us) for client ID 00000000-0000-0000-0000-000000000003 in tenant 00000000-0000-0000-0000-000000000004.",
    });
  });

  it('github-oidc without the id-token permission fails before any request, naming the permissions block, after its Identity source line', () => {
    const userAssigned = { input: 'client-id', param: 'client_id', value: '00000000-0000-0000-0000-000000000003' } as const;
    const oidc = config({ identitySource: 'github-oidc', tenantId: 'contoso.onmicrosoft.com', userAssigned });
    expect(() => choose(oidc, around({}))).toThrow(
      /ACTIONS_ID_TOKEN_REQUEST_URL is not set.*permissions: \{ id-token: write, contents: read \}/,
    );
    expect(announced).toEqual(['Identity source: github-oidc (the identity-source input).']);
  });

  it('workload-identity refuses an AZURE_AUTHORITY_HOST that is not https', () => {
    const env = {
      AZURE_FEDERATED_TOKEN_FILE: '/t',
      AZURE_CLIENT_ID: '00000000-0000-0000-0000-000000000001',
      AZURE_TENANT_ID: 'contoso.com',
      AZURE_AUTHORITY_HOST: 'http://login.example/',
    };
    expect(() => choose(config(), around(env))).toThrow(/AZURE_AUTHORITY_HOST must be an https URL/);
  });

  it('is not arc for a stray IDENTITY_ENDPOINT alone', () => {
    expect(choose(config(), around({ IDENTITY_ENDPOINT: 'http://127.0.0.1:1/x' })).source).toBe('imds');
  });
});

describe('identity-source given', () => {
  it('uses the source named, whatever the environment says', () => {
    const env = { IDENTITY_ENDPOINT: 'http://127.0.0.1:1/t', IMDS_ENDPOINT: 'http://127.0.0.1:1' };
    expect(choose(config({ identitySource: 'imds' }), around(env))).toMatchObject({ source: 'imds' });
    expect(choose(config({ identitySource: 'arc' }), around({}))).toMatchObject({ source: 'arc' });
    expect(choose(config({ identitySource: 'imds' }), around(env)).why).toContain('(the identity-source input)');
  });

  it('app-service names the user-assigned identity selected, and refuses to run without its variables', () => {
    const userAssigned = { input: 'object-id', param: 'object_id', value: '00000000-0000-0000-0000-000000000002' } as const;
    const env = { IDENTITY_ENDPOINT: 'http://127.0.0.1:1/msi/token', IDENTITY_HEADER: 'h' };
    expect(choose(config({ identitySource: 'app-service', userAssigned }), around(env)).why).toBe(
      "Identity source: app-service (the identity-source input): the container app's or web app's managed identity (the user-assigned identity with object-id 00000000-0000-0000-0000-000000000002) from its identity endpoint at http://127.0.0.1:1/msi/token.",
    );
    expect(() => choose(config({ identitySource: 'app-service' }), around({ IDENTITY_ENDPOINT: 'http://127.0.0.1:1/t' }))).toThrow(
      /IDENTITY_HEADER is not set\./,
    );
  });

  it('arc refuses a user-assigned identity selector before any request', () => {
    const userAssigned = { input: 'client-id', param: 'client_id', value: '00000000-0000-0000-0000-000000000001' } as const;
    expect(() => choose(config({ identitySource: 'arc', userAssigned }), around({}))).toThrow(
      /only identity is the machine's system-assigned one: remove client-id/,
    );
  });
});

describe('tenant-id is a guard, never a switch', () => {
  const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';

  it('on a VM (no OIDC token to be had), auto keeps IMDS: the usual order applies', () => {
    expect(choose(config({ tenantId: tenant }), around({})).source).toBe('imds');
  });

  it('with a machine identity, must be the tenant ID, which the token names (a domain cannot be compared)', () => {
    expect(() => choose(config({ identitySource: 'imds', tenantId: 'contoso.onmicrosoft.com' }), around({}))).toThrow(
      /Input 'tenant-id': with identity source imds, tenant-id is checked against the token's tenant ID: give the tenant's ID \(a GUID\)/,
    );
    expect(announced).toEqual(['Identity source: imds (the identity-source input).']);
    const arc = { IDENTITY_ENDPOINT: 'http://127.0.0.1:1/t', IMDS_ENDPOINT: 'http://127.0.0.1:1' };
    expect(choose(config({ tenantId: tenant }), around(arc)).source).toBe('arc');
  });
});

describe('arc found by its installed agent', () => {
  it('uses the agent’s own address, not a stray IDENTITY_ENDPOINT of another platform, as MSAL does', () => {
    const chosen = choose(config(), around({ IDENTITY_ENDPOINT: 'http://stray.example:8080/token' }, ['/opt/azcmagent/bin/himds']));
    expect(chosen.source).toBe('arc');
    expect(chosen.why).toContain('from its agent at http://127.0.0.1:40342');
    expect(chosen.why).not.toContain('stray.example');
  });
});

describe('Service Fabric', () => {
  it('is refused by name, not taken for App Service (it sets the same variables and a thumbprint)', () => {
    const env = {
      IDENTITY_ENDPOINT: 'https://127.0.0.1:2377/metadata/identity/oauth2/token',
      IDENTITY_HEADER: 'h',
      IDENTITY_SERVER_THUMBPRINT: 'ab',
    };
    expect(() => choose(config(), around(env))).toThrow(/Azure Service Fabric's managed identity, which this action does not speak/);
  });
});

describe('auto stops at the first rule that matches', () => {
  it("runs no later rule: neither the Service Fabric refusal nor the Arc agent's path probe", () => {
    const probed: string[] = [];
    const env = {
      AZURE_FEDERATED_TOKEN_FILE: '/var/run/secrets/azure/tokens/azure-identity-token',
      AZURE_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      AZURE_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
      IDENTITY_ENDPOINT: 'https://127.0.0.1:2377/metadata/identity/oauth2/token',
      IDENTITY_HEADER: 'h',
      IDENTITY_SERVER_THUMBPRINT: 'ab',
    };
    const surroundings: Surroundings = { env, platform: 'linux', exists: (path) => (probed.push(path), false) };
    expect(choose(config(), surroundings).source).toBe('workload-identity');
    expect(probed).toEqual([]);
  });

  it('probes the Arc agent only when no earlier rule matched', () => {
    const probed: string[] = [];
    expect(choose(config(), { env: {}, platform: 'linux', exists: (path) => (probed.push(path), false) }).source).toBe('imds');
    expect(probed).toEqual(['/opt/azcmagent/bin/himds']);
  });
});
