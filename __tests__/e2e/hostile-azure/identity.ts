/**
 * Hostile surroundings of the identity sources (issue 18's findings 4 to 6): a token file that is
 * not a file, an environment that matches several auto rules, token lifetimes no token has. Each
 * fails (or succeeds) at once, with a message that says what is wrong, and never an unexpected error.
 */
import { afterAll, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Simulator } from '../../../simulator/index.ts';
import type { HostileRow } from '../../helpers/hostile-rows.ts';

const TOKEN = '/metadata/identity/oauth2/token';
const dir = mkdtempSync(join(tmpdir(), 'hostile-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A named pipe no one writes to: a blocking read of it never returns. Undefined where there are none (Windows). */
const fifo = (() => {
  if (process.platform === 'win32') return undefined;
  const path = join(dir, 'azure-identity-token');
  execFileSync('mkfifo', [path]);
  return path;
})();

/** What the Azure Workload Identity webhook sets in the runner's pod, the token file replaced. */
const podEnv = (sim: Simulator, tokenFile: string): Record<string, string> => ({
  AZURE_FEDERATED_TOKEN_FILE: tokenFile,
  AZURE_CLIENT_ID: sim.state.entra.apps[0]!.clientId,
  AZURE_TENANT_ID: sim.state.entra.tenantId,
  AZURE_AUTHORITY_HOST: sim.entraUrl,
  AZURE_POD_IDENTITY_AUTHORITY_HOST: '',
});

const tokenFileRows: HostileRow[] = [
  ...(fifo
    ? [
        {
          name: '18.4 AZURE_FEDERATED_TOKEN_FILE a named pipe with no writer: fails at once, naming it (a blocking read hung the step)',
          env: (sim: Simulator) => podEnv(sim, fifo),
          exit: 1 as const,
          message: /AZURE_FEDERATED_TOKEN_FILE \(.*\) is a named pipe \(FIFO\), not a regular file/,
          requests: [['entra', '/token', 0]] as const,
          maxMs: 2500,
        },
      ]
    : []),
  ...(process.platform === 'win32'
    ? []
    : [
        {
          name: '18.4 AZURE_FEDERATED_TOKEN_FILE /dev/zero: fails at once (a bounded-by-size read grew without bound)',
          env: (sim: Simulator) => podEnv(sim, '/dev/zero'),
          exit: 1 as const,
          message: /AZURE_FEDERATED_TOKEN_FILE \(\/dev\/zero\) is a device, not a regular file/,
          requests: [['entra', '/token', 0]] as const,
          maxMs: 2500,
        },
      ]),
  {
    name: '18.4 AZURE_FEDERATED_TOKEN_FILE a directory: fails at once, naming it',
    env: (sim) => podEnv(sim, dir),
    exit: 1,
    message: /AZURE_FEDERATED_TOKEN_FILE \(.*\) is a directory, not a regular file/,
    requests: [['entra', '/token', 0]],
    maxMs: 2500,
  },
];

export const identityRows: readonly HostileRow[] = [
  ...tokenFileRows,
  {
    name: "18.5 auto with workload identity and Service Fabric's variables: the first rule (workload identity) is taken, the later refusal never runs",
    env: (sim) => ({
      ...podEnv(sim, join(dir, 'absent-token')),
      IDENTITY_ENDPOINT: 'https://127.0.0.1:2377/metadata/identity/oauth2/token',
      IDENTITY_HEADER: 'header',
      IDENTITY_SERVER_THUMBPRINT: 'ab',
    }),
    exit: 1,
    message: /The service account token in AZURE_FEDERATED_TOKEN_FILE \(.*\) could not be read \(ENOENT\)/,
    check: (_sim, result) => {
      expect(result.stdout).toContain('Identity source: workload-identity (identity-source auto: AZURE_FEDERATED_TOKEN_FILE is set');
      expect(result.stdout).not.toContain('Service Fabric');
    },
  },
  {
    name: '18.6 IMDS token expires_on far past what a date can hold (10000000000000): read as no expiry, the run succeeds',
    faults: () => [{ service: 'imds', path: TOKEN, times: Infinity, action: { setFields: { expires_on: '10000000000000' } } }],
    exit: 0,
  },
  {
    name: '18.6 IMDS token expires_in 1e13 without expires_on: read as no expiry, the run succeeds',
    // JSON leaves out a field set to undefined: expires_on is gone.
    faults: () => [{ service: 'imds', path: TOKEN, times: Infinity, action: { setFields: { expires_in: 1e13, expires_on: undefined } } }],
    exit: 0,
  },
  {
    name: "18.6 Entra ID's expires_in 1e13 (workload identity): read as no expiry, the run succeeds",
    before: (sim) => sim.writeFederatedToken(join(dir, 'good-token')),
    env: (sim) => podEnv(sim, join(dir, 'good-token')),
    faults: () => [{ service: 'entra', path: '/token', times: Infinity, action: { setFields: { expires_in: 1e13 } } }],
    requests: [['entra', '/token', 1]],
    exit: 0,
  },
];
