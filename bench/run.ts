import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { measureCli } from './cli-bench';
import { generateWorkspace } from './generate';
import { formatTable, growth, targetChecks, type BenchResults, type SizeResult } from './report';
import { measureServer, typingGaps } from './server-bench';

export const REPO_ROOT = resolve(__dirname, '..');

export interface BenchOptions {
  sizes: number[];
  /** the bundled CLI under test */
  cli: string;
  /** rounds of the CLI measurements (medians are reported) */
  runs: number;
  /** run `idstudio check` alone, without the floor and markdownlint-cli2 (at 100,000 items they take most of the time) */
  checkOnly?: boolean;
  /** edits per edit kind in the server measurement */
  edits: number;
  /** a fixed pause between edits instead of typing-like gaps of 20–400 ms */
  editGapMs?: number;
  /** where workspaces and the bundled floor go */
  workDir: string;
  /** where the JSON results go */
  outFile: string;
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [1000, 5000, 20000],
  cli: join(REPO_ROOT, 'dist', 'cli.js'),
  runs: 3,
  edits: 50,
  workDir: join(REPO_ROOT, '.bench'),
  outFile: join(REPO_ROOT, '.bench', 'results.json'),
  log: (line) => process.stderr.write(`${line}\n`),
};

/** Bundles the floor script like the CLI is bundled, so both pay the same module loading. */
async function bundleFloor(workDir: string): Promise<string> {
  const outfile = join(workDir, 'floor.cjs');
  await build({
    entryPoints: [join(__dirname, 'floor.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
  });
  return outfile;
}

async function measureSize(options: BenchOptions, floor: string, requestedItems: number): Promise<SizeResult> {
  const loadAverage = loadavg()[0];
  const workspace = join(options.workDir, `workspace-${requestedItems}`);
  const manifest = generateWorkspace(workspace, requestedItems);
  options.log(`${requestedItems} items: ${manifest.files.length} files, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${workspace}`);
  const cli = await measureCli({
    cli: options.cli, floor: options.checkOnly ? undefined : floor,
    markdownlint: options.checkOnly ? undefined : join(REPO_ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'),
  }, workspace, options.runs);
  options.log(`  check ${Math.round(cli.checkMs)} ms (peak RSS ${Math.round(cli.checkPeakRssMb)} MB), floor ${Math.round(cli.floorMs)} ms, markdownlint ${Math.round(cli.markdownlintMs)} ms`);
  const server = await measureServer(options.cli, workspace, manifest, typingGaps(options.edits, options.editGapMs));
  options.log(`  server: all diagnostics after ${Math.round(server.initialDiagnosticsMs)} ms, requests while indexing p95 ${Math.round(server.whileIndexing.all.p95Ms)} ms, completion after ${Math.round(server.completionAfterIndexing.p95Ms)} ms, edit p95 ${Math.round(server.localEdit.p95Ms)}/${Math.round(server.crossFileEdit.p95Ms)} ms, peak RSS ${Math.round(server.peakRssMb)} MB`);
  return {
    requestedItems, items: manifest.items, files: manifest.files.length, designFiles: manifest.designFiles.length,
    megabytes: manifest.bytes / 1e6, loadAverage, injectedProblems: manifest.injectedProblems, cli, server,
  };
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  mkdirSync(options.workDir, { recursive: true });
  const floor = await bundleFloor(options.workDir);
  const startedAt = new Date().toISOString();
  const sizes: SizeResult[] = [];
  for (const items of options.sizes) sizes.push(await measureSize(options, floor, items));
  const steps = growth(sizes);
  const results: BenchResults = {
    startedAt, node: process.version, cpus: availableParallelism(),
    edits: { count: options.edits, gaps: options.editGapMs === undefined ? 'typing-like gaps of 20–400 ms' : `${options.editGapMs} ms` },
    sizes, growth: steps, targets: targetChecks(sizes, steps),
  };
  mkdirSync(dirname(options.outFile), { recursive: true });
  writeFileSync(options.outFile, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

export { formatTable };
