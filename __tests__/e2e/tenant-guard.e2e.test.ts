/**
 * End to end, tenant-id as a guard (issue 20): with any source, the identity's token must be from
 * that tenant, or the run stops before any ARM request, naming both tenants; on a VM, tenant-id
 * does not switch the source to github-oidc.
 */
import { describe, expect, it } from '@jest/globals';
import { SEED } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

const OTHER_TENANT = '0a1b2c3d-0000-4000-8000-000000000001';

describe('tenant-id on a VM runner (IMDS)', () => {
  it('keeps the IMDS source and passes when the identity is in that tenant', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'tenant-id': sim.state.entra.tenantId.toUpperCase() });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Identity source: imds (identity-source auto: no other identity source is configured here');
    expectClean(sim, result);
  });

  it('stops before any ARM request when the identity is in another tenant, naming both', async () => {
    const result = await act(sim, { 'account-name': SEED.account, 'tenant-id': OTHER_TENANT });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(
      `Wrong tenant: the runner's identity (identity source imds) is in tenant ${sim.state.entra.tenantId}, but tenant-id is ${OTHER_TENANT}.`,
    );
    expect(sim.faults.count('arm', '/')).toBe(0);
    expect(result.outputs).toEqual({});
    expect(result.stdout).toContain('Identity source: imds');
    expectClean(sim, result);
  });

  it('with the endpoint input (no ARM), checks the data-plane token the same way', async () => {
    const result = await act(sim, {
      auth: 'entra',
      endpoint: sim.cosmosUrl,
      'tenant-id': OTHER_TENANT,
      'smoke-test': 'true',
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toContain(`but tenant-id is ${OTHER_TENANT}`);
    expect(sim.faults.count('cosmos', '/')).toBe(0);
  });
});
