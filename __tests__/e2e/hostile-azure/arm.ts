/**
 * Hostile ARM answers (and a crash inside the run): the numbers are the findings of the
 * hostile-answers issue each row covers.
 */
import { SEED, type Simulator } from '../../../simulator/index.ts';
import { INJECTIONS, type HostileRow } from '../../helpers/hostile-rows.ts';
import { seededAccount } from '../../helpers/run.ts';

const ACCOUNT = `/databaseAccounts/${SEED.account}`;
const KEYS = '/readonlykeys';
/** The seeded account read as ARM answers it, with its documentEndpoint replaced. */
const accountWith = (s: Simulator, documentEndpoint: string): object => ({
  id: `/subscriptions/${SEED.subscriptionId}/resourceGroups/${SEED.resourceGroup}/providers/Microsoft.DocumentDB/databaseAccounts/${SEED.account}`,
  name: SEED.account,
  kind: 'GlobalDocumentDB',
  properties: { documentEndpoint, disableLocalAuth: false, provisioningState: 'Succeeded' },
});
const readAnswers = (body: (s: Simulator) => object) => (s: Simulator) => [
  { service: 'arm' as const, path: ACCOUNT, method: 'GET', action: { status: 200, body: body(s) } },
];
const SMOKE = { 'smoke-test': 'true', database: 'appdb' };
const primary = (s: Simulator): string => seededAccount(s).primaryMasterKey;

