import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBundlesFresh } from '../../scripts/dist-freshness.mjs';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'cli');
export const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');

/** One problem of `--format json`, as the contract shapes it. */
export interface JsonProblem {
  file: string; line: number; column: number; endLine: number; endColumn: number;
  severity: string; code: string; message: string;
}

export interface Run { status: number | null; stdout: string; stderr: string }

/** Builds dist/ when it is missing or older than any source, so the tests run the real, current bin. */
export function ensureBuilt(): void {
  ensureBundlesFresh();
}

/** Runs `idstudio ARGS` in a folder, with pipes (not a TTY) and no colour forced by the environment. */
export function idstudio(args: readonly string[], cwd = FIXTURES): Run {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8' });
  return { status, stdout, stderr };
}

/** Runs `idstudio ARGS --format json` and parses the report. */
export function idstudioJson(args: readonly string[], cwd = FIXTURES): { status: number | null; problems: JsonProblem[]; stderr: string } {
  const run = idstudio([...args, '--format', 'json'], cwd);
  return { status: run.status, problems: JSON.parse(run.stdout) as JsonProblem[], stderr: run.stderr };
}
