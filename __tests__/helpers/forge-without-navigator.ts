/**
 * Jest setup file of every project (jest.config.js). node-forge, which signs the simulator's
 * throwaway certificates (simulator/certs.ts), picks its big-number multiply by looking for a
 * browser: where `navigator` is defined, as it is since Node 21, it takes a variant that reads the
 * global Math for every digit. In Jest's sandbox (a vm context) each global read is slow: every
 * startSimulator() and makeTestPki() cost ~2 s of CPU instead of ~0.1 s. Loaded here with
 * `navigator` hidden, node-forge takes the variant it takes on Node 20 (same results, no global
 * reads); `navigator` is back before any test code runs, and the test file's imports of
 * node-forge get this instance.
 */
const navigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
Object.defineProperty(globalThis, 'navigator', { value: undefined, configurable: true });
try {
  await import('node-forge');
} finally {
  if (navigator) Object.defineProperty(globalThis, 'navigator', navigator);
  else delete (globalThis as { navigator?: unknown }).navigator;
}
