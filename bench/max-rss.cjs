// Preloaded into a measured process (node --require): on exit, writes its peak RSS (kB, getrusage maxrss)
// to the file named by IDSTUDIO_BENCH_MAX_RSS, so the benchmark can read it after the process is gone.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.IDSTUDIO_BENCH_MAX_RSS;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
