import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from '../bench/generate';
import { ensureBundlesFresh } from '../scripts/dist-freshness.mjs';
import { DEFAULT_OPTIONS, formatTable, runBench } from '../bench/run';

function digest(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

describe('benchmark (npm run bench), smoke run', function () {
  this.timeout(60_000);
  let workDir: string;

  before(() => {
    ensureBundlesFresh(); // the bench drives dist/cli.js
    workDir = mkdtempSync(join(tmpdir(), 'idstudio-bench-'));
  });
  after(() => rmSync(workDir, { recursive: true, force: true }));

  it('prints its usage for --help, and refuses a bad option with the usage', () => {
    const bench = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'bench', 'main.ts'), ...args], { encoding: 'utf8' });
    const help = bench('--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage: npm run bench/);
    assert.match(help.stdout, /--sizes 1000,5000,20000,100000/);
    const bad = bench('--sizes', 'ten');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--sizes wants whole numbers/);
    assert.match(bad.stderr, /Usage:/);
  });

  it('generates the same bytes on every run, in the proportions of the issue', () => {
    const first = generateWorkspace(join(workDir, 'a'), 1000);
    const second = generateWorkspace(join(workDir, 'b'), 1000);
    assert.equal(digest(join(workDir, 'a'), first.files), digest(join(workDir, 'b'), second.files));
    assert.ok(Math.abs(first.items - 1000) <= 50, `items ${first.items}`);
    const itemsPerFile = first.items / first.designFiles.length;
    const bytesPerItem = first.bytes / first.items;
    assert.ok(itemsPerFile > 4 && itemsPerFile < 6, `items per file ${itemsPerFile}`);
    assert.ok(bytesPerItem > 1000 && bytesPerItem < 1400, `bytes per item ${bytesPerItem}`);
    assert.ok(Object.keys(first.injectedProblems).length >= 5, 'several kinds of deliberate problems');
  });

  it('measures every figure on each size, plus growth, and prints them', async () => {
    const edits = 6;
    const results = await runBench({
      ...DEFAULT_OPTIONS, sizes: [100, 200], runs: 1, edits, editGapMs: 20, workDir, outFile: join(workDir, 'results.json'), log: () => undefined,
    });
    assert.deepEqual(JSON.parse(readFileSync(join(workDir, 'results.json'), 'utf8')), JSON.parse(JSON.stringify(results)));
    for (const size of results.sizes) {
      const { cli, server } = size;
      for (const figure of [cli.checkMs, cli.floorMs, cli.markdownlintMs, cli.checkOverFloor, cli.checkOverMarkdownlint,
        cli.checkPeakRssMb, server.startupMs, server.initialDiagnosticsMs, server.peakRssMb]) {
        assert.ok(Number.isFinite(figure) && figure > 0, `${size.requestedItems}: ${figure}`);
      }
      assert.equal(server.filesPublished, size.designFiles, 'every design document got diagnostics');
      for (const latency of [server.localEdit, server.crossFileEdit]) {
        assert.equal(latency.count, edits);
        assert.ok(latency.p50Ms > 0 && latency.p50Ms <= latency.p95Ms && latency.p95Ms <= latency.maxMs);
      }
      assert.equal(server.completionAfterIndexing.count, 5);
      assert.ok(server.completionAfterIndexing.p95Ms > 0);
      const kinds = [server.whileIndexing.hover, server.whileIndexing.completion, server.whileIndexing.definition];
      assert.equal(server.whileIndexing.all.count, kinds.reduce((sum, kind) => sum + kind.count, 0));
      for (const kind of kinds) assert.ok(kind.count === 0 ? Number.isNaN(kind.p95Ms) : kind.p95Ms > 0, 'no samples: not measured');
      assert.equal(cli.markdownlintFindings, 0, 'the generated Markdown is clean for markdownlint');
      assert.ok((cli.checkDiagnostics['non-training-factors'] ?? 0) > 0, 'check analysed the workspace');
    }
    assert.deepEqual(results.growth.map((step) => [step.fromItems, step.toItems]), [[results.sizes[0].items, results.sizes[1].items]]);
    for (const ratio of Object.values(results.growth[0].ratios)) assert.ok(Number.isFinite(ratio) && ratio > 0);
    assert.ok(results.targets.length > 0 && results.targets.every((target) => Number.isFinite(target.value)));
    const table = formatTable(results);
    for (const label of ['check / floor', 'check / markdownlint', 'initialized → all diagnostics', 'cross-file edit p95', 'check peak RSS', 'completion of ids after indexing p95',
      'server: peak RSS', `growth | ${results.growth[0].fromItems} → ${results.growth[0].toItems} items`]) {
      assert.ok(table.includes(label), `table shows ${label}`);
    }
  });
});
