#!/usr/bin/env node
// Runs the browser scenarios (test/e2e/*.e2e.ts) against the built extension in code-server,
// driven by playwright-core. Nothing is downloaded except from npm (code-server on first
// use). Screenshots land in test-results/e2e/. Extra arguments go to mocha (e.g. --grep).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stalePackage } from '../dist-freshness.mjs';
import { chooseChromium } from './browser.mjs';
import { repoRoot, testResultsDir } from './paths.mjs';
import { setupCodeServer } from './setup-code-server.mjs';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const stale = stalePackage();
if (stale) {
  console.error(stale);
  process.exit(1);
}
setupCodeServer();
const chromium = await chooseChromium();
console.log(`browser: ${chromium.origin} (${chromium.executablePath}); ready after ${seconds(started)}`);
rmSync(path.join(testResultsDir, 'e2e'), { recursive: true, force: true });

const mocha = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');
const result = spawnSync(process.execPath, [mocha, '--no-config', '--ui', 'tdd', '--require', 'tsx',
  '--require', 'test/e2e/workbench.ts', '--timeout', '120000', '--reporter', 'spec', '--fail-zero',
  ...(process.env.CI ? ['--forbid-only'] : []),
  ...process.argv.slice(2), 'test/e2e/*.e2e.ts'], { cwd: repoRoot, stdio: 'inherit' });
console.log(`e2e took ${seconds(started)}; screenshots in ${path.relative(repoRoot, path.join(testResultsDir, 'e2e'))}/`);
process.exit(result.status ?? 1);
