import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layering of the sources, from every import (type-only ones included, since they tie modules
 * together as much for a reader): the core knows no host, LSP, VS Code or Node; features know no server
 * class; the client takes from the server only the protocol and the domain vocabulary; nothing imports
 * in a circle.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const NODE_BUILTINS = new Set(builtinModules);

interface SourceFile { file: string; imports: string[] }

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.ts')).map(name => path.join(folder, name).split(path.sep).join('/'));
}

/** Import specifiers of a file, relative ones resolved to project paths (`server/src/core/index.ts`). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(path.join(ROOT, file), 'utf8'), true, true);
  return importedFiles.map(({ fileName }) => (fileName.startsWith('.') ? resolve(path.posix.dirname(file), fileName) : fileName));
}

function resolve(from: string, specifier: string): string {
  const base = path.posix.join(from, specifier);
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]);
const isEditorOrProtocol = (specifier: string) => /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)/.test(specifier)
  || specifier === 'vscode-languageserver-protocol' || specifier === 'vscode-languageserver-textdocument';

const FILES: SourceFile[] = [...sourceFiles('server/src'), ...sourceFiles('client/src')].map(file => ({ file, imports: importsOf(file) }));

function violations(selector: RegExp, forbidden: (specifier: string) => boolean): string[] {
  return FILES.filter(({ file }) => selector.test(file))
    .flatMap(({ file, imports }) => imports.filter(forbidden).map(specifier => `${file} imports ${specifier}`));
}

/** Every import cycle, as the files in it (Tarjan's strongly connected components). */
function cycles(): string[][] {
  const graph = new Map(FILES.map(({ file, imports }) => [file, imports.filter(specifier => specifier.endsWith('.ts'))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do { member = stack.pop()!; component.push(member); } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('architecture: layering of the sources', () => {
  it('reads the imports of every source file', () => {
    assert.ok(FILES.length > 50, `only ${FILES.length} files`);
    assert.ok(FILES.some(({ imports }) => imports.includes('server/src/core/index.ts')));
  });

  it('the core imports no host, LSP, VS Code or Node module', () => {
    const outsideCore = (specifier: string) => specifier.startsWith('server/src/') && !specifier.startsWith('server/src/core/');
    assert.deepEqual(violations(/^server\/src\/core\//, specifier => outsideCore(specifier) || isNodeBuiltin(specifier) || isEditorOrProtocol(specifier)), []);
  });

  it('features, the LSP layer and the host-neutral modules import no Node built-in, and features no server class', () => {
    assert.deepEqual(violations(/^server\/src\/(features|lsp|host)\/|^server\/src\/(protocol|server)\.ts$/, isNodeBuiltin), []);
    assert.deepEqual(violations(/^server\/src\/features\//, specifier => specifier === 'server/src/server.ts' || /^server\/src\/(node|browser)\//.test(specifier)), []);
  });

  it('the client takes from the server only the protocol and the domain vocabulary', () => {
    const allowed = new Set(['server/src/protocol.ts', 'server/src/core/kinds.ts']);
    assert.deepEqual(violations(/^client\/src\//, specifier => specifier.startsWith('server/src/') && !allowed.has(specifier)), []);
  });

  it('no module imports itself through a circle', () => {
    assert.deepEqual(cycles(), []);
  });
});
