/**
 * `npm run simulator`: starts the local Azure simulator and keeps it running, printing how to
 * point the action (or anything else) at it, in bash and in PowerShell. Ctrl-C stops it.
 *
 *   npm run simulator                           print the commands
 *   npm run simulator -- --github-env FILE      also append the environment to FILE (CI's GITHUB_ENV)
 *   npm run simulator -- --key-throttle 10:2    throttle key operations as ARM does: a bucket of 10
 *                                               per principal, refilled at 2 a second (429 with Retry-After)
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PrincipalBuckets, SEED, startSimulator } from '../simulator/index.ts';

const USAGE = 'Usage: npm run simulator [-- [--github-env FILE] [--key-throttle CAPACITY:REFILL_PER_SECOND]]';
let options: { 'github-env'?: string; 'key-throttle'?: string };
try {
  options = parseArgs({ options: { 'github-env': { type: 'string' }, 'key-throttle': { type: 'string' } } }).values;
} catch {
  console.error(USAGE);
  process.exit(2);
}
const envFile = options['github-env'];
const [capacity, refillPerSecond] = (options['key-throttle'] ?? '').split(':').map(Number);
const throttle = options['key-throttle'] === undefined ? undefined : { capacity: capacity ?? NaN, refillPerSecond: refillPerSecond ?? NaN };
if (throttle && !(Number.isInteger(throttle.capacity) && throttle.capacity >= 0 && throttle.refillPerSecond > 0)) {
  console.error(`--key-throttle wants CAPACITY:REFILL_PER_SECOND (such as 10:2). ${USAGE}`);
  process.exit(2);
}

const sim = await startSimulator();
if (throttle) sim.state.keyThrottle = new PrincipalBuckets(throttle);
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
if (throttle) {
  console.log(
    `Key operations throttled per principal: a bucket of ${throttle.capacity}, refilled at ${throttle.refillPerSecond}/s (429 with Retry-After).`,
  );
}

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
