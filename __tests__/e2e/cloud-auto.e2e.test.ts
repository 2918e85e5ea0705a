/** End to end, cloud: auto: the cloud is found from the VM's instance metadata. */
import { describe, expect, it } from '@jest/globals';
import { DATA_READER, SEED, usGovernment, type Simulator } from '../../simulator/index.ts';
import { act, errorLine, expectClean, grantDataRole, tokenAudiences, useSimulator } from '../helpers/run.ts';

let sim: Simulator;
useSimulator((started) => (sim = started));

describe('cloud: auto', () => {
  it('finds Azure US Government from instance metadata and asks for that cloud’s data-plane audience', async () => {
    usGovernment(sim.state);
    grantDataRole(sim, DATA_READER);
    const result = await act(sim, { auth: 'entra', endpoint: sim.cosmosUrl, cloud: 'auto', 'smoke-test': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Cloud: AzureUSGovernment');
    expect(tokenAudiences(sim)).toEqual(['https://cosmos.azure.us']);
    expectClean(sim, result);
  });

  it('costs no extra round trip in the public cloud', async () => {
    sim.faults.inject(
      { service: 'imds', times: Infinity, action: { delayMs: 150 } },
      { service: 'arm', times: Infinity, action: { delayMs: 150 } },
    );
    const result = await act(sim, {
      'account-name': SEED.account,
      'subscription-id': SEED.subscriptionId,
      'resource-group': SEED.resourceGroup,
      cloud: 'auto',
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Cloud: AzureCloud');
    expect(sim.faults.sequentialRoundTrips()).toBe(2);
  });

  it.each([
    ['AzureStack', /names the cloud "AzureStack", which this action does not know \(cloud: auto\)\. Azure Stack Hub has no Cosmos DB/],
    ['AzureGermanCloud', /names the cloud "AzureGermanCloud", which this action does not know/],
  ])('fails on azEnvironment %s, naming it, before any ARM request', async (azEnvironment, message) => {
    sim.state.vm.azEnvironment = azEnvironment;
    const result = await act(sim, { 'account-name': SEED.account, cloud: 'auto' });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result)).toMatch(message);
    expect(sim.faults.count('arm')).toBe(0);
    expect(result.outputFile).toBe('');
    expectClean(sim, result);
  });
});
