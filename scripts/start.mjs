#!/usr/bin/env node
// `npm start`: install (when needed), build, and open sample-workspace in a real VS Code with
// this extension loaded. Desktop VS Code when `code` is on PATH; otherwise a private
// code-server on 127.0.0.1 whose URL is printed. Ctrl-C stops what this script started.
// Options: --code-server (use code-server even where `code` exists), --port N.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startCodeServer } from './e2e/code-server.mjs';
import { repoRoot, sampleWorkspace } from './e2e/paths.mjs';
import { CODE_SERVER_VERSION } from './e2e/setup-code-server.mjs';

function say(message) {
  process.stdout.write(`${message}\n`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    say(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function optionValue(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function openInDesktopVsCode() {
  say('Opening sample-workspace in VS Code (Extension Development Host). Close that window or press Ctrl-C to finish.');
  const code = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${repoRoot}`, sampleWorkspace], { stdio: 'inherit' });
  process.on('SIGINT', () => code.kill('SIGTERM'));
  code.on('exit', (status) => process.exit(status ?? 0));
}

async function openInCodeServer() {
  say(`No \`code\` command: starting code-server ${CODE_SERVER_VERSION} (first run installs it, about a minute)...`);
  const portOption = optionValue('--port');
  const server = await startCodeServer({ folder: sampleWorkspace, port: portOption ? Number(portOption) : undefined });
  let stopping = false;
  const stop = async (exitCode) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping code-server...');
    await server.stop();
    process.exit(exitCode);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.exited.then((status) => {
    if (stopping) return;
    say(`code-server stopped unexpectedly (${status}); its log:\n${server.readLog()}`);
    process.exit(1);
  });
  say('');
  say('sample-workspace is open in VS Code (code-server) with the extension loaded. Open this URL in a browser:');
  say('');
  say(`  ${server.workbenchUrl({ extensionDevelopmentPath: repoRoot })}`);
  say('');
  say(`Server log: ${server.logPath}`);
  say('Press Ctrl-C to stop.');
}

if (!existsSync(path.join(repoRoot, 'node_modules', '.package-lock.json'))) run('npm', ['install', '--no-audit', '--no-fund']);
run('npm', ['run', 'build']);
if (!existsSync(sampleWorkspace)) {
  say(`missing ${sampleWorkspace}`);
  process.exit(1);
}
if (hasCommand('code') && !process.argv.includes('--code-server')) openInDesktopVsCode();
else await openInCodeServer();
