/**
 * `npm start`: runs the bundled action (dist/index.js) as the runner would, against the local
 * Azure simulator: every input at its action.yml default unless given, as INPUT_* variables. It
 * prints the step log as the runner shows it (masked), the outputs, and the job summary as text.
 *
 *   npm start                                  readonlykeys, the VM's system identity
 *   npm start -- operation=listKeys identity=deployer
 *   npm start -- account-name=nope             any input as name=value
 *   npm start -- --help                        the inputs and their defaults
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SEED, SEED_DATA, startSimulator } from '../simulator/index.ts';
import { applyMasks, runAction } from '../simulator/runner.ts';

interface Declared {
  readonly description?: string;
  readonly default?: string;
}
const action = parse(readFileSync(join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as { inputs: Record<string, Declared> };
const IDENTITIES = ['system', 'deployer'];

function usage(): string {
  const width = Math.max(...Object.keys(action.inputs).map((name) => name.length)) + 2;
  const lines = Object.entries(action.inputs).map(
    ([name, input]) => `  ${name.padEnd(width)}${input.default ? `default ${JSON.stringify(input.default)}` : '(empty)'}`,
  );
  return [
    'npm start -- [name=value …]: run dist/index.js against the local Azure simulator, as the runner would.',
    '',
    `  identity=${IDENTITIES.join('|')}  which of the simulated VM's identities (deployer: a user-assigned one`,
    `                           with DocumentDB Account Contributor); sets client-id`,
    '',
    "Inputs (action.yml), as name=value; account-name defaults to the simulator's account, arm-endpoint to its ARM:",
    ...lines,
    '',
    'RUNNER_DEBUG=1 npm start shows the debug log too.',
  ].join('\n');
}

function fail(message: string): never {
  console.error(`${message}\n\n${usage()}`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage());
  process.exit(0);
}
// What the runner passes: every declared input, at its default unless the workflow gives it.
const inputs: Record<string, string> = Object.fromEntries(
  Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']),
);
inputs['account-name'] = SEED.account;
let identity = 'system';
for (const arg of args) {
  const eq = arg.indexOf('=');
  if (eq < 1) fail(`Arguments are name=value pairs (got ${JSON.stringify(arg)}).`);
  const [name, value] = [arg.slice(0, eq), arg.slice(eq + 1)];
  if (name === 'identity') {
    if (!IDENTITIES.includes(value)) fail(`identity must be one of ${IDENTITIES.join(', ')} (got ${JSON.stringify(value)}).`);
    identity = value;
  } else if (name in action.inputs) {
    inputs[name] = value;
  } else {
    fail(`${JSON.stringify(name)} is not an input of action.yml.`);
  }
}

/** Workflow commands as the runner's log shows them; debug lines only with RUNNER_DEBUG. */
function renderLog(text: string, debug: boolean): string {
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => debug || !line.startsWith('::debug::'))
    .map((line) =>
      line.replace(/^::(debug|warning|error|notice)::(.*)$/, (_m, kind: string, value: string) => {
        // As the runner shows a command's value: its escapes undone, each line of it indented under the first.
        const text = value.replace(/%0D/gi, '').replace(/%0A/gi, '\n    ').replace(/%25/g, '%');
        return kind === 'debug' ? `##[debug]${text}` : `${kind[0]!.toUpperCase()}${kind.slice(1)}: ${text}`;
      }),
    )
    .join('\n');
}

/** The job summary (HTML headings and tables) as plain text: headings underlined, tables in columns. */
function summaryText(html: string): string {
  const decode = (text: string): string =>
    text
      .replace(/<br>/g, '\n  ')
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const out: string[] = [];
  for (const block of html.split(/(?=<h\d>)|(?=<table>)|(?<=<\/table>)|(?<=<\/h\d>)/)) {
    const heading = /^<h\d>(.*)<\/h\d>$/s.exec(block.trim());
    if (heading) {
      const text = decode(heading[1]!);
      out.push('', text, '-'.repeat(text.length));
    } else if (block.trim().startsWith('<table>')) {
      const rows = [...block.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
        [...row[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/gs)].map((c) => decode(c[1]!)),
      );
      const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
      if (out.at(-1)?.startsWith('  ')) out.push('');
      for (const row of rows)
        out.push(
          `  ${row
            .map((cell, i) => cell.padEnd(widths[i]!))
            .join('  ')
            .trimEnd()}`,
        );
    } else if (decode(block).trim()) {
      out.push(decode(block).trim());
    }
  }
  return out.join('\n').trim();
}

const sim = await startSimulator();
try {
  const deployer = sim.state.vm.userIdentities[0];
  if (identity === 'deployer' && deployer) inputs['client-id'] = deployer.clientId;
  inputs['arm-endpoint'] ||= sim.armUrl;
  console.log('Local Azure simulator');
  console.log(`  IMDS  ${sim.imdsUrl}   ARM  ${sim.armUrl} (TLS, test CA)`);
  console.log(`  VM gh-runner-01 in subscription ${SEED.subscriptionId}, resource group ${SEED.resourceGroup}`);
  console.log(`  system-assigned identity: Cosmos DB Account Reader Role and Built-in Data Reader on ${SEED.account} (try auth=entra)`);
  console.log(`  user-assigned ${SEED.userIdentityName} (identity=deployer): DocumentDB Account Contributor on ${SEED.resourceGroup}`);
  console.log(
    `  data plane ${sim.cosmosUrl}: database ${SEED_DATA.database}, container ${SEED_DATA.container} (try smoke-test=true database=${SEED_DATA.database} container=${SEED_DATA.container})`,
  );
  console.log(`  other accounts: ${Object.keys(SEED.apiAccounts).join(', ')} (try identity=deployer account-name=contoso-mongo)`);
  const given = Object.entries(inputs).filter(([name, value]) => value !== (action.inputs[name]?.default ?? ''));
  console.log(`\nInputs (the rest at action.yml's defaults): ${given.map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
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
  console.log('── job summary ───────────────────────────────────────────────────');
  console.log(applyMasks(summaryText(run.summary), run.masks));
  console.log('──────────────────────────────────────────────────────────────────');
  const masked = `${run.masks.length} ${run.masks.length === 1 ? 'value' : 'values'} masked`;
  console.log(`exit code ${run.exitCode}, ${masked}, ${Math.round(run.ms)} ms wall time`);
  console.log(
    `requests: ${sim.faults.requests.map((r) => `${r.service} ${r.method} ${r.path.split('/').pop()} → ${r.outcome}`).join('; ')}`,
  );
  process.exitCode = run.exitCode ?? 1;
} finally {
  await sim.close();
}
