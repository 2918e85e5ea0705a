/**
 * `npm start`: runs the bundled action (dist/index.js) as the runner would, against the local
 * Azure simulator, and prints the step log as the runner would show it (masked).
 *
 *   npm start                                  readonlykeys, the VM's system identity
 *   npm start -- operation=listKeys identity=deployer
 *   npm start -- account-name=nope             any input as name=value
 */
import { SEED, SEED_DATA, startSimulator } from '../simulator/index.ts';
import { applyMasks, runAction } from '../simulator/runner.ts';

const args = process.argv.slice(2);
const inputs: Record<string, string> = { 'account-name': SEED.account, 'export-variables': 'true' };
let identity = 'system';
for (const arg of args) {
  const eq = arg.indexOf('=');
  if (eq < 1) {
    console.error(`Arguments are input=value pairs (got ${JSON.stringify(arg)}).`);
    process.exit(2);
  }
  const [name, value] = [arg.slice(0, eq), arg.slice(eq + 1)];
  if (name === 'identity') identity = value;
  else inputs[name] = value;
}

/** Workflow commands as the runner's log shows them; debug lines only with RUNNER_DEBUG. */
function renderLog(text: string, debug: boolean): string {
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => debug || !line.startsWith('::debug::'))
    .map((line) =>
      line.replace(/^::(debug|warning|error|notice)::/, (_m, kind: string) =>
        kind === 'debug' ? '##[debug]' : `${kind[0]!.toUpperCase()}${kind.slice(1)}: `,
      ),
    )
    .join('\n');
}

const sim = await startSimulator();
try {
  const deployer = sim.state.vm.userIdentities[0];
  if (identity === 'deployer' && deployer) inputs['client-id'] = deployer.clientId;
  inputs['arm-endpoint'] ??= sim.armUrl;
  console.log('Local Azure simulator');
  console.log(`  IMDS  ${sim.imdsUrl}   ARM  ${sim.armUrl} (TLS, test CA)`);
  console.log(`  VM gh-runner-01 in subscription ${SEED.subscriptionId}, resource group ${SEED.resourceGroup}`);
  console.log(`  system-assigned identity: Cosmos DB Account Reader Role and Built-in Data Reader on ${SEED.account} (try auth=entra)`);
  console.log(`  user-assigned ${SEED.userIdentityName} (identity=deployer): DocumentDB Account Contributor on ${SEED.resourceGroup}`);
  console.log(
    `  data plane ${sim.cosmosUrl}: database ${SEED_DATA.database}, container ${SEED_DATA.container} (try smoke-test=true database=${SEED_DATA.database} container=${SEED_DATA.container})`,
  );
  console.log(
    `\nInputs: ${Object.entries(inputs)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}\n`,
  );
  console.log('── step log (as the runner shows it) ─────────────────────────────');

  const run = await runAction({
    inputs,
    env: {
      AZURE_POD_IDENTITY_AUTHORITY_HOST: sim.imdsUrl,
      NODE_EXTRA_CA_CERTS: sim.caFile,
      RUNNER_DEBUG: process.env['RUNNER_DEBUG'] ?? '',
    },
  });
  console.log(renderLog(applyMasks(`${run.stdout}${run.stderr}`, run.masks), Boolean(process.env['RUNNER_DEBUG'])));
  console.log('── outputs ───────────────────────────────────────────────────────');
  for (const [name, value] of Object.entries(run.outputs)) {
    console.log(`  ${name.padEnd(26)} ${applyMasks(value, run.masks)}`);
  }
  if (Object.keys(run.env).length) {
    console.log('── exported to later steps (GITHUB_ENV) ──────────────────────────');
    for (const [name, value] of Object.entries(run.env)) console.log(`  ${name.padEnd(26)} ${applyMasks(value, run.masks)}`);
  }
  console.log('──────────────────────────────────────────────────────────────────');
  console.log(`exit code ${run.exitCode}, ${run.masks.length} values masked, ${Math.round(run.ms)} ms wall time`);
  console.log(
    `requests: ${sim.faults.requests.map((r) => `${r.service} ${r.method} ${r.path.split('/').pop()} → ${r.outcome}`).join('; ')}`,
  );
  process.exitCode = run.exitCode ?? 1;
} finally {
  await sim.close();
}
