// Stand-in for ripgrep when no `rg` binary is installed: implements only file listing
// (`rg --files -g GLOB ...`), which is what vscode.workspace.findFiles and quick open use.
// Text search is not supported and fails with exit code 2, as rg does on bad usage.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
if (!args.includes('--files')) {
  process.stderr.write('rg fallback: only --files is supported; install ripgrep for text search\n');
  process.exit(2);
}

const includes = [];
const excludes = [];
const roots = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index];
  if (arg === '-g' || arg === '--glob') {
    const glob = args[++index];
    if (glob.startsWith('!')) excludes.push(glob.slice(1));
    else includes.push(glob);
  } else if (!arg.startsWith('-')) {
    roots.push(arg);
  }
}

// Like rg (gitignore style), a glob without a slash matches a name at any depth.
const anyDepth = (glob) => (glob.includes('/') ? glob : `**/${glob}`);
const matchesAny = (relativePath, globs) => globs.some((glob) => path.matchesGlob(relativePath, anyDepth(glob)));

function* listFiles(directory, prefix) {
  for (const entry of readdirSync(directory)) {
    const relativePath = prefix ? `${prefix}/${entry}` : entry;
    if (matchesAny(relativePath, excludes)) continue;
    let stats;
    try {
      stats = statSync(path.join(directory, entry));
    } catch {
      continue; // dangling symlink
    }
    if (stats.isDirectory()) yield* listFiles(path.join(directory, entry), relativePath);
    else if (includes.length === 0 || matchesAny(relativePath, includes)) yield relativePath;
  }
}

const output = [];
for (const root of roots.length ? roots : ['.']) {
  const prefix = root === '.' ? '' : root.replace(/\/+$/, '');
  for (const file of listFiles(root, prefix)) output.push(file);
}
process.stdout.write(output.map((file) => `${file}\n`).join(''));
process.exit(output.length ? 0 : 1);
