import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const NODE_BUILTINS = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));

interface Metafile { inputs: Record<string, { imports: { path: string; external?: boolean }[] }> }

/** The esbuild metafile that `npm run build` writes next to each bundle. */
function metafile(bundle: string): Metafile {
  const file = path.join(ROOT, 'dist', 'meta', `${bundle}.json`);
  assert.ok(existsSync(file), `${file} is missing: run "npm run build" first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Metafile;
}

/** Node built-ins a bundle takes in: imported (even when left external) or replaced by an empty module. */
function nodeBuiltinsIn(bundle: string): string[] {
  const { inputs } = metafile(bundle);
  const imported = Object.values(inputs).flatMap(input => input.imports.map(entry => entry.path));
  const disabled = Object.keys(inputs).filter(name => name.startsWith('(disabled):')).map(name => name.slice('(disabled):'.length));
  return [...new Set([...imported, ...disabled].filter(name => NODE_BUILTINS.has(name) || NODE_BUILTINS.has(path.basename(name))))];
}

describe('the extension bundles', () => {
  for (const bundle of ['web-client', 'web-server']) {
    it(`${bundle} uses no Node built-in module`, () => {
      assert.ok(Object.keys(metafile(bundle).inputs).length > 10);
      assert.deepEqual(nodeBuiltinsIn(bundle), []);
    });
  }

  it('the check sees the built-ins of the Node bundles', () => {
    assert.ok(nodeBuiltinsIn('cli').includes('node:fs'));
  });

  for (const bundle of ['client', 'web-client']) {
    it(`${bundle} carries no YAML parser and no analysis code: it only talks to the server`, () => {
      const inputs = Object.keys(metafile(bundle).inputs);
      assert.deepEqual(inputs.filter(input => input.includes('node_modules/yaml/')
        || (input.startsWith('server/src/') && !['server/src/protocol.ts', 'server/src/core/kinds.ts'].includes(input))), []);
    });
  }

  it('the web client loads nothing but the vscode API at run time', () => {
    const text = readFileSync(path.join(ROOT, 'dist', 'web', 'client.js'), 'utf8');
    assert.deepEqual([...new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map(match => match[1]))], ['vscode']);
  });
});
