/**
 * Preloaded into the action's process by the hostile-Azure table (NODE_OPTIONS=--import): throws
 * from a timer callback (CRASH=exception) or leaves a promise rejection unhandled
 * (CRASH=rejection) CRASH_AFTER_MS after start, as a library deep in a run could: the action must
 * still end in its own error path.
 */
const kind = process.env['CRASH'];
if (kind) {
  setTimeout(
    () => {
      const error = new Error('boom in a callback\n::warning::PWNED');
      if (kind === 'rejection') void Promise.reject(error);
      else throw error;
    },
    Number(process.env['CRASH_AFTER_MS'] ?? 100),
  );
}
