import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'cli');
export const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');

/** One problem of `--format json`, as the contract shapes it. */
export interface JsonProblem {
  file: string; line: number; column: number; endLine: number; endColumn: number;
  severity: string; code: string; message: string;
}

export interface Run { status: number | null; stdout: string; stderr: string }

function newestSourceTime(folder: string): number {
  return Math.max(0, ...readdirSync(folder, { withFileTypes: true }).map(entry => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs;
  }));
}

/** Builds dist/cli.js when it is missing or older than any server source, so the tests run the real bin. */
export function ensureBuilt(): void {
  const built = (() => {
    try {
      return statSync(CLI).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(newestSourceTime(path.join(PROJECT_ROOT, 'server', 'src')), statSync(path.join(PROJECT_ROOT, 'package.json')).mtimeMs);
  if (built > sources) return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
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
