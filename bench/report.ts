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

/** How the figures grew from one size to the next one measured. */
export interface Growth {
  fromItems: number;
  toItems: number;
  /** allowed ratio: 1.1 × the item ratio (4.4× for 5,000 → 20,000, 5.5× for 20,000 → 100,000) */
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
  /** one step per pair of consecutive sizes */
  growth: Growth[];
  targets: TargetCheck[];
}

/** A target: at one size, or (without `at`) at every size that has no target of its own. */
interface Limit {
  value: number;
  at?: number;
}

interface Row {
  label: string;
  value: (size: SizeResult) => number;
  format: (value: number) => string;
  limits?: Limit[];
}

function limitAt(row: Row, items: number): number | undefined {
  const limits = row.limits ?? [];
  return (limits.find((limit) => limit.at === items) ?? limits.find((limit) => limit.at === undefined))?.value;
}

const ms = (value: number): string => (Number.isNaN(value) ? '—' : `${Math.round(value)} ms`);
const ratio = (value: number): string => (Number.isNaN(value) ? '—' : value.toFixed(2));
const count = (value: number): string => value.toLocaleString('en-US');
const mb = (value: number): string => `${value.toFixed(0)} MB`;

const ROWS: Row[] = [
  { label: 'items', value: (s) => s.items, format: count },
  { label: 'files', value: (s) => s.files, format: count },
  { label: 'design documents', value: (s) => s.designFiles, format: count },
  { label: 'size', value: (s) => s.megabytes, format: (v) => `${v.toFixed(1)} MB` },
  { label: 'machine load (1-min average) before', value: (s) => s.loadAverage, format: (v) => v.toFixed(2) },
  { label: 'check diagnostics', value: (s) => Object.values(s.cli.checkDiagnostics).reduce((a, b) => a + b, 0), format: count },
  { label: 'CLI: idstudio check', value: (s) => s.cli.checkMs, format: ms, limits: [{ value: 4000, at: 100000 }] },
  { label: 'CLI: idstudio check peak RSS', value: (s) => s.cli.checkPeakRssMb, format: mb },
  { label: 'CLI: floor (remark + yaml parse)', value: (s) => s.cli.floorMs, format: ms },
  { label: 'CLI: markdownlint-cli2', value: (s) => s.cli.markdownlintMs, format: ms },
  { label: 'check / floor', value: (s) => s.cli.checkOverFloor, format: ratio, limits: [{ value: 1 }] },
  { label: 'check / markdownlint', value: (s) => s.cli.checkOverMarkdownlint, format: ratio, limits: [{ value: 0.5 }] },
  { label: 'server: start-up (spawn → initialize result)', value: (s) => s.server.startupMs, format: ms },
  { label: 'server: initialized → all diagnostics', value: (s) => s.server.initialDiagnosticsMs, format: ms, limits: [{ value: 1500, at: 5000 }, { value: 6000, at: 100000 }] },
  { label: 'server: files with diagnostics published', value: (s) => s.server.filesPublished, format: count },
  { label: 'server: requests answered while indexing (hover, completion, definition in turn)', value: (s) => s.server.whileIndexing.all.count, format: count },
  { label: 'server: hover while indexing p95', value: (s) => s.server.whileIndexing.hover.p95Ms, format: ms, limits: [{ value: 100 }] },
  { label: 'server: completion while indexing p95', value: (s) => s.server.whileIndexing.completion.p95Ms, format: ms, limits: [{ value: 100 }] },
  { label: 'server: definition while indexing p95', value: (s) => s.server.whileIndexing.definition.p95Ms, format: ms, limits: [{ value: 100 }] },
  { label: 'server: any request while indexing p95', value: (s) => s.server.whileIndexing.all.p95Ms, format: ms, limits: [{ value: 100 }] },
  { label: 'server: any request while indexing max', value: (s) => s.server.whileIndexing.all.maxMs, format: ms },
  { label: 'server: completion of ids after indexing p95', value: (s) => s.server.completionAfterIndexing.p95Ms, format: ms, limits: [{ value: 100 }] },
  { label: 'server: local edit p50', value: (s) => s.server.localEdit.p50Ms, format: ms },
  { label: 'server: local edit p95', value: (s) => s.server.localEdit.p95Ms, format: ms, limits: [{ value: 25 }] },
  { label: 'server: local edit max', value: (s) => s.server.localEdit.maxMs, format: ms },
  { label: 'server: cross-file edit p50', value: (s) => s.server.crossFileEdit.p50Ms, format: ms },
  { label: 'server: cross-file edit p95', value: (s) => s.server.crossFileEdit.p95Ms, format: ms, limits: [{ value: 50 }] },
  { label: 'server: cross-file edit max', value: (s) => s.server.crossFileEdit.maxMs, format: ms },
  {
    label: 'server: peak RSS (VmHWM)', value: (s) => s.server.peakRssMb, format: mb,
    limits: [{ value: 120, at: 5000 }, { value: 200, at: 20000 }, { value: 350, at: 100000 }],
  },
];

