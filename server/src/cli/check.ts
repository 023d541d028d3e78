import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME, compareFindings, isInside, type Finding } from '../core';
import { loadDesigns } from '../host/designs';
import { NodeHost } from '../node/host';
import type { Problem } from './report';

export class UsageError extends Error {}

/** A path given on the command line. */
interface Target { file: string; uri: string; isFolder: boolean }

export interface CheckResult {
  problems: Problem[];
  failures: string[];
  /** How many design documents lie under the given paths (0: the paths hold no design). */
  documents: number;
}

/**
 * Checks the given paths (contract v2, "Designs and design roots"): each design that a path lies in or
 * contains is analysed whole, and only the findings of files under the given paths are reported, so a
 * subfolder shows exactly what the whole design says about it.
 */
export async function checkPaths(paths: readonly string[], cwd: string): Promise<CheckResult> {
  const failures: string[] = [];
  const onError = (message: string) => failures.push(message);
  const targets = await resolveTargets(paths, cwd);
  const byBase = new Map<string, Target[]>();
  for (const target of targets) {
    const base = await baseOf(target, targets, cwd);
    byBase.set(base, [...(byBase.get(base) ?? []), target]);
  }
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const [base, baseTargets] of byBase) {
    for (const [uri, findings] of await analyseBase(new NodeHost(onError), base, baseTargets, cwd, onError)) {
      if (reported.has(uri)) continue;
      reported.add(uri);
      problems.push(...findings.sort(compareFindings).map(finding => toProblem(uri, finding, cwd)));
    }
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  return { problems, failures, documents: reported.size };
}

async function resolveTargets(paths: readonly string[], cwd: string): Promise<Target[]> {
  const targets: Target[] = [];
  for (const given of paths) {
    const file = path.resolve(cwd, given);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) throw new UsageError(`no such file or folder: ${given}`);
    targets.push({ file, uri: URI.file(file).toString(), isFolder: stat.isDirectory() });
  }
  return targets;
}

/**
 * The folder whose designs are loaded for a target: the nearest `.idstudio.json` folder at or above it;
 * without one, the outermost folder given that holds it (the folder given is the root, and one folder
 * given inside another adds nothing), else the current folder when it holds the file, else the file's folder.
 */
async function baseOf(target: Target, targets: readonly Target[], cwd: string): Promise<string> {
  const configured = await nearestConfigFolder(target.isFolder ? target.file : path.dirname(target.file));
  if (configured) return configured;
  const given = targets.filter(other => other.isFolder && isInside(target.uri, other.uri)).sort((a, b) => a.file.length - b.file.length)[0];
  if (given) return given.file;
  return isInside(target.uri, URI.file(cwd).toString()) ? cwd : path.dirname(target.file);
}

/** The design root of one path given alone (see `baseOf`): `idstudio report` reports that design. */
export async function designRootOfPath(given: string, isFolder: boolean, cwd: string): Promise<string> {
  const target = { file: given, uri: URI.file(given).toString(), isFolder };
  return baseOf(target, [target], cwd);
}

async function nearestConfigFolder(start: string): Promise<string | undefined> {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (await fs.stat(path.join(folder, CONFIG_FILE_NAME)).then(stat => stat.isFile(), () => false)) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}

/**
 * Loads every design below `base` (nested `.idstudio.json` folders start their own) that has a file under
 * a target, checks each whole, and returns the findings of the design documents under the targets.
 */
async function analyseBase(host: NodeHost, base: string, targets: readonly Target[], cwd: string, onError: (message: string) => void): Promise<Map<string, Finding[]>> {
  const underTargets = (uri: string) => targets.some(target => isInside(uri, target.uri));
  const { designs } = await loadDesigns(host, URI.file(base).toString(), {
    onError, wanted: (root, documents) => underTargets(root) || documents.some(underTargets),
  });
  const results = new Map<string, Finding[]>();
  for (const { design, configFile } of designs) {
    if (configFile?.errors.length) {
      // Exit code 2 like a usage error, but the usage text would not help fix a configuration file.
      throw new Error(`invalid configuration ${path.relative(cwd, URI.parse(configFile.uri).fsPath) || CONFIG_FILE_NAME}:\n${configFile.errors.map(error => `  ${error}`).join('\n')}`);
    }
    design.flush();
    for (const document of design.allDocuments()) {
      if (underTargets(document.uri) && design.isChecked(document.uri)) results.set(document.uri, design.findingsOf(document.uri));
    }
  }
  return results;
}

function toProblem(uri: string, finding: Finding, cwd: string): Problem {
  const file = path.relative(cwd, URI.parse(uri).fsPath).split(path.sep).join('/');
  const { start, end } = finding.range;
  return {
    file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
    severity: finding.severity, code: finding.code, message: finding.message,
  };
}
