import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { styleText } from 'node:util';
import { RULES, type Severity } from '../core';

/** One problem as the CLI prints it: the contract's JSON shape (1-based lines and columns). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

export function formatJson(problems: readonly Problem[]): string {
  return JSON.stringify(problems, null, 2);
}

const SEVERITY_STYLE: Record<Severity, Parameters<typeof styleText>[0]> = {
  error: 'red', warning: 'yellow', info: 'blue', hint: 'gray',
};

/** Human-readable text, grouped by file; colour only when `colour` is set (a TTY without NO_COLOR). */
export function formatText(problems: readonly Problem[], colour: boolean): string {
  // The caller decides colour (a TTY without NO_COLOR); styleText must not second-guess it from the environment.
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (colour ? styleText(style, text, { validateStream: false }) : text);
  const lines: string[] = [];
  let file: string | undefined;
  for (const problem of problems) {
    if (problem.file !== file) {
      if (file !== undefined) lines.push('');
      file = problem.file;
      lines.push(paint('underline', file));
    }
    const where = `${problem.line}:${problem.column}`.padEnd(8);
    lines.push(`  ${paint('dim', where)}${paint(SEVERITY_STYLE[problem.severity], problem.severity.padEnd(9))}${problem.message}  ${paint('dim', problem.code)}`);
  }
  const count = (severity: Severity, noun: string) => plural(problems.filter(problem => problem.severity === severity).length, noun);
  if (lines.length) lines.push('');
  lines.push(`${plural(problems.length, 'problem')} (${count('error', 'error')}, ${count('warning', 'warning')}, ${count('info', 'info')}, ${count('hint', 'hint')})`);
  return lines.join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 || noun === 'info' ? '' : 's'}`;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const REPOSITORY = 'https://github.com/idstudio/instructional-design-studio';
/** Each rule's entry in the rules reference (a heading named by its code). */
export const RULES_REFERENCE = `${REPOSITORY}/blob/main/docs/rules.md`;

/** A rule description (Markdown) as plain text: code spans quoted instead. */
const plainText = (markdown: string) => markdown.replace(/`([^`]*)`/g, '"$1"');

function sarifRules() {
  return RULES.map(rule => ({
    id: rule.code,
    name: rule.code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: plainText(rule.description) },
    fullDescription: { text: plainText(rule.description), markdown: rule.description },
    helpUri: `${RULES_REFERENCE}#${rule.code}`,
    help: { text: `${plainText(rule.description)} See ${RULES_REFERENCE}#${rule.code}`, markdown: `${rule.description} [More about ${rule.code}](${RULES_REFERENCE}#${rule.code})` },
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
  }));
}

/**
 * Where a problem's file is: relative to %SRCROOT% (the folder the check ran in) when it lies inside it,
 * else an absolute file URI, so no result points outside the root with "../".
 */
function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('../') || path.isAbsolute(file)) return { uri: pathToFileURL(path.resolve(root, file)).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** SARIF 2.1.0, as GitHub code scanning accepts it (relative URIs against %SRCROOT%, the folder `root`). */
export function formatSarif(problems: readonly Problem[], { version, root }: { version: string; root: string }): string {
  const rules = sarifRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = problems.map(problem => ({
    ruleId: problem.code,
    ruleIndex: ruleIndex.get(problem.code),
    level: SARIF_LEVEL[problem.severity],
    message: { text: problem.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(problem.file, root),
        region: { startLine: problem.line, startColumn: problem.column, endLine: problem.endLine, endColumn: problem.endColumn },
      },
    }],
  }));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'idstudio', informationUri: REPOSITORY, version, rules } },
      originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(root).href.replace(/\/?$/, '/')}`, description: { text: 'The folder idstudio check ran in.' } } },
      // Columns count UTF-16 code units, as the editor's positions do.
      columnKind: 'utf16CodeUnits',
      results,
    }],
  }, null, 2);
}
