import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { compareFindings, type Finding } from '../core';
import { FolderDesign } from '../host/folder-design';
import { NodeHost } from '../node/host';
import { CONFIG_FILE_NAME } from '../core';
import type { Problem } from './report';

export class UsageError extends Error {}

/**
 * Checks the given paths. A folder is one design; a file is checked within the design of the nearest
 * enclosing folder that has `.idstudio.json` (else the current folder, when it contains the file).
 */
export async function checkPaths(paths: readonly string[], cwd: string): Promise<{ problems: Problem[]; failures: string[] }> {
  const failures: string[] = [];
  const onError = (message: string) => failures.push(message);
  const host = new NodeHost(onError);
  const designs = new Map<string, { folder: FolderDesign; only: Set<string> | undefined }>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) throw new UsageError(`no such file or folder: ${given}`);
    const root = stat.isDirectory() ? absolute : await designRootOf(absolute, cwd);
    const entry = designs.get(root) ?? { folder: new FolderDesign(URI.file(root).toString(), host, onError), only: new Set<string>() };
    if (stat.isDirectory()) entry.only = undefined;
    else entry.only?.add(URI.file(absolute).toString());
    designs.set(root, entry);
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { folder, only } of designs.values()) {
    await folder.load();
    if (folder.configFile?.errors.length) {
      // Exit code 2 like a usage error, but the usage text would not help fix a configuration file.
      throw new Error(`invalid configuration ${path.relative(cwd, URI.parse(folder.configFile.uri).fsPath) || CONFIG_FILE_NAME}: ${folder.configFile.errors.join('; ')}`);
    }
    for (const [uri, findings] of folder.design.flush()) {
      if ((only && !only.has(uri)) || seen.has(uri)) continue;
      seen.add(uri);
      problems.push(...findings.sort(compareFindings).map(finding => toProblem(uri, finding, cwd)));
    }
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  return { problems, failures };
}

export async function designRootOf(file: string, cwd: string): Promise<string> {
  for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
    if (await fs.stat(path.join(folder, CONFIG_FILE_NAME)).then(() => true, () => false)) return folder;
    if (path.dirname(folder) === folder) break;
  }
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.dirname(file) : cwd;
}

function toProblem(uri: string, finding: Finding, cwd: string): Problem {
  const file = path.relative(cwd, URI.parse(uri).fsPath).split(path.sep).join('/');
  const { start, end } = finding.range;
  return {
    file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
    severity: finding.severity, code: finding.code, message: finding.message,
  };
}
