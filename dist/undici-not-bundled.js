// Stands in for undici in this bundle: see scripts/build.ts. @actions/http-client imports it for
// getAgentDispatcher() only, which nothing in the action calls.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action (scripts/build.ts)');
  }
}
