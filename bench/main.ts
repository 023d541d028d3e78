import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, formatTable, runBench } from './run';

/** `npm run bench [-- --sizes 1000,5000] [--runs N] [--edits N] [--gap MS] [--out FILE] [--cli dist/cli.js]`: prints a table, then the JSON. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, runs: { type: 'string' }, edits: { type: 'string' }, out: { type: 'string' }, cli: { type: 'string' }, gap: { type: 'string' } },
  });
  const sizes = values.sizes?.split(',').map(Number) ?? DEFAULT_OPTIONS.sizes;
  if (sizes.some((size) => !Number.isInteger(size) || size < 50)) throw new Error(`--sizes wants whole numbers ≥ 50, got ${values.sizes}`);
  const results = await runBench({
    ...DEFAULT_OPTIONS, sizes,
    runs: Number(values.runs ?? DEFAULT_OPTIONS.runs),
    edits: Number(values.edits ?? DEFAULT_OPTIONS.edits),
    editGapMs: values.gap === undefined ? undefined : Number(values.gap),
    outFile: values.out ? resolve(values.out) : DEFAULT_OPTIONS.outFile,
    cli: values.cli ? resolve(values.cli) : DEFAULT_OPTIONS.cli,
  });
  process.stdout.write(`${formatTable(results)}\n\n${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
