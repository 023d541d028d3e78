// Whether dist/ was built from the sources as they are now: suites that run the bundles (protocol, CLI,
// bench smoke, e2e) must not pass on a stale build. Compares modification times, which a fresh clone
// sets to the checkout time and every build refreshes.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What `npm run build` reads to write dist/client.js and dist/cli.js. */
const BUNDLE_SOURCES = ['server/src', 'client/src', 'package.json', 'scripts/build.mjs'];
const BUNDLES = ['dist/client.js', 'dist/cli.js'];

/** What `npm run package` puts into dist/idstudio.vsix besides the bundles. */
const PACKAGE_SOURCES = [...BUNDLE_SOURCES, 'README.md', 'CHANGELOG.md', 'LICENSE', 'media', 'syntaxes', 'snippets', 'schemas', '.vscodeignore'];

function newestTime(root, relative) {
  const full = path.join(root, relative);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(full).map(entry => newestTime(root, path.join(relative, entry))));
}

function builtTime(root, relative) {
  try {
    return statSync(path.join(root, relative)).mtimeMs;
  } catch {
    return -1;
  }
}

/** The outputs (paths relative to root) that are missing or older than the newest of their sources. */
export function staleOutputs(outputs, sources, root = ROOT) {
  const newest = Math.max(...sources.map(source => newestTime(root, source)));
  return outputs.filter(output => builtTime(root, output) < newest);
}

/** Builds dist/ (as `npm run build`) when a bundle is missing or older than a source; throws if the build fails. */
export function ensureBundlesFresh(log = message => process.stderr.write(`${message}\n`)) {
  const stale = staleOutputs(BUNDLES, BUNDLE_SOURCES);
  if (stale.length === 0) return;
  log(`${stale.join(', ')} missing or older than the sources: building`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}

/** Why the packaged extension cannot be trusted (missing or older than a source), or undefined when it is current. */
export function stalePackage() {
  const stale = staleOutputs([...BUNDLES, 'dist/idstudio.vsix'], PACKAGE_SOURCES);
  return stale.length ? `${stale.join(', ')} missing or older than the sources: run \`npm run package\` first` : undefined;
}
