/** Jest runs the TypeScript tests as ES modules (npm test passes --experimental-vm-modules). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: { rewriteRelativeImportExtensions: false, allowImportingTsExtensions: true, noEmit: false } },
    ],
  },
  // End-to-end suites run a fresh bundle of src/, built once per run.
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
  testTimeout: 60_000,
  // Most tests wait on spawned processes and timers, not the CPU: more workers than cores pay off.
  maxWorkers: 3,
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  verbose: false,
};
