/**
 * The floor the CLI is measured against: read every Markdown file under a folder
 * and parse it with unified + remark-parse + remark-frontmatter, then parse the
 * front matter with `yaml`'s parseDocument. Nothing else. The benchmark bundles
 * this file with esbuild, as the CLI is bundled, so both pay the same start-up.
 *
 * Usage: node floor.cjs <dir>   (prints {"files":N,"frontMatters":M})
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.isFile() && entry.name.endsWith('.md') ? [path] : [];
  });
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
let files = 0;
let frontMatters = 0;
for (const path of markdownFiles(process.argv[2] ?? '.')) {
  const tree = processor.parse(readFileSync(path, 'utf8'));
  files++;
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    parseDocument(first.value);
    frontMatters++;
  }
}
process.stdout.write(`${JSON.stringify({ files, frontMatters })}\n`);
