import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import * as yauzl from 'yauzl';

const ROOT = path.resolve(__dirname, '../..');
const VSIX = path.join(ROOT, 'dist', 'idstudio.vsix');
/** The stated size budget of the packaged extension. */
const BUDGET_BYTES = 1024 * 1024;

function entriesOf(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on('entry', entry => { names.push(entry.fileName); zip.readEntry(); });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('the .vsix package', function () {
  this.timeout(120_000);
  let entries: string[];

  before(async () => {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'pipe' });
    entries = (await entriesOf(VSIX)).filter(name => name.startsWith('extension/')).map(name => name.slice('extension/'.length));
  });

  it('contains the bundled client, server and matrix webview script, and the manifest', () => {
    for (const file of ['package.json', 'dist/client.js', 'dist/cli.js', 'dist/web/client.js', 'dist/web/server.js', 'dist/matrix-view.js', 'readme.md', 'changelog.md', 'LICENSE.txt', 'media/icon.png']) {
      assert.ok(entries.includes(file), `${file} missing from ${entries.join(', ')}`);
    }
  });

  it('contains the grammar, the snippets and the schemas that the manifest contributes', () => {
    const manifest = require(path.join(ROOT, 'package.json'));
    const contributed: string[] = [
      ...(manifest.contributes.grammars ?? []).map((grammar: { path: string }) => grammar.path),
      ...(manifest.contributes.snippets ?? []).map((snippet: { path: string }) => snippet.path),
      ...(manifest.contributes.jsonValidation ?? []).map((schema: { url: string }) => schema.url),
    ].map(file => path.posix.normalize(file));
    assert.ok(contributed.length > 0);
    for (const file of contributed) assert.ok(entries.includes(file), `${file} is contributed but not packaged`);
  });

  it('leaks no sources, tests, source maps or node_modules', () => {
    const leaks = entries.filter(name => /(^|\/)(node_modules|src|test|bench|scripts|sample-workspace|\.vscode-test)\//.test(name)
      || /\.(ts|map|tsbuildinfo|vsix)$/.test(name));
    assert.deepEqual(leaks, []);
  });

  it(`stays within its ${BUDGET_BYTES / 1024} KB budget`, () => {
    const size = statSync(VSIX).size;
    assert.ok(size <= BUDGET_BYTES, `package is ${Math.round(size / 1024)} KB`);
  });
});
