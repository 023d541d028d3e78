// Launches a headless Chromium for playwright-core without any download at test time:
// @sparticuz/chromium (npm, ships a compressed Chromium) unpacked once into
// .vscode-test/, or Debian's /usr/bin/chromium when the npm one is unavailable.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from './paths.mjs';
import { chromium as playwrightChromium } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const COMMON_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

async function importSparticuz() {
  try {
    return (await import('@sparticuz/chromium')).default;
  } catch {
    return undefined;
  }
}

/** The package's own package.json: the nearest one above its entry point (whose depth varies by release). */
function sparticuzManifest() {
  for (let folder = path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')); ; folder = path.dirname(folder)) {
    const file = path.join(folder, 'package.json');
    const manifest = existsSync(file) && JSON.parse(readFileSync(file, 'utf8'));
    if (manifest?.name === '@sparticuz/chromium') return manifest;
    if (path.dirname(folder) === folder) throw new Error('@sparticuz/chromium has no package.json');
  }
}

// The package unpacks into os.tmpdir() and trusts any file already there, so two runs
// at once could start a half-written binary: unpack into a private folder, then rename
// it into place in one step.
async function unpackSparticuz(sparticuz) {
  const { version } = sparticuzManifest();
  const cacheDir = path.join(repoRoot, '.vscode-test', `sparticuz-chromium-${version}`);
  const executable = path.join(cacheDir, 'chromium');
  if (existsSync(executable)) return executable;
  const stagingParent = path.join(repoRoot, '.vscode-test');
  const stagingDir = mkdtempSync(path.join(stagingParent, '.chromium-unpack-'));
  const savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = stagingDir;
  try {
    await sparticuz.executablePath();
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    renameSync(stagingDir, cacheDir);
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    if (!existsSync(executable)) throw error;
  }
  return executable;
}

/** Which Chromium to run: IDSTUDIO_CHROMIUM wins, then the npm one, then Debian's. */
export async function chooseChromium() {
  const override = process.env.IDSTUDIO_CHROMIUM;
  if (override) return { executablePath: override, flags: COMMON_FLAGS, origin: 'IDSTUDIO_CHROMIUM' };
  const sparticuz = await importSparticuz();
  if (sparticuz) {
    // Not its Lambda flags (--single-process, --disable-web-security): the workbench gets the
    // normal process model; swiftshader sits next to the binary for software rendering.
    const flags = [...COMMON_FLAGS, '--no-zygote', '--use-gl=angle', '--use-angle=swiftshader'];
    return { executablePath: await unpackSparticuz(sparticuz), flags, origin: '@sparticuz/chromium' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, flags: COMMON_FLAGS, origin: SYSTEM_CHROMIUM };
  throw new Error('No Chromium: install @sparticuz/chromium (npm) or Debian chromium (apt-get install -y chromium)');
}

export async function launchBrowser() {
  const { executablePath, flags } = await chooseChromium();
  return playwrightChromium.launch({ executablePath, args: flags, headless: true });
}
