// The command line as another repository gets it: `npm install -D` of the packed tarball in a scratch
// project outside this repository, then `npx idstudio` there.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the idstudio-cli npm package', function () {
  this.timeout(180_000);
  let project: string;
  let tarball: string;

  before(() => {
    tarball = path.join(ROOT, execFileSync('npm', ['run', '--silent', 'pack:cli'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!);
    project = mkdtempSync(path.join(tmpdir(), 'idstudio-scratch-'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }));
    mkdirSync(path.join(project, 'design'));
    writeFileSync(path.join(project, 'design', 'objectives.md'),
      '---\ntype: objective\nid: OBJ-1\nstatement: Understand hand hygiene.\nskills: [SK-1]\n---\n');
    // No registry needed: the package has no dependencies.
    execFileSync('npm', ['install', '-D', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'idstudio', ...args], { cwd: project, encoding: 'utf8' });

  it('holds only the bundled CLI, its README and licence, with no dependencies', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(files, ['package/LICENSE', 'package/README.md', 'package/cli.js', 'package/package.json']);
    const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules', 'idstudio-cli', 'package.json'), 'utf8'));
    assert.deepEqual(manifest.bin, { idstudio: 'cli.js' });
    assert.equal(manifest.dependencies, undefined);
    assert.equal(JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')).devDependencies['idstudio-cli'].startsWith('file:'), true);
  });

  it('runs as npx idstudio in the scratch project: version, and a check with the right exit code', () => {
    assert.equal(npx(['--version']).stdout, `${version}\n`);
    const check = npx(['check', 'design', '--format', 'json']);
    assert.equal(check.status, 1, check.stderr);
    const codes = new Set(JSON.parse(check.stdout).map((problem: { code: string }) => problem.code));
    assert.ok(codes.has('unknown-reference') && codes.has('objective-not-measurable'), [...codes].join(', '));
    const sarif = npx(['check', 'design', '-f', 'sarif', '-o', 'idstudio.sarif']);
    assert.equal(sarif.status, 1);
    assert.equal(JSON.parse(readFileSync(path.join(project, 'idstudio.sarif'), 'utf8')).version, '2.1.0');
  });
});
