// Starts and stops a private code-server: free 127.0.0.1 port, fresh user data, extensions
// and config folders in a temp dir (nothing written to the user's home), readiness wait,
// and a process-group kill so no watcher or extension host outlives it.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setupCodeServer } from './setup-code-server.mjs';

const READY_TIMEOUT_MS = 30_000;
// Quiet, offline-friendly defaults: no prompts that cover the Problems panel in screenshots.
const DEFAULT_SETTINGS = {
  'git.openRepositoryInParentFolders': 'never',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};
const STOP_GRACE_MS = 3_000;

function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilAnswering(origin, child, logPath) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode} before answering:\n${readFileSync(logPath, 'utf8')}`);
    }
    try {
      await fetch(`${origin}/healthz`, { redirect: 'manual' });
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`code-server did not answer on ${origin} within ${READY_TIMEOUT_MS / 1000} s (log: ${logPath})`);
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Installs .vsix files into an extensions folder with code-server's own CLI (offline). */
function installVsix(entry, extensionsDir, vsixPaths, env) {
  for (const vsix of vsixPaths) {
    execFileSync(process.execPath, [entry, '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix)],
      { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

/**
 * @param {{ folder?: string, vsix?: string[], settings?: object, env?: object, echoLog?: boolean, port?: number, workspaceTrust?: boolean }} options
 *   folder: opened by default at `/`; vsix: installed before start; settings: user settings
 *   over the defaults; env: extra environment (the extension host inherits it);
 *   echoLog: copy the log to stderr; workspaceTrust: keep workspace trust on, so folders
 *   open in Restricted Mode (by default it is disabled: every folder is trusted).
 */
export async function startCodeServer({ folder, vsix = [], settings = {}, env: extraEnv = {}, echoLog = false, port, workspaceTrust = false } = {}) {
  const entry = setupCodeServer();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'idstudio-code-server-'));
  const userDataDir = path.join(tempDir, 'user');
  const extensionsDir = path.join(tempDir, 'extensions');
  const env = { ...process.env, ...extraEnv, XDG_CONFIG_HOME: path.join(tempDir, 'config'), XDG_DATA_HOME: path.join(tempDir, 'data') };
  installVsix(entry, extensionsDir, vsix, env);
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));

  const chosenPort = port ?? (await findFreePort());
  const origin = `http://127.0.0.1:${chosenPort}`;
  const logPath = path.join(tempDir, 'code-server.log');
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...(folder ? [path.resolve(folder)] : [])];
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = createWriteStream(logPath);
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(logFile, { end: false });
    if (echoLog) stream.pipe(process.stderr, { end: false });
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped;
  async function stop({ keepTemp = false } = {}) {
    stopped ??= (async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const forceKill = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(forceKill);
        killGroup(child, 'SIGKILL'); // stragglers of the group (extension hosts, watchers)
      }
      logFile.end();
      if (!keepTemp) rmSync(tempDir, { recursive: true, force: true });
    })();
    return stopped;
  }

  try {
    await waitUntilAnswering(origin, child, logPath);
  } catch (error) {
    await stop({ keepTemp: true });
    throw error;
  }

  const remoteRoot = `vscode-remote://127.0.0.1:${chosenPort}`;
  return {
    origin,
    tempDir,
    logPath,
    extensionsDir,
    readLog: () => readFileSync(logPath, 'utf8'),
    /** Settles with the exit code (or signal) when code-server ends. */
    exited,
    /**
     * Workbench URL opening `folder`, with the launch arguments that @vscode/test-electron
     * would pass to desktop VS Code (local paths; they become vscode-remote URIs here).
     * @param {{ folder?: string, extensionDevelopmentPath?: string, extensionTestsPath?: string }} options
     */
    workbenchUrl({ folder: openFolder = folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const launchArguments = [['skipWelcome', 'true']];
      if (extensionDevelopmentPath) launchArguments.push(['extensionDevelopmentPath', remoteRoot + path.resolve(extensionDevelopmentPath)]);
      if (extensionTestsPath) launchArguments.push(['extensionTestsPath', remoteRoot + path.resolve(extensionTestsPath)]);
      const query = new URLSearchParams();
      if (openFolder) query.set('folder', path.resolve(openFolder));
      query.set('payload', JSON.stringify(launchArguments));
      return `${origin}/?${query}`;
    },
    stop,
  };
}
