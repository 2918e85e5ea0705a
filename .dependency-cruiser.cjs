/**
 * The import rules of src/ (npm run lint runs them; CONTRIBUTING.md explains the layers).
 *
 * src/'s folders follow the run, and each may import only its own folder and the ones below it:
 *
 *   main.ts, index.ts     the story of the run (top)
 *   smoke-test/           proving access on the data plane, per API
 *   handout/              what is handed out: the key, connection strings and their host check, outputs
 *   arm/                  the account, its keys and API through ARM
 *   credentials/          the identity's sources and the session they start
 *   inputs/               every input, validated, as one Config
 *   azure/                Azure's facts and formats: clouds, names, APIs and hosts, key vocabulary
 *   net/, report/         the network layer; what is written for people (errors, sanitising, summary)
 *
 * net/ and report/ import no other folder; no module imports main.ts or index.ts; no cycles.
 * The data-plane drivers (and the MongoDB driver's URI parser, for the host check) load lazily: only
 * by import() (a type import is free).
 */
const LAYERS = ['report', 'net', 'azure', 'inputs', 'credentials', 'arm', 'handout', 'smoke-test'];
const BASE = ['report', 'net'];

/** For each layer, the layers above it, which it must not import. */
const upward = LAYERS.map((layer, index) => ({
  name: `${layer}-imports-only-below`,
  comment: `src/${layer}/ may import only its own folder and the folders below it (${LAYERS.slice(0, index).join(', ') || 'none'}).`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(index + 1).join('|') || '$^'})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: move what both sides share into a module below both.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    ...BASE.map((base) => ({
      name: `${base}-imports-no-other-folder`,
      comment: `src/${base}/ is the base: it imports no other folder of src/.`,
      severity: 'error',
      from: { path: `^src/${base}/` },
      to: { path: '^src/', pathNot: `^src/${base}/` },
    })),
    {
      name: 'nothing-imports-the-story',
      comment: 'main.ts and index.ts are the top: no module imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.ts$' },
      to: { path: '^src/(main|index)\\.ts$' },
    },
    {
      name: 'src-stands-alone',
      comment: 'The action imports nothing of the tests, the simulator or the scripts.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(__tests__|simulator|scripts|bench)/' },
    },
    {
      name: 'drivers-load-lazily',
      comment:
        "The data-plane drivers (@azure/cosmos, @azure/data-tables, mongodb, and the MongoDB driver's URI parser) are loaded only by import(), so a run that needs none never parses them.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/smoke-test/(cosmos-sdk|tables-sdk)\\.ts$' },
      to: {
        path: '(^|/)node_modules/(@azure/cosmos|@azure/data-tables|mongodb|mongodb-connection-string-url)/',
        dependencyTypesNot: ['type-only', 'dynamic-import'],
      },
    },
    {
      name: 'driver-chunks-load-lazily',
      comment: 'cosmos-sdk.ts and tables-sdk.ts are their own chunks: imported only by import().',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/smoke-test/(cosmos-sdk|tables-sdk)\\.ts$', dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
