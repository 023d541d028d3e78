import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import {
  entryOf, FACTOR_VALUES, fieldOf, parseDocument, PERFORMANCE_FACTORS, stepOf, STEPS, type DesignDocument, type Span,
} from '../../server/src/core';
import { INJECTION, markdownGrammar, MARKDOWN_SCOPE, tmGrammarsSet, tokenize, vsCodeBuiltInSet, type GrammarSet, type Token } from './textmate';

const SCOPE = {
  kind: 'entity.name.type.idstudio.kind',
  id: 'variable.other.constant.idstudio.id',
  enum: 'constant.language.idstudio.enum',
} as const;
type Highlight = keyof typeof SCOPE;

const SAMPLE = path.resolve(__dirname, '../../sample-workspace');
const sampleFiles = fs.readdirSync(SAMPLE, { recursive: true }).map(String).filter(file => file.endsWith('.md')).sort();

/** What the grammar must highlight, worked out from the parsed front matter: `line:start-end scope text`. */
function expectedHighlights(doc: DesignDocument): string[] {
  const found: string[] = [];
  const add = (span: Span | undefined, highlight: Highlight) => {
    if (!span) return;
    const { start, end } = doc.lines.rangeOf(span);
    found.push(`${start.line}:${start.character}-${end.character} ${SCOPE[highlight]} ${doc.text.slice(span.start, span.end)}`);
  };
  if (!doc.kind) return found;
  add(doc.typeEntry?.value?.span, 'kind');
  for (const item of doc.items) {
    add(item.idSpan, 'id');
    for (const reference of item.references) add(reference.span, 'id');
    for (const field of Object.keys(stepOf(doc.kind).enums)) add(fieldOf(item, field)?.value?.span, 'enum');
    const factors = fieldOf(item, 'performance_factors')?.value;
    for (const factor of PERFORMANCE_FACTORS) add(entryOf(factors, factor)?.value?.span, 'enum');
  }
  return found.sort();
}

/** What the grammar did highlight, in the same form. */
function actualHighlights(tokens: readonly Token[]): string[] {
  return tokens.flatMap(token => {
    const scope = Object.values(SCOPE).find(name => token.scopes.includes(name));
    return scope ? [`${token.line}:${token.start}-${token.end} ${scope} ${token.text}`] : [];
  }).sort();
}

/** The scope a theme colours each visible character by (the innermost), outside this grammar's own tokens. */
function visibleScopes(tokens: readonly Token[]): Map<string, string> {
  const scopes = new Map<string, string>();
  for (const token of tokens) {
    if (Object.values(SCOPE).some(name => token.scopes.includes(name))) continue;
    for (let character = token.start; character < token.end; character++) {
      if (/\S/.test(token.text[character - token.start] ?? '')) scopes.set(`${token.line}:${character}`, token.scopes.at(-1)!);
    }
  }
  return scopes;
}

const grammarSets: GrammarSet[] = [tmGrammarsSet(), vsCodeBuiltInSet()];

describe('front matter grammar: manifest', () => {
  it('is an injection into Markdown front matter, registered under its own scope name', () => {
    const grammar = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../..', INJECTION.path), 'utf8'));
    assert.equal(grammar.scopeName, INJECTION.scopeName);
    assert.deepEqual(INJECTION.injectTo, [MARKDOWN_SCOPE]);
    assert.match(grammar.injectionSelector, /^L:meta\.embedded\.block\.frontmatter\b/);
  });
});