/** What growth compares from one size to the next. */
const GROWTH: Record<string, (size: SizeResult) => number> = {
  checkMs: (s) => s.cli.checkMs,
  checkPeakRssMb: (s) => s.cli.checkPeakRssMb,
  initialDiagnosticsMs: (s) => s.server.initialDiagnosticsMs,
  localEditP95Ms: (s) => s.server.localEdit.p95Ms,
  crossFileEditP95Ms: (s) => s.server.crossFileEdit.p95Ms,
  peakRssMb: (s) => s.server.peakRssMb,
};

/** Growth over each step between consecutive sizes (ascending). */
export function growth(sizes: readonly SizeResult[]): Growth[] {
  const sorted = [...sizes].sort((a, b) => a.requestedItems - b.requestedItems);
  return sorted.slice(1).map((to, index) => {
    const from = sorted[index];
    const ratios = Object.fromEntries(Object.entries(GROWTH).map(([name, value]) => [name, value(to) / value(from)]));
    return { fromItems: from.items, toItems: to.items, limit: 1.1 * (to.items / from.items), ratios };
  });
}

export function targetChecks(sizes: readonly SizeResult[], steps: readonly Growth[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const row of ROWS) {
    for (const size of sizes) {
      const limit = limitAt(row, size.requestedItems);
      const value = row.value(size);
      if (limit === undefined || Number.isNaN(value)) continue; // not measured (markdownlint skipped)
      checks.push({ name: row.label, items: size.requestedItems, value, limit, met: value <= limit });
    }
  }
  for (const step of steps) {
    for (const [name, value] of Object.entries(step.ratios)) {
      checks.push({ name: `growth ${name} ${step.fromItems} → ${step.toItems}`, value, limit: step.limit, met: value <= step.limit });
    }
  }
  return checks;
}

function mark(row: Row, size: SizeResult): string {
  const limit = limitAt(row, size.requestedItems);
  if (limit === undefined || Number.isNaN(row.value(size))) return '';
  return row.value(size) <= limit ? ' ✓' : ' ✗';
}

/** The targets of a row, for its last column: "≤ 120 MB at 5,000; ≤ 200 MB". */
function targetsOf(row: Row): string {
  return (row.limits ?? []).map((limit) => `≤ ${row.format(limit.value)}${limit.at === undefined ? '' : ` at ${count(limit.at)}`}`).join('; ');
}

function markdownTable(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}

export function formatTable(results: BenchResults): string {
  const header = ['metric', ...results.sizes.map((s) => `${count(s.requestedItems)} items`), 'target'];
  const rows = ROWS.map((row) => [row.label, ...results.sizes.map((size) => row.format(row.value(size)) + mark(row, size)), targetsOf(row)]);
  const sizeTable = `${markdownTable(header, rows)}\n\nEdits: ${results.edits.count} of each kind, ${results.edits.gaps} apart.`;
  if (results.growth.length === 0) return sizeTable;
  const stepHeader = ['growth', ...results.growth.map((step) => `${count(step.fromItems)} → ${count(step.toItems)} items`)];
  const growthRows = Object.keys(GROWTH).map((name) => [name, ...results.growth.map((step) =>
    `${step.ratios[name].toFixed(2)}×${step.ratios[name] <= step.limit ? ' ✓' : ' ✗'}`)]);
  const limitRow = ['target (1.1 × the item ratio)', ...results.growth.map((step) => `≤ ${step.limit.toFixed(1)}×`)];
  return `${sizeTable}\n\n${markdownTable(stepHeader, [...growthRows, limitRow])}`;
}
