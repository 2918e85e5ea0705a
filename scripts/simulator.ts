/**
 * `npm run simulator`: starts the local Azure simulator and keeps it running, printing how to
 * point the action (or anything else) at it, in bash and in PowerShell. Ctrl-C stops it.
 *
 *   npm run simulator                           print the commands
 *   npm run simulator -- --github-env FILE      also append the environment to FILE (CI's GITHUB_ENV)
 */
import { appendFileSync } from 'node:fs';
import { SEED, startSimulator } from '../simulator/index.ts';

const args = process.argv.slice(2);
const envFile = args[0] === '--github-env' ? args[1] : undefined;
if (args.length > 0 && !envFile) {
  console.error('Usage: npm run simulator [-- --github-env FILE]');
  process.exit(2);
}

const sim = await startSimulator();
const deployer = sim.state.vm.userIdentities[0];
console.log(`IMDS (http):  ${sim.imdsUrl}`);
console.log(`ARM (https):  ${sim.armUrl}`);
console.log(`Container Apps identity endpoint (http): IDENTITY_ENDPOINT=${sim.appServiceUrl} IDENTITY_HEADER=${sim.identityHeader}`);
console.log(`Test CA:      ${sim.caFile}`);
console.log(
  `Seed: subscription ${SEED.subscriptionId}, group ${SEED.resourceGroup}, account ${SEED.account} (and ${SEED.keylessAccount}, disableLocalAuth;`,
);
console.log(
  `      ${Object.entries(SEED.apiAccounts)
    .map(([name, api]) => `${name} (${api})`)
    .join(', ')})`,
);
console.log(`      system identity ${sim.state.vm.systemIdentity?.principalId} (Cosmos DB Account Reader Role on ${SEED.account})`);
console.log(`      ${SEED.userIdentityName}: client-id ${deployer?.clientId} (DocumentDB Account Contributor on ${SEED.resourceGroup})`);

// The runner passes inputs as INPUT_<NAME> with the name upper-cased and hyphens kept, which a
// shell cannot assign directly: bash goes through env, PowerShell through ${env:…}. Bash runs
// Node 24 from node_modules directly: npx would go through sh, which drops such names.
const env: Array<[string, string]> = [
  ['AZURE_POD_IDENTITY_AUTHORITY_HOST', sim.imdsUrl],
  ['NODE_EXTRA_CA_CERTS', sim.caFile],
  ['INPUT_ACCOUNT-NAME', SEED.account],
  ['INPUT_ARM-ENDPOINT', sim.armUrl],
];
console.log('\nRun the action against it, in bash:');
console.log(`  env ${env.map(([name, value]) => `'${name}=${value}'`).join(' \\\n      ')} \\\n      node_modules/.bin/node dist/index.js`);
console.log('\nin PowerShell:');
for (const [name, value] of env) console.log(`  \${env:${name}} = '${value}'`);
console.log('  npx node dist/index.js');
console.log('\nor, simpler, with the simulator started for you and the log shown as the runner would: npm start -- --help');

if (envFile) {
  const lines = [
    `AZURE_POD_IDENTITY_AUTHORITY_HOST=${sim.imdsUrl}`,
    `NODE_EXTRA_CA_CERTS=${sim.caFile}`,
    `SIM_ACCOUNT=${SEED.account}`,
    `SIM_DEPLOYER_CLIENT_ID=${deployer?.clientId ?? ''}`,
    // Last: CI waits for this line.
    `SIM_ARM_ENDPOINT=${sim.armUrl}`,
  ];
  appendFileSync(envFile, `${lines.join('\n')}\n`);
}

const stop = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