for (const set of grammarSets) {
  describe(`front matter grammar with ${set.name}`, () => {
    let injected: IGrammar;
    let plain: IGrammar;
    before(async () => {
      [injected, plain] = await Promise.all([markdownGrammar(set, true), markdownGrammar(set, false)]);
    });

    const highlights = (text: string) => actualHighlights(tokenize(injected, text));

    for (const file of sampleFiles) {
      const text = fs.readFileSync(path.join(SAMPLE, file), 'utf8');

      it(`highlights exactly the kind, ids and enum values of ${file}`, () => {
        assert.deepEqual(highlights(text), expectedHighlights(parseDocument(file, text)));
      });

      it(`leaves every other character of ${file} as the Markdown and YAML grammars colour it`, () => {
        const withInjection = visibleScopes(tokenize(injected, text));
        const without = visibleScopes(tokenize(plain, text));
        const changed = [...withInjection].filter(([at, scope]) => without.get(at) !== scope)
          .map(([at, scope]) => `${at} ${without.get(at)} -> ${scope}`);
        assert.deepEqual(changed, []);
      });
    }

    it('knows every design kind, and only those, and only in a top-level type:', () => {
      for (const { kind } of STEPS) {
        assert.deepEqual(highlights(`---\ntype: ${kind}\n---\n`), [`1:6-${6 + kind.length} ${SCOPE.kind} ${kind}`]);
      }
      assert.deepEqual(highlights('---\ntype: goals\n---\n'), []);
      assert.deepEqual(highlights('---\nmeta:\n  type: goal\n---\n'), []);
      assert.deepEqual(highlights('# Notes\n\ntype: goal\n'), [], 'not outside the front matter');
    });

    it('knows every enum value of the contract, and only in its own field', () => {
      const values = [
        ...STEPS.flatMap(({ kind, enums }) => Object.entries(enums).flatMap(([field, allowed]) => allowed.map(value => ({ kind, field, value })))),
        ...FACTOR_VALUES.map(value => ({ kind: 'goal', field: 'performance_factors:\n  feedback', value })),
      ];
      for (const { kind, field, value } of values) {
        const text = `---\ntype: ${kind}\n${field}: ${value}\n---\n`;
        const line = text.split('\n').length - 3;
        const column = text.split('\n')[line].length - value.length;
        assert.deepEqual(highlights(text).filter(h => h.includes(SCOPE.enum)),
          [`${line}:${column}-${column + value.length} ${SCOPE.enum} ${value}`], `${field}: ${value}`);
      }
      assert.deepEqual(highlights('---\ntype: skill\nkind: skills\nstatus: lacking\n---\n').filter(h => h.includes(SCOPE.enum)), []);
    });

    it('reads performance factors written as a flow mapping', () => {
      assert.deepEqual(highlights('---\ntype: goal\nperformance_factors: {feedback: present, environment: lacking}\n---\n'), [
        `1:6-10 ${SCOPE.kind} goal`,
        `2:32-39 ${SCOPE.enum} present`,
        `2:54-61 ${SCOPE.enum} lacking`,
      ]);
    });

    it('does not highlight quoted values, block scalars or the Markdown body', () => {
      const text = [
        '---', 'type: objective', 'id: "OBJ-1"', 'title: "id: OBJ-2"', 'statement: |', '  id: OBJ-3', '  skills: [SK-1]', '---',
        '', 'skills: [SK-2]', '',
      ].join('\n');
      assert.deepEqual(highlights(text), [`1:6-15 ${SCOPE.kind} objective`]);
    });

    it('ends a block list of references at the next key, also inside an items: entry', () => {
      const text = [
        '---', 'type: lesson', 'items:', '  - objectives:', '      - OBJ-1  # first', '      - OBJ-2',
        '    id: LES-1', '  - id: LES-2', 'activities:', '- ACT-1', 'other:', '  - NOT-AN-ID', '---', '',
      ].join('\n');
      assert.deepEqual(highlights(text).map(h => h.split(' ').at(-1)).sort(), ['lesson', 'OBJ-1', 'OBJ-2', 'LES-1', 'LES-2', 'ACT-1'].sort());
      const comment = tokenize(injected, text).filter(token => token.line === 4 && token.text.startsWith('#'));
      assert.deepEqual(comment.map(token => token.scopes.at(-1)), ['punctuation.definition.comment.yaml']);
    });
  });
}
