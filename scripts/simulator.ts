/**
 * `npm run simulator`: starts the local Azure simulator and keeps it running, printing the
 * environment to point the action (or anything else) at it. Ctrl-C stops it.
 */
import { SEED, startSimulator } from '../simulator/index.ts';

const sim = await startSimulator();
const deployer = sim.state.vm.userIdentities[0];
console.log(`IMDS (http):  ${sim.imdsUrl}`);
console.log(`ARM (https):  ${sim.armUrl}`);
console.log(`Test CA:      ${sim.caFile}`);
console.log(
  `Seed: subscription ${SEED.subscriptionId}, group ${SEED.resourceGroup}, account ${SEED.account} (and ${SEED.keylessAccount}, disableLocalAuth)`,
);
console.log(`      system identity ${sim.state.vm.systemIdentity?.principalId} (Cosmos DB Account Reader Role on ${SEED.account})`);
console.log(`      ${SEED.userIdentityName}: client-id ${deployer?.clientId} (DocumentDB Account Contributor on ${SEED.resourceGroup})`);
console.log('\nRun the action against it:');
console.log(
  `  AZURE_POD_IDENTITY_AUTHORITY_HOST=${sim.imdsUrl} NODE_EXTRA_CA_CERTS=${sim.caFile} \\\n  INPUT_ACCOUNT-NAME=${SEED.account} INPUT_ARM-ENDPOINT=${sim.armUrl} node dist/index.js`,
);
const stop = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