export const armRows: HostileRow[] = [
  {
    name: 'a clean run passes every check (the baseline for the rows below)',
    exit: 0,
    requests: [
      ['arm', KEYS, 1],
      ['arm', ACCOUNT, 2],
    ],
  },
  ...INJECTIONS.map((payload, i): HostileRow => ({
    name: `1, 2: a documentEndpoint with a line break or control character (payload ${i + 1}) is refused, nothing sent to the data plane`,
    faults: readAnswers((s) => accountWith(s, `${s.cosmosUrl}${payload}`)),
    inputs: () => SMOKE,
    exit: 1,
    message: /ARM's account read returned the endpoint ".*", which is not a Cosmos DB endpoint/,
    requests: [['cosmos', '', 0]],
  })),
  {
    name: '2: a documentEndpoint with user info is refused before the smoke test sends a signature',
    faults: readAnswers((s) => accountWith(s, s.cosmosUrl.replace('https://', 'https://user:pass@'))),
    inputs: () => SMOKE,
    exit: 1,
    message: /it holds user info\. Nothing was sent there and no outputs were set/,
    requests: [['cosmos', '', 0]],
  },
  {
    name: '2: a documentEndpoint with a path (a prefix the attacker controls) is refused',
    faults: readAnswers((s) => accountWith(s, `${s.cosmosUrl}collect/`)),
    inputs: () => SMOKE,
    exit: 1,
    message: /it has a path/,
    requests: [['cosmos', '', 0]],
  },
  {
    name: '2: keyless, a plain-http documentEndpoint gets no Entra ID token',
    faults: readAnswers((s) => accountWith(s, s.cosmosUrl.replace('https://', 'http://'))),
    inputs: () => ({ auth: 'entra', ...SMOKE }),
    exit: 1,
    message: /it is not https/,
    requests: [['cosmos', '', 0]],
  },
  ...INJECTIONS.map((payload, i): HostileRow => ({
    name: `1: ARM's error code and message with a line break (payload ${i + 1}) stay on the error line`,
    faults: () => [
      { service: 'arm', path: KEYS, action: { status: 400, body: { error: { code: `Bad${payload}`, message: `no${payload}` } } } },
    ],
    exit: 1,
    message: /ARM answered 400 for readonlykeys on the account\.%0AARM said: Bad/,
  })),
  {
    name: '5: a 200 with an error echoing a key, cut at the length bound, shows no part of the key',
    faults: (s) => [
      {
        service: 'arm',
        path: KEYS,
        action: { status: 200, body: { error: { code: 'InternalError', message: `${'x'.repeat(263)} key ${primary(s)} leaked` } } },
      },
    ],
    exit: 1,
    message: /status 200 but an error \(InternalError: x+/,
  },
  {
    name: '5: a 500 whose body holds the keys in their own fields and in the message: masked, and no part printed',
    faults: (s) => [
      {
        service: 'arm',
        path: KEYS,
        times: Infinity,
        action: {
          status: 500,
          headers: { 'retry-after': '0' },
          body: {
            primaryReadonlyMasterKey: seededAccount(s).primaryReadonlyMasterKey,
            error: { code: 'InternalServerError', message: `failed for ${seededAccount(s).primaryReadonlyMasterKey}` },
          },
        },
      },
    ],
    exit: 1,
    message: /ARM failed with 500/,
    check: (s, result) => {
      if (!result.masks.includes(seededAccount(s).primaryReadonlyMasterKey)) throw new Error('the key in the error body was not masked');
    },
  },
  {
    name: '7: Markdown and HTML in ARM’s message render as text in the summary, and cannot leave its table',
    faults: () => [
      {
        service: 'arm',
        path: KEYS,
        action: {
          status: 400,
          body: {
            error: {
              code: 'Bad',
              message:
                '![x](https://evil.example/i.png) [click](https://evil.example) <img src=x onerror=alert(1)>\n\n| a | https://evil.example/login www.evil.example',
            },
          },
        },
      },
    ],
    exit: 1,
    message: /ARM said: Bad/,
    check: (_s, result) => {
      for (const raw of ['](', '<img', '\n\n| a |', 'https://evil', 'www.evil'])
        if (result.summary.includes(raw)) throw new Error(`the summary holds ${JSON.stringify(raw)}`);
    },
  },
  ...(['exception', 'rejection'] as const).map((kind): HostileRow => ({
    name: `6: an uncaught ${kind} inside the run still ends in one ::error::, a summary and exit code 1, without a stack trace`,
    // IMDS never answers (a delayed answer would issue a token after this row, during the next).
    faults: () => [{ service: 'imds', times: Infinity, action: { hang: true } }],
    env: () => ({
      NODE_OPTIONS: `--import ${new URL('../../helpers/crash.ts', import.meta.url).href}`,
      CRASH: kind,
      CRASH_AFTER_MS: '100',
    }),
    exit: 1,
    message: /^::error::Unexpected Error inside the action: boom in a callback\. Please report it\.$/,
    check: (_s, result) => {
      if (/\bat .*:\d+:\d+/.test(result.stderr)) throw new Error(`a stack trace was printed: ${result.stderr.slice(0, 200)}`);
      if (result.stdout.split('\n').filter((l) => l.startsWith('::error::')).length !== 1)
        throw new Error('not exactly one ::error:: line');
    },
  })),
  {
    name: '2: a connection string naming another AccountEndpoint (with the real key) is not handed out',
    inputs: (s) => ({ operation: 'listConnectionStrings', 'client-id': s.state.vm.userIdentities[0]!.clientId }),
    faults: (s, bystander) => [
      {
        service: 'arm',
        path: '/listConnectionStrings',
        action: {
          status: 200,
          body: {
            connectionStrings: [
              {
                connectionString: `AccountEndpoint=${bystander.url};AccountKey=${primary(s)};`,
                description: 'Primary SQL Connection String',
                keyKind: 'Primary',
                type: 'Sql',
              },
              {
                connectionString: `AccountEndpoint=${s.cosmosUrl};AccountKey=${seededAccount(s).secondaryMasterKey};`,
                description: 'Secondary SQL Connection String',
                keyKind: 'Secondary',
                type: 'Sql',
              },
            ],
          },
        },
      },
    ],
    exit: 1,
    message: /listConnectionStrings answer names the endpoint "127\.0\.0\.1:\d+" in the primary connection string, not the account's/,
  },
];
