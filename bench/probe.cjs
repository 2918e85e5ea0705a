// Preloaded (--require) into the benchmark's CPU and memory runs: at exit, writes the process's
// own CPU time and peak memory to the file named by BENCH_USAGE_FILE. CommonJS, because an ES
// module preload (--import) starts the ES module loader, which `node -e 0` otherwise never does:
// ~3 ms more on that case, ~1 ms on the bundles. Wall times come from runs without it.
const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const { writeFileSync } = process.getBuiltinModule('node:fs');
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }));
  });
}
