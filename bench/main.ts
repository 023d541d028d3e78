import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, formatTable, runBench } from './run';

const USAGE = `Usage: npm run bench [-- OPTIONS]

Generates design workspaces of the given sizes under .bench/, measures the CLI and the
language server on each, prints a table (growth per step, targets) and then the JSON.

Options:
  --sizes N,N,...   item counts (default ${DEFAULT_OPTIONS.sizes.join(',')}); for example
                    --sizes 1000,5000,20000,100000 (100,000 items take several minutes)
  --runs N          rounds of the CLI measurements, medians reported (default ${DEFAULT_OPTIONS.runs})
  --edits N         edits of each kind timed in the server (default ${DEFAULT_OPTIONS.edits})
  --gap MS          a fixed pause between edits instead of typing-like gaps of 20–400 ms
  --check-only      time idstudio check alone, without the floor and markdownlint-cli2 (at 100,000
                    items on a shared machine they take most of the run)
  --out FILE        where the JSON goes (default .bench/results.json)
  --cli FILE        the bundled CLI under test (default dist/cli.js; run npm run build first)
  -h, --help        this text
`;

/** Reads the command line; undefined when only the usage was asked for. */
function options(args: string[]): Parameters<typeof runBench>[0] | undefined {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string' }, runs: { type: 'string' }, edits: { type: 'string' }, out: { type: 'string' }, cli: { type: 'string' },
      gap: { type: 'string' }, 'check-only': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  const sizes = (values.sizes?.split(',').map(Number) ?? DEFAULT_OPTIONS.sizes).sort((a, b) => a - b);
  if (sizes.some((size) => !Number.isInteger(size) || size < 50)) throw new UsageError(`--sizes wants whole numbers ≥ 50, got ${values.sizes}`);
  return {
    ...DEFAULT_OPTIONS, sizes,
    runs: Number(values.runs ?? DEFAULT_OPTIONS.runs),
    checkOnly: values['check-only'] === true,
    edits: Number(values.edits ?? DEFAULT_OPTIONS.edits),
    editGapMs: values.gap === undefined ? undefined : Number(values.gap),
    outFile: values.out ? resolve(values.out) : DEFAULT_OPTIONS.outFile,
    cli: values.cli ? resolve(values.cli) : DEFAULT_OPTIONS.cli,
  };
}

class UsageError extends Error {}

/** `npm run bench [-- --sizes 1000,5000] [--runs N] [--edits N] [--gap MS] [--out FILE] [--cli dist/cli.js]`: prints a table, then the JSON. */
async function main(): Promise<void> {
  let chosen;
  try {
    chosen = options(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!chosen) {
    process.stdout.write(USAGE);
    return;
  }
  const results = await runBench(chosen);
  process.stdout.write(`${formatTable(results)}\n\n${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
