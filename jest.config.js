/**
 * Jest runs the TypeScript tests as ES modules (npm test passes --experimental-vm-modules), in two
 * projects:
 *
 * - unit: suites that import src/ and the simulator directly. No bundle: a unit file starts at once.
 * - e2e: suites that run the bundle (simulator/runner.ts's runAction or ACTION_PATH, directly or
 *   through __tests__/helpers/run.ts or chunks.ts): everything under __tests__/e2e/, and
 *   docs/docs.test.ts, which reads the bundle's licenses.txt. Its globalSetup bundles src/ (reusing
 *   the last bundle when nothing it is built from changed); Jest runs a project's globalSetup only
 *   when a test of that project runs.
 */
const BUNDLE_SUITES = ['<rootDir>/__tests__/e2e/', '<rootDir>/__tests__/docs/docs\\.test\\.ts$'];

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  roots: ['<rootDir>/__tests__'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: { rewriteRelativeImportExtensions: false, allowImportingTsExtensions: true, noEmit: false } },
    ],
  },
  // node-forge loaded so that it signs the simulator's certificates at native speed (see the file).
  setupFiles: ['<rootDir>/__tests__/helpers/forge-without-navigator.ts'],
  // No test may print a workflow command (::add-mask::…) into the test run's own log.
  setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/workflow-command-guard.ts'],
};

export default {
  // Which Node runs the tests (and the action in them), on stderr, once per run; any other major
  // than action.yml's stops the run.
  globalSetup: '<rootDir>/scripts/jest-node-version.js',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...BUNDLE_SUITES] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts', '<rootDir>/__tests__/docs/docs.test.ts'],
      globalSetup: '<rootDir>/scripts/jest-global-setup.js',
    },
  ],
  testTimeout: 60_000,
  // The rows of a table that run at once (it.concurrent), each with its own simulator
  // (ROWS_AT_ONCE in __tests__/helpers/run.ts).
  maxConcurrency: 2,
  // Most tests wait on spawned processes and timers, not the CPU: more workers than cores pay off.
  maxWorkers: 3,
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  verbose: false,
};
