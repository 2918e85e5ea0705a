/**
 * Which credential source the run uses: the identity-source input, or with `auto` the first of
 * these rules that the runner's environment matches, in this order:
 *
 *   AZURE_FEDERATED_TOKEN_FILE set                                     → workload-identity (AKS)
 *   IDENTITY_ENDPOINT and IDENTITY_HEADER set                          → app-service (Container Apps, App Service)
 *   IDENTITY_ENDPOINT and IMDS_ENDPOINT set, or the Arc agent installed → arc
 *   tenant-id given and ACTIONS_ID_TOKEN_REQUEST_URL set (the job may ask for an OIDC token) → github-oidc
 *   otherwise                                                          → imds (VMs and scale sets)
 *
 * The job log gets one line: the source, and why, on every path (a source that cannot be made
 * here fails after it). tenant-id is a guard with every source (session.ts checks the token's
 * tenant), never a switch on its own.
 */
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { isFederated, type Config } from '../inputs/config.ts';
import { ActionError, InputError } from '../report/errors.ts';
import { GUID } from '../azure/names.ts';
import type { Budget } from '../net/budget.ts';
import { appServiceCredential, maskPlatformSecret } from './app-service.ts';
import { arcCredential } from './arc.ts';
import type { Credential, SourceName } from './credential.ts';
import { githubOidcCredential } from './github-oidc.ts';
import { imdsCredential } from './imds.ts';
import { windowsFolder } from './windows-folders.ts';
import { workloadIdentityCredential } from './workload-identity.ts';

/** What choosing looks at: the environment, the platform, and whether a file exists (tests replace them). */
export interface Surroundings {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly exists: (path: string) => boolean;
}

const HERE: Surroundings = { env: process.env, platform: process.platform, exists: existsSync };

/** Where MSAL looks for the Arc agent (himds) when the environment does not name it. */
function arcAgentPath({ env, platform }: Surroundings): string {
  return platform === 'win32'
    ? win32.join(windowsFolder(env, 'ProgramFiles'), 'AzureConnectedMachineAgent', 'himds.exe')
    : '/opt/azcmagent/bin/himds';
}

interface Rule {
  readonly source: SourceName;
  /** Why `auto` picks this source here, or undefined when it does not. */
  readonly when: (around: Surroundings, config: Config) => string | undefined;
}

/** The auto rules, in order; the last always applies. */
const AUTO: readonly Rule[] = [
  {
    source: 'workload-identity',
    when: (around) =>
      around.env['AZURE_FEDERATED_TOKEN_FILE'] ? 'AZURE_FEDERATED_TOKEN_FILE is set (Azure Workload Identity)' : undefined,
  },
  {
    source: 'app-service',
    when: ({ env }) => {
      if (!env['IDENTITY_ENDPOINT'] || !env['IDENTITY_HEADER']) return undefined;
      // Service Fabric sets the same two and a thumbprint (MSAL checks it first): its protocol differs.
      if (env['IDENTITY_SERVER_THUMBPRINT']) {
        throw new ActionError(
          "IDENTITY_SERVER_THUMBPRINT is set with IDENTITY_ENDPOINT and IDENTITY_HEADER: this is Azure Service Fabric's managed identity, which this action does not speak. Set identity-source to the runner's source, or run the runner elsewhere.",
        );
      }
      return 'IDENTITY_ENDPOINT and IDENTITY_HEADER are set (Azure Container Apps or App Service)';
    },
  },
  {
    source: 'arc',
    when: (around) => {
      if (around.env['IDENTITY_ENDPOINT'] && around.env['IMDS_ENDPOINT']) return 'IDENTITY_ENDPOINT and IMDS_ENDPOINT are set';
      const agent = arcAgentPath(around);
      return around.exists(agent) ? `the Azure Arc agent is installed (${agent})` : undefined;
    },
  },
  {
    source: 'github-oidc',
    when: ({ env }, config) =>
      config.tenantId && env['ACTIONS_ID_TOKEN_REQUEST_URL']
        ? 'the tenant-id input is given and the job can get an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is set)'
        : undefined,
  },
  { source: 'imds', when: () => 'no other identity source is configured here: an Azure VM or scale set' },
];

/** The first auto rule that matches, and why: no later rule is looked at (nor its files probed, nor its refusals raised). */
function firstMatch(around: Surroundings, config: Config): readonly [Rule, string] {
  for (const rule of AUTO) {
    const why = rule.when(around, config);
    if (why !== undefined) return [rule, why];
  }
  throw new Error('the last auto rule always applies');
}

/** The sources identity-source accepts, and how each is made. */
const MAKERS: Readonly<Record<SourceName, (config: Config, budget: Budget, around: Surroundings) => Credential>> = {
  imds: (config, budget, around) => imdsCredential(budget, config.userAssigned, around.env),
  arc: (config, budget, around) => arcCredential(budget, config.userAssigned, around.env),
  'app-service': (config, budget, around) => appServiceCredential(budget, config.userAssigned, around.env),
  'workload-identity': (config, budget, around) => workloadIdentityCredential(config, budget, around.env),
  'github-oidc': (config, budget, around) => githubOidcCredential(config, budget, around.env),
};

/**
 * The run's credential. `announce` gets the one line the job log has about it: the source, why,
 * and where it is asked; or, when the source cannot be made here, the source and why, before the error.
 */
export function chooseCredential(
  config: Config,
  budget: Budget,
  announce: (line: string) => void,
  around: Surroundings = HERE,
): Credential {
  // A platform secret in the environment is masked before any rule looks at it, whichever source is chosen.
  maskPlatformSecret(around.env);
  let source: SourceName;
  let reason: string;
  if (config.identitySource === 'auto') {
    const [rule, why] = firstMatch(around, config);
    source = rule.source;
    reason = `identity-source auto: ${why}`;
  } else {
    source = config.identitySource;
    reason = 'the identity-source input';
  }
  let credential: Credential;
  try {
    // A managed identity's token names its tenant by ID only: a domain could not be checked against it.
    if (config.tenantId && !isFederated(source) && !GUID.test(config.tenantId)) {
      throw new InputError(
        'tenant-id',
        `with identity source ${source}, tenant-id is checked against the token's tenant ID: give the tenant's ID (a GUID), not a domain name.`,
      );
    }
    credential = MAKERS[source](config, budget, around);
  } catch (error) {
    announce(`Identity source: ${source} (${reason}).`);
    throw error;
  }
  announce(`Identity source: ${source} (${reason}): ${credential.describe()}.`);
  return credential;
}
