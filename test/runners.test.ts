// The test runners themselves: a run that tests nothing, or only part of what it should, must fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { staleOutputs } from '../scripts/dist-freshness.mjs';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = 'test/fixtures/mocha';

/** Runs mocha with the project's configuration, as `npm run test:unit` does. */
function mocha(args: readonly string[], env: Record<string, string> = {}) {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('CI' in env)) delete environment.CI;
  return spawnSync(process.execPath, [require.resolve('mocha/bin/mocha.js'), ...args], { cwd: ROOT, env: environment, encoding: 'utf8' });
}

describe('test runners', function () {
  this.timeout(60_000);

  it('fail a unit run whose filter matches no test', () => {
    assert.equal(mocha([`${FIXTURES}/passing.fixture.ts`]).status, 0);
    assert.notEqual(mocha(['--grep', 'no test has this title', `${FIXTURES}/passing.fixture.ts`]).status, 0);
  });

  it('refuse a stray .only in CI', () => {
    assert.equal(mocha([`${FIXTURES}/only.fixture.ts`]).status, 0, 'allowed while developing');
    const ci = mocha([`${FIXTURES}/only.fixture.ts`], { CI: 'true' });
    assert.notEqual(ci.status, 0);
    assert.match(ci.stderr + ci.stdout, /\.only` forbidden/);
  });

  it('create the grammar tests for both grammar sets, whatever was installed before', () => {
    const dryRun = mocha(['--dry-run', '--reporter', 'json', 'test/grammar/frontmatter.test.ts']);
    assert.equal(dryRun.status, 0, dryRun.stderr);
    const titles: string[] = JSON.parse(dryRun.stdout).tests.map((test: { fullTitle: string }) => test.fullTitle);
    for (const set of ['tm-grammars', 'VS Code built-in grammars']) {
      assert.ok(titles.filter(title => title.includes(`front matter grammar with ${set}`)).length >= 20, set);
    }
  });
});

describe('dist freshness', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'idstudio-fresh-'));
    mkdirSync(path.join(root, 'src', 'deep'), { recursive: true });
    mkdirSync(path.join(root, 'dist'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const touch = (file: string, secondsAgo: number) => {
    writeFileSync(path.join(root, file), '');
    const time = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(path.join(root, file), time, time);
  };

  it('calls a bundle stale when it is missing or older than any source, however deep', () => {
    touch('src/deep/a.ts', 100);
    touch('package.json', 100);
    assert.deepEqual(staleOutputs(['dist/cli.js'], ['src', 'package.json'], root), ['dist/cli.js'], 'missing');
    touch('dist/cli.js', 50);
    assert.deepEqual(staleOutputs(['dist/cli.js'], ['src', 'package.json'], root), [], 'built after the sources');
    touch('src/deep/a.ts', 10);
    assert.deepEqual(staleOutputs(['dist/cli.js'], ['src/deep/a.ts', 'package.json'], root), ['dist/cli.js'], 'a source edited since');
  });
});
