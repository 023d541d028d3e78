// Bundles the extension with esbuild into dist/: for VS Code's Node extension host the client
// (client.js) and the CLI that also serves the language server (cli.js); for a web extension host
// (vscode.dev, github.dev) the client (web/client.js) and the server run in a Web Worker (web/server.js).
// Each bundle's esbuild metafile goes to dist/meta/ (sizes, and the check that web bundles use no Node built-in).
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true, sourcemap: !production, minify: production, metafile: true,
  logLevel: 'warning', define: { IDSTUDIO_VERSION: JSON.stringify(version) },
};
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20' };
// The web host wraps the client in a function whose `require` serves only `vscode`; the worker runs a plain script.
const web = { ...common, platform: 'browser', target: 'es2022', define: { ...common.define, 'process.env.NODE_DEBUG': 'false' } };

const bundles = {
  client: { ...node, entryPoints: ['client/src/node.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  cli: { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  'web-client': { ...web, format: 'cjs', entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/client.js', external: ['vscode'] },
  // `worker` first: packages with a DOM build (micromark's entity decoder) pick their worker-safe one.
  // The alignment matrix webview's script runs in the browser sandbox of the webview.
  'matrix-view': { ...web, format: 'iife', entryPoints: ['client/src/webview/matrix-view.ts'], outfile: 'dist/matrix-view.js' },
  'web-server': { ...web, format: 'iife', conditions: ['worker'], entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js' },
};

const results = await Promise.all(Object.values(bundles).map(options => esbuild.build(options)));
mkdirSync('dist/meta', { recursive: true });
Object.keys(bundles).forEach((name, index) => writeFileSync(`dist/meta/${name}.json`, JSON.stringify(results[index].metafile)));
