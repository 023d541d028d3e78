// Diagnostic messages and quick-fix titles are shown as plain text (Problems panel, light bulb menu, CLI),
// where a Markdown backtick is printed literally: they quote with "double quotes" instead.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SERVER = path.join(__dirname, '../../server/src');

/** Modules whose string literals end up in messages or fix titles (rule descriptions are Markdown docs). */
function plainTextModules(): string[] {
  const rules = readdirSync(path.join(SERVER, 'core/rules')).map(file => `core/rules/${file}`);
  const fixes = readdirSync(path.join(SERVER, 'features')).filter(file => /^(fix|code-actions|rename)/.test(file))
    .map(file => `features/${file}`);
  return ['core/document.ts', ...rules, ...fixes].filter(file => file.endsWith('.ts'));
}

/** Helpers whose last argument is a rule's description, written in Markdown for the rules reference. */
const DESCRIBED_BY_LAST_ARGUMENT = new Set(['parseProblemRule', 'missingLinkRule', 'unreferencedRule']);

function isDocumentation(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text === 'description') return true;
    if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && DESCRIBED_BY_LAST_ARGUMENT.has(parent.expression.text)) {
      return parent.arguments.at(-1) === child;
    }
  }
  return false;
}

/** Every string or template piece holding a backtick, outside documentation, as "file:line text". */
function backticksIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(SERVER, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
      || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && node.text.includes('`') && !isDocumentation(node)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('plain-text surfaces', () => {
  it('finds the modules that write messages and fix titles', () => {
    const modules = plainTextModules();
    for (const expected of ['core/rules/duplicate-id.ts', 'features/fixes.ts', 'features/code-actions.ts']) assert.ok(modules.includes(expected), expected);
  });

  it('writes no Markdown backtick in a rule message, parse problem or quick-fix title', () => {
    assert.deepEqual(plainTextModules().flatMap(backticksIn), []);
  });

  it('flags a backtick in a message but not in a description', () => {
    const probe = (text: string) => {
      const source = ts.createSourceFile('probe.ts', text, ts.ScriptTarget.Latest, true);
      const literals: boolean[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isStringLiteral(node) || ts.isTemplateHead(node)) literals.push(isDocumentation(node));
        ts.forEachChild(node, visit);
      };
      visit(source);
      return literals;
    };
    assert.deepEqual(probe("const rule = { description: 'a `b`', check() { report(span, `\\`${id}\\` is wrong`); } };"), [true, false]);
    assert.deepEqual(probe("missingLinkRule('code', 'task', 'skills', '{item} has no `skills:`', 'A task lists `skills`.');"), [false, false, false, false, true]);
  });
});
