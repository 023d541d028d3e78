import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats';

/**
 * Wall time of whole processes over one workspace: `idstudio check`, the
 * parse-only floor, and markdownlint-cli2 (all on the same files, same run).
 */

export interface CliFigures {
  checkMs: number;
  floorMs: number;
  markdownlintMs: number;
  checkOverFloor: number;
  checkOverMarkdownlint: number;
  /** peak RSS of the `check` process (the largest of the runs), MB */
  checkPeakRssMb: number;
  /** how many diagnostics `check` reported, by rule code: a sanity check that it did the work */
  checkDiagnostics: Record<string, number>;
  markdownlintFindings: number;
  runs: number;
}

interface Finished {
  ms: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({
      ms: performance.now() - started, exitCode,
      stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'),
    }));
  });
}

/** Runs `args`, insisting on one of the expected exit codes. */
async function timed(args: string[], cwd: string, okCodes: readonly number[], env = process.env): Promise<Finished> {
  const finished = await run(args, cwd, env);
  if (!okCodes.includes(finished.exitCode ?? -1)) {
    throw new Error(`${args.join(' ')} exited with ${finished.exitCode}: ${finished.stderr.slice(0, 2000)}`);
  }
  return finished;
}

function countByCode(checkJson: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code } of JSON.parse(checkJson) as { code: string }[]) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

export interface CliTools {
  cli: string;
  /** undefined: not run (their figures are NaN) */
  floor: string | undefined;
  markdownlint: string | undefined;
}

/** `check` preloads a hook that leaves its peak RSS in a file when it exits. */
const MAX_RSS_HOOK = join(__dirname, 'max-rss.cjs');

/** `runs` rounds of the three tools, in rotating order so that none always runs first; medians. */
export async function measureCli(tools: CliTools, workspace: string, runs: number): Promise<CliFigures> {
  const rssDir = mkdtempSync(join(tmpdir(), 'idstudio-rss-'));
  const rssFile = join(rssDir, 'max-rss');
  const checkEnv = { ...process.env, IDSTUDIO_BENCH_MAX_RSS: rssFile };
  const commands = [
    { name: 'check', args: ['--require', MAX_RSS_HOOK, tools.cli, 'check', workspace, '--format', 'json'], okCodes: [0, 1], env: checkEnv },
    ...(tools.floor ? [{ name: 'floor', args: [tools.floor, workspace], okCodes: [0] }] : []),
    ...(tools.markdownlint ? [{ name: 'markdownlint', args: [tools.markdownlint, '**/*.md'], okCodes: [0, 1] }] : []),
  ];
  const times: Record<string, number[]> = { check: [], floor: [], markdownlint: [] };
  const last: Record<string, Finished> = {};
  let checkPeakKb = 0;
  try {
    for (let round = 0; round < runs; round++) {
      for (let index = 0; index < commands.length; index++) {
        const { name, args, okCodes, env } = commands[(round + index) % commands.length];
        last[name] = await timed(args, workspace, okCodes, env);
        times[name].push(last[name].ms);
        if (name === 'check') checkPeakKb = Math.max(checkPeakKb, Number(readFileSync(rssFile, 'utf8')));
      }
    }
  } finally {
    rmSync(rssDir, { recursive: true, force: true });
  }
  const [checkMs, floorMs, markdownlintMs] = ['check', 'floor', 'markdownlint'].map((name) => (times[name].length ? median(times[name]) : NaN));
  return {
    checkMs, floorMs, markdownlintMs,
    checkOverFloor: checkMs / floorMs, checkOverMarkdownlint: checkMs / markdownlintMs, checkPeakRssMb: checkPeakKb / 1024,
    checkDiagnostics: countByCode(last.check.stdout),
    markdownlintFindings: Number(/^Summary: (\d+) error/m.exec(last.markdownlint?.stdout ?? '')?.[1] ?? NaN),
    runs,
  };
}
