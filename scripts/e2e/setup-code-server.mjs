#!/usr/bin/env node
// Installs code-server (the real VS Code workbench + extension host, from npm only) into
// .vscode-test/code-server/. Idempotent: a marker file records a finished install, so a
// second run only refreshes the ripgrep binary. See /work/shared/vscode-e2e.md for why the
// install scripts are skipped and the native modules rebuilt by hand.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
export const installDir = path.join(repoRoot, '.vscode-test', 'code-server');
export const codeServerEntry = path.join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const markerFile = path.join(installDir, 'installed.json');
const vscodeDir = path.join(installDir, 'node_modules', 'code-server', 'lib', 'vscode');
const quietInstall = ['--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save'];

function log(message) {
  process.stderr.write(`[setup-code-server] ${message}\n`);
}

function npm(args, cwd, extraEnv = {}) {
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...extraEnv } });
}

function timed(label, action) {
  const started = Date.now();
  action();
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function isInstalled() {
  if (!existsSync(markerFile) || !existsSync(codeServerEntry)) return false;
  return JSON.parse(readFileSync(markerFile, 'utf8')).version === CODE_SERVER_VERSION;
}

function findRipgrep() {
  const found = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

// Quick open (Ctrl+P), workspace.findFiles and search need rg; npm's ripgrep wrappers
// download it, so it comes from the system (Debian: apt-get install ripgrep). Without it,
// a Node stand-in lists files (findFiles and quick open work) and text search fails.
function installRipgrep() {
  const rg = findRipgrep();
  const target = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!rg) log('no rg on PATH: using the file-listing fallback, text search unavailable (apt-get install -y ripgrep)');
  const fallback = path.join(repoRoot, 'scripts', 'e2e', 'rg-fallback.mjs');
  const wanted = rg ? readFileSync(rg) : Buffer.from(`#!/bin/sh\nexec "${process.execPath}" --no-warnings "${fallback}" "$@"\n`);
  if (existsSync(target) && readFileSync(target).equals(wanted)) return; // a running code-server may be using it
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { force: true });
  writeFileSync(target, wanted, { mode: 0o755 });
}

function installCodeServer() {
  mkdirSync(installDir, { recursive: true });
  writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ private: true }, null, 2));
  timed('code-server package', () =>
    npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], installDir));
  timed('VS Code dependencies', () => {
    npm(['install', ...quietInstall], vscodeDir);
    npm(['install', ...quietInstall], path.join(vscodeDir, 'extensions'));
  });
  // Scripts are blocked by default (npm 11 allowScripts); these rebuilds are the ones we want.
  timed('native modules', () => {
    npm(['rebuild', '--dangerously-allow-all-scripts', '@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', 'native-watchdog', 'node-pty'],
      vscodeDir, { npm_config_yes: 'true' });
    npm(['rebuild', '--dangerously-allow-all-scripts', 'argon2'], installDir);
  });
  const asarLink = path.join(vscodeDir, 'node_modules.asar');
  if (!existsSync(asarLink)) symlinkSync('node_modules', asarLink);
}

const LOCK_STALE_MS = 10 * 60_000;

// Two test runs starting at once on a cold cache must not install into the same folder.
function withInstallLock(action) {
  const lockDir = `${installDir}.lock`;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - statSync(lockDir).mtimeMs > LOCK_STALE_MS) rmSync(lockDir, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return action();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export function setupCodeServer() {
  return withInstallLock(() => {
    const started = Date.now();
    if (!isInstalled()) {
      log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(repoRoot, installDir)}`);
      installCodeServer();
    }
    installRipgrep();
    if (!isInstalled()) {
      writeFileSync(markerFile, JSON.stringify({ version: CODE_SERVER_VERSION }) + '\n');
      log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return codeServerEntry;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) setupCodeServer();
