// Compares what the language server published with what a fresh `idstudio check` of the same files says.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { PROJECT_ROOT, fileUri, type LspTestClient } from './client';

const SEVERITIES: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

interface CliProblem {
  file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string;
}

/** Every finding by document URI, as sortable one-line strings (0-based positions, LSP severities). */
export type FindingsByUri = Map<string, string[]>;

function line(range: Diagnostic['range'], severity: number | undefined, code: unknown, message: string): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${severity} ${code} ${message}`;
}

/** Runs `idstudio check PATH --format json` in `cwd` and groups the problems by URI. */
export function freshCheck(cwd: string, target = '.'): FindingsByUri {
  const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli.js'), 'check', target, '--format', 'json'], { cwd, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`idstudio check failed (${run.status}): ${run.stderr}`);
  const byUri: FindingsByUri = new Map();
  for (const problem of JSON.parse(run.stdout) as CliProblem[]) {
    const uri = fileUri(path.join(cwd, problem.file));
    const range = { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.endLine - 1, character: problem.endColumn - 1 } };
    byUri.set(uri, [...(byUri.get(uri) ?? []), line(range, SEVERITIES[problem.severity], problem.code, problem.message)]);
  }
  for (const findings of byUri.values()) findings.sort();
  return byUri;
}

/** What the client holds now: the non-empty diagnostics of documents under `folder`. */
export function publishedUnder(client: LspTestClient, folder: string): FindingsByUri {
  const prefix = `${fileUri(folder)}/`;
  const byUri: FindingsByUri = new Map();
  for (const [uri, diagnostics] of client.diagnostics) {
    if (!uri.startsWith(prefix) || diagnostics.length === 0) continue;
    byUri.set(uri, diagnostics.map(d => line(d.range, d.severity, d.code, d.message)).sort());
  }
  return byUri;
}

/**
 * Waits until the server has applied everything sent so far: a design-tree request is answered only once
 * the queued workspace changes are applied and pending edits published.
 */
export async function barrier(client: LspTestClient): Promise<void> {
  await client.request('idstudio/designTree', {});
}

/** Sorted entries, for deepEqual with a readable diff. */
export function entries(byUri: FindingsByUri): [string, string[]][] {
  return [...byUri].sort(([a], [b]) => a.localeCompare(b));
}
