/** Seeds the data plane through its own front door (signed requests): a database, a container, items. */
import { Agent } from 'node:https';
import { SEED, type State } from './state.ts';

export const SEED_DATA = { database: 'appdb', container: 'items', partitionKey: '/pk', items: 3 } as const;

export async function seedData(endpoint: string, state: State, ca: string): Promise<void> {
  const account = state.subscriptions.get(SEED.subscriptionId)!.get(SEED.resourceGroup)!.get(SEED.account)!;
  const { CosmosClient } = await import('@azure/cosmos');
  const client = new CosmosClient({
    endpoint,
    key: account.primaryMasterKey,
    agent: new Agent({ ca, keepAlive: false }),
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  try {
    const { database } = await client.databases.createIfNotExists({ id: SEED_DATA.database });
    const { container } = await database.containers.createIfNotExists({
      id: SEED_DATA.container,
      partitionKey: { paths: [SEED_DATA.partitionKey] },
    });
    for (let i = 1; i <= SEED_DATA.items; i++) {
      await container.items.upsert({ id: `item-${i}`, pk: `tenant-${i}`, note: 'seeded by the simulator' });
    }
  } finally {
    client.dispose();
  }
}
