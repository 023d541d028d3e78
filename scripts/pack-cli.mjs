#!/usr/bin/env node
// Builds the `idstudio` command line as its own npm package, for other repositories' CI:
//   npm run pack:cli  →  dist/idstudio-cli-<version>.tgz, installed with `npm install -D <that file>`.
// The CLI is one self-contained esbuild bundle, so the package has no dependencies.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAGE = path.join(ROOT, 'dist', 'cli-package');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
rmSync(STAGE, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
copyFileSync(path.join(ROOT, 'dist', 'cli.js'), path.join(STAGE, 'cli.js'));
copyFileSync(path.join(ROOT, 'LICENSE'), path.join(STAGE, 'LICENSE'));
writeFileSync(path.join(STAGE, 'README.md'), `# idstudio-cli

The command line of Instructional Design Studio: checks instructional design documents (Markdown with
YAML front matter, the 12 steps of Learning for Performance) in CI, with text, JSON and SARIF output.

    npx idstudio check [paths...] [--format text|json|sarif] [--max-warnings N] [--quiet] [--output-file FILE]
    npx idstudio check --help

See ${manifest.homepage} for the rules and the design format.
`);
writeFileSync(path.join(STAGE, 'package.json'), `${JSON.stringify({
  name: 'idstudio-cli',
  version: manifest.version,
  description: 'Check instructional design documents (Learning for Performance, 12 steps) in CI: text, JSON and SARIF reports.',
  license: manifest.license,
  repository: manifest.repository,
  homepage: manifest.homepage,
  keywords: ['instructional design', 'lint', 'sarif', 'learning objectives', 'markdown', 'front matter'],
  bin: { idstudio: 'cli.js' },
  files: ['cli.js', 'README.md', 'LICENSE'],
  engines: { node: manifest.engines.node },
}, null, 2)}\n`);
const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', path.join(ROOT, 'dist')], { cwd: STAGE, encoding: 'utf8' }).trim();
console.log(path.relative(ROOT, path.join(ROOT, 'dist', packed.split('\n').at(-1))));
