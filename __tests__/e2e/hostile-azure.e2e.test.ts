/**
 * Hostile Azure: each row one answer a spoofed or broken IMDS, ARM, Arc agent, data plane or
 * proxy could give. The rows live beside this file, one module a service
 * (__tests__/hostile-azure/*.ts); the checks are in helpers/hostile-rows.ts.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { SEED, type Simulator } from '../../simulator/index.ts';
import { runHostileRow, startBystander, type Bystander, type HostileRow } from '../helpers/hostile-rows.ts';
import { useSimulatorPool } from '../helpers/run.ts';
import { armRows } from './hostile-azure/arm.ts';
import { connectionStringRows } from './hostile-azure/connection-strings.ts';
import { dataPlaneRows } from './hostile-azure/data-plane.ts';
import { identityRows } from './hostile-azure/identity.ts';
import { imdsRows } from './hostile-azure/imds.ts';

// The rows are independent: they run several at a time, each with a simulator of its own and
// that simulator's bystander, so a request a row's action sent astray is seen by that row only.
const pool = useSimulatorPool();
const bystanders = new Map<Simulator, Bystander>();
beforeAll(async () => {
  for (const sim of pool.all) bystanders.set(sim, await startBystander(sim));
});
afterAll(async () => {
  await Promise.all([...bystanders.values()].map((bystander) => bystander.close()));
});

const BASE = {
  'account-name': SEED.account,
  'subscription-id': SEED.subscriptionId,
  'resource-group': SEED.resourceGroup,
  'timeout-seconds': '8',
};

const tables: ReadonlyArray<readonly [string, readonly HostileRow[]]> = [
  ['ARM', armRows],
  ['IMDS', imdsRows],
  ['data plane', dataPlaneRows],
  ['identity sources', identityRows],
  ['connection strings', connectionStringRows],
];

for (const [service, rows] of tables) {
  describe(`hostile ${service}`, () => {
    it.concurrent.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
      await pool.borrow((sim) => runHostileRow(sim, bystanders.get(sim)!, row, BASE));
    });
  });
}
