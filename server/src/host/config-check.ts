import Ajv, { type ErrorObject } from 'ajv';
// The ESM build: the UMD one loads its parts with a dynamic require that bundlers cannot follow.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import schema from '../../../schemas/idstudio.schema.json';
import { LineIndex, RULE_CODES, defaultConfig, readConfig, type ConfigResult, type Finding, type Span } from '../core';

/** The code of diagnostics on `.idstudio.json` itself (not a rule: a broken configuration cannot turn it off). */
export const INVALID_CONFIGURATION = 'invalid-configuration';

/** Schema validation of `.idstudio.json`, compiled once (strict mode off: the schema carries editor keywords). */
let validate: ReturnType<Ajv['compile']> | undefined;

export interface CheckedConfig extends ConfigResult {
  /** Each problem where it sits in the file, with its JSON path and the schema's message. */
  findings: Finding[];
}

/**
 * Reads the text of `.idstudio.json`: JSON syntax first, then the JSON Schema of the file (the one VS Code
 * completes with), so the editor and the CLI explain a problem the same way, at the value or key at fault.
 * A malformed file yields defaults and findings, never an exception.
 */
export function checkConfigText(text: string): CheckedConfig {
  const lines = new LineIndex(text);
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  const at = (span: Span, message: string): Finding => ({ code: INVALID_CONFIGURATION, severity: 'error', message, range: lines.rangeOf(span) });
  if (syntax.length || !tree) {
    const findings = syntax.length
      ? syntax.map(error => at({ start: error.offset, end: error.offset + error.length }, `Not valid JSON: ${describeSyntax(printParseErrorCode(error.error))}.`))
      : [at({ start: 0, end: 0 }, 'Not valid JSON: the file is empty.')];
    return { config: defaultConfig(), errors: findings.map(finding => describe(finding)), findings };
  }
  const value: unknown = getNodeValue(tree);
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  const findings = validate(value) ? [] : (validate.errors ?? []).map(error => at(spanOf(tree, error), schemaMessage(error)));
  if (!findings.length) return { ...readConfig(value, RULE_CODES), findings };
  return { config: defaultConfig(), errors: findings.map(finding => describe(finding)), findings };
}

/** "3:5 "rules/no-such-rule": ..." for a one-line report (the CLI). */
function describe(finding: Finding): string {
  return `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.message}`;
}

function describeSyntax(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The JSON path of the problem in double quotes, then the schema's message (with the allowed values, if any). */
function schemaMessage(error: ErrorObject): string {
  const segments = pathOf(error);
  const where = segments.length ? `"${segments.join('/')}"` : 'The configuration';
  const allowed = error.keyword === 'enum' ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
  const extra = error.keyword === 'additionalProperties' ? ` (${knownKeysHint(segments)})` : '';
  return `${where}: ${error.message}${allowed}${extra}.`;
}

function knownKeysHint(segments: readonly (string | number)[]): string {
  return segments[0] === 'rules' ? 'not a rule code' : 'not a setting of this file';
}

/** The path of the value at fault; for an unknown property, the property itself. */
function pathOf(error: ErrorObject): (string | number)[] {
  const segments = error.instancePath.split('/').slice(1).map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment));
  if (error.keyword === 'additionalProperties') segments.push((error.params as { additionalProperty: string }).additionalProperty);
  return segments;
}

/** Where a schema error sits: the unknown key, or the value at the path (else the whole file). */
function spanOf(tree: Node, error: ErrorObject): Span {
  const segments = pathOf(error);
  const node = findNodeAtLocation(tree, segments) ?? tree;
  const target: Node = error.keyword === 'additionalProperties' && node.parent?.type === 'property' ? node.parent.children![0] : node;
  return { start: target.offset, end: target.offset + target.length };
}
