/**
 * `npm run simulator`: starts the local Azure simulator and keeps it running, printing how to
 * point the action (or anything else) at it, in bash and in PowerShell. Ctrl-C stops it.
 *
 *   npm run simulator                           print the commands
 *   npm run simulator -- --github-env FILE      also append the environment to FILE (CI's GITHUB_ENV)
 *   npm run simulator -- --dotenv FILE          also write FILE for @github/local-action (rewritten at
 *                                               every start: the ports change), and the CA it needs
 *                                               beside it, in FILE.ca.pem
 *   npm run simulator -- --key-throttle 10:2    throttle key operations as ARM does: a bucket of 10
 *                                               per principal, refilled at 2 a second (429 with Retry-After)
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PrincipalBuckets, SEED, startSimulator } from '../simulator/index.ts';

const USAGE = 'Usage: npm run simulator [-- [--github-env FILE | --dotenv FILE] [--key-throttle CAPACITY:REFILL_PER_SECOND]]';
let options: { 'github-env'?: string; dotenv?: string; 'key-throttle'?: string };
try {
  options = parseArgs({
    options: { 'github-env': { type: 'string' }, dotenv: { type: 'string' }, 'key-throttle': { type: 'string' } },
  }).values;
} catch {
  console.error(USAGE);
  process.exit(2);
}
const [capacity, refillPerSecond] = (options['key-throttle'] ?? '').split(':').map(Number);
const throttle = options['key-throttle'] === undefined ? undefined : { capacity: capacity ?? NaN, refillPerSecond: refillPerSecond ?? NaN };
if (
  (options['github-env'] !== undefined && options.dotenv !== undefined) ||
  (throttle && !(Number.isInteger(throttle.capacity) && throttle.capacity >= 0 && throttle.refillPerSecond > 0))
) {
  console.error(throttle ? `--key-throttle wants CAPACITY:REFILL_PER_SECOND (such as 10:2). ${USAGE}` : USAGE);
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

const githubEnv = options['github-env'];
if (githubEnv) {
  const lines = [
    `AZURE_POD_IDENTITY_AUTHORITY_HOST=${sim.imdsUrl}`,
    `NODE_EXTRA_CA_CERTS=${sim.caFile}`,
    `SIM_ACCOUNT=${SEED.account}`,
    `SIM_DEPLOYER_CLIENT_ID=${deployer?.clientId ?? ''}`,
    // Last: CI waits for this line.
    `SIM_ARM_ENDPOINT=${sim.armUrl}`,
  ];
  appendFileSync(githubEnv, `${lines.join('\n')}\n`);
}

const file = options.dotenv;
if (file) {
  // Node reads NODE_EXTRA_CA_CERTS once, when it starts: local-action loads the dotenv file after
  // that, so the CA goes on its command line. Beside the simulator's CA, the file keeps the CAs
  // this shell already gives Node (a TLS-inspecting proxy's), which npx needs to reach the registry.
  const caFile = `${file}.ca.pem`;
  const inherited = process.env['NODE_EXTRA_CA_CERTS'];
  const kept = inherited && existsSync(inherited) ? `${readFileSync(inherited, 'utf8').trimEnd()}\n` : '';
  writeFileSync(caFile, `${kept}${sim.caCert.trimEnd()}\n`);
  writeFileSync(
    file,
    [
      `# Written by npm run simulator -- --dotenv ${file}, for the simulator started ${new Date().toISOString()};`,
      '# its ports change at every start, and so does this file. Run the action with:',
      `#   NODE_EXTRA_CA_CERTS=${caFile} npx --yes @github/local-action@7 run . src/index.ts ${file}`,
      `AZURE_POD_IDENTITY_AUTHORITY_HOST=${sim.imdsUrl}`,
      `INPUT_ACCOUNT-NAME=${SEED.account}`,
      `INPUT_ARM-ENDPOINT=${sim.armUrl}`,
      '',
    ].join('\n'),
  );
  console.log(`\nWrote ${file} and ${caFile}. Run the action with @github/local-action:`);
  console.log(`  NODE_EXTRA_CA_CERTS=${caFile} npx --yes @github/local-action@7 run . src/index.ts ${file}`);
}

const stop = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
