import type { CliFigures } from './cli-bench';
import type { ServerFigures } from './server-bench';

export interface SizeResult {
  requestedItems: number;
  items: number;
  files: number;
  designFiles: number;
  megabytes: number;
  /** 1-minute load average before this size was measured: the machine may be shared */
  loadAverage: number;
  injectedProblems: Record<string, number>;
  cli: CliFigures;
  server: ServerFigures;
}

export interface Growth {
  fromItems: number;
  toItems: number;
  /** allowed ratio: 1.1 × the item ratio (4.4× for 5,000 → 20,000) */
  limit: number;
  ratios: Record<string, number>;
}

export interface TargetCheck {
  name: string;
  items?: number;
  value: number;
  limit: number;
  met: boolean;
}

export interface BenchResults {
  startedAt: string;
  node: string;
  cpus: number;
  /** edits per kind, and the pauses between them */
  edits: { count: number; gaps: string };
  sizes: SizeResult[];
  growth?: Growth;
  targets: TargetCheck[];
}

interface Row {
  label: string;
  value: (size: SizeResult) => number;
  format: (value: number) => string;
  /** the target, and the one size it is stated for (all sizes when absent) */
  limit?: number;
  onlyAt?: number;
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const ratio = (value: number): string => value.toFixed(2);
const count = (value: number): string => value.toLocaleString('en-US');

const ROWS: Row[] = [
  { label: 'items', value: (s) => s.items, format: count },
  { label: 'files', value: (s) => s.files, format: count },
  { label: 'design documents', value: (s) => s.designFiles, format: count },
  { label: 'size', value: (s) => s.megabytes, format: (v) => `${v.toFixed(1)} MB` },
  { label: 'machine load (1-min average) before', value: (s) => s.loadAverage, format: (v) => v.toFixed(2) },
  { label: 'check diagnostics', value: (s) => Object.values(s.cli.checkDiagnostics).reduce((a, b) => a + b, 0), format: count },
  { label: 'CLI: idstudio check', value: (s) => s.cli.checkMs, format: ms },
  { label: 'CLI: floor (remark + yaml parse)', value: (s) => s.cli.floorMs, format: ms },
  { label: 'CLI: markdownlint-cli2', value: (s) => s.cli.markdownlintMs, format: ms },
  { label: 'check / floor', value: (s) => s.cli.checkOverFloor, format: ratio, limit: 1 },
  { label: 'check / markdownlint', value: (s) => s.cli.checkOverMarkdownlint, format: ratio, limit: 0.5 },
  { label: 'server: start-up (spawn → initialize result)', value: (s) => s.server.startupMs, format: ms },
  { label: 'server: initialized → all diagnostics', value: (s) => s.server.initialDiagnosticsMs, format: ms, limit: 1500, onlyAt: 5000 },
  { label: 'server: files with diagnostics published', value: (s) => s.server.filesPublished, format: count },
  { label: 'server: local edit p50', value: (s) => s.server.localEdit.p50Ms, format: ms },
  { label: 'server: local edit p95', value: (s) => s.server.localEdit.p95Ms, format: ms, limit: 25 },
  { label: 'server: local edit max', value: (s) => s.server.localEdit.maxMs, format: ms },
  { label: 'server: cross-file edit p50', value: (s) => s.server.crossFileEdit.p50Ms, format: ms },
  { label: 'server: cross-file edit p95', value: (s) => s.server.crossFileEdit.p95Ms, format: ms, limit: 50 },
  { label: 'server: cross-file edit max', value: (s) => s.server.crossFileEdit.maxMs, format: ms },
  { label: 'server: peak RSS (VmHWM)', value: (s) => s.server.peakRssMb, format: (v) => `${v.toFixed(0)} MB`, limit: 200 },
];

/** What growth compares between the two largest sizes. */
const GROWTH: Record<string, (size: SizeResult) => number> = {
  checkMs: (s) => s.cli.checkMs,
  initialDiagnosticsMs: (s) => s.server.initialDiagnosticsMs,
  localEditP95Ms: (s) => s.server.localEdit.p95Ms,
  crossFileEditP95Ms: (s) => s.server.crossFileEdit.p95Ms,
  peakRssMb: (s) => s.server.peakRssMb,
};

/** Growth from 5,000 to 20,000 items, or between the two largest sizes measured. */
export function growth(sizes: readonly SizeResult[]): Growth | undefined {
  const sorted = [...sizes].sort((a, b) => a.requestedItems - b.requestedItems);
  const to = sorted.find((s) => s.requestedItems === 20000) ?? sorted[sorted.length - 1];
  const from = sorted.find((s) => s.requestedItems === 5000 && s !== to) ?? sorted[sorted.indexOf(to) - 1];
  if (!from || !to) return undefined;
  const ratios = Object.fromEntries(Object.entries(GROWTH).map(([name, value]) => [name, value(to) / value(from)]));
  return { fromItems: from.items, toItems: to.items, limit: 1.1 * (to.items / from.items), ratios };
}

export function targetChecks(sizes: readonly SizeResult[], grown?: Growth): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const row of ROWS) {
    if (row.limit === undefined) continue;
    for (const size of sizes) {
      if (row.onlyAt !== undefined && size.requestedItems !== row.onlyAt) continue;
      const value = row.value(size);
      checks.push({ name: row.label, items: size.requestedItems, value, limit: row.limit, met: value <= row.limit });
    }
  }
  for (const [name, value] of Object.entries(grown?.ratios ?? {})) {
    checks.push({ name: `growth ${name}`, value, limit: grown!.limit, met: value <= grown!.limit });
  }
  return checks;
}

function mark(row: Row, size: SizeResult): string {
  if (row.limit === undefined || (row.onlyAt !== undefined && row.onlyAt !== size.requestedItems)) return '';
  return row.value(size) <= row.limit ? ' ✓' : ' ✗';
}

function markdownTable(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

export function formatTable(results: BenchResults): string {
  const header = ['metric', ...results.sizes.map((s) => `${count(s.requestedItems)} items`), 'target'];
  const rows = ROWS.map((row) => [
    row.label,
    ...results.sizes.map((size) => row.format(row.value(size)) + mark(row, size)),
    row.limit === undefined ? '' : `≤ ${row.format(row.limit)}${row.onlyAt ? ` at ${count(row.onlyAt)}` : ''}`,
  ]);
  const sizeTable = `${markdownTable(header, rows)}\n\nEdits: ${results.edits.count} of each kind, ${results.edits.gaps} apart.`;
  const { growth: grown } = results;
  if (!grown) return sizeTable;
  const growthRows = Object.entries(grown.ratios).map(([name, value]) =>
    [name, `${value.toFixed(2)}×${value <= grown.limit ? ' ✓' : ' ✗'}`, `≤ ${grown.limit.toFixed(1)}×`]);
  const growthTable = markdownTable([`growth ${count(grown.fromItems)} → ${count(grown.toItems)} items`, 'ratio', 'target'], growthRows);
  return `${sizeTable}\n\n${growthTable}`;
}
