import assert from 'node:assert/strict';
import { isKind, parseDocument, type YamlNode } from '../../server/src/core';
import { parseWithLibrary } from '../../server/src/core/yaml-tree';

const entriesOf = (root: YamlNode | undefined) =>
  root?.type === 'map' ? root.entries.map(entry => [entry.key, entry.value?.type === 'scalar' ? entry.value.value : entry.value?.type]) : root?.type;

describe('YAML reading with the yaml library', () => {
  it('keeps numbers, booleans and nulls as such, text as text', () => {
    assert.deepEqual(entriesOf(parseWithLibrary('count: 40\nok: true\nname: Ward 3\nnone:\n', 0).root),
      [['count', 40], ['ok', true], ['name', 'Ward 3'], ['none', null]]);
  });

  it('leaves out entries whose key is not a scalar', () => {
    assert.deepEqual(entriesOf(parseWithLibrary('? [a, b]\n: 1\nid: X-1\n', 0).root), [['id', 'X-1']]);
  });

  it('reads leniently: a comment right after a quoted value is no error', () => {
    const { root, errors } = parseWithLibrary('title: "Hand hygiene"# a note\n', 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(entriesOf(root), [['title', 'Hand hygiene']]);
  });

  it('keeps an alias as an opaque node with its span, never expanded', () => {
    const source = 'a: &x [1, 2]\nb: *x\n';
    const { root } = parseWithLibrary(source, 5);
    assert.deepEqual(entriesOf(root), [['a', 'seq'], ['b', 'alias']]);
    const alias = root?.type === 'map' ? root.entries[1].value : undefined;
    assert.equal(alias && source.slice(alias.span.start - 5, alias.span.end - 5), '*x');
  });

  it('puts an error found at the end of the input on the last line that holds text', () => {
    const source = 'id: T-1\nskills: [a, b\n\n\n';
    const [error] = parseWithLibrary(source, 100).errors;
    assert.deepEqual(error.span, { start: 108, end: 121 });
    assert.equal(source.slice(error.span.start - 100, error.span.end - 100), 'skills: [a, b');
  });
});

describe('kinds', () => {
  it('are exactly the twelve step types', () => {
    assert.ok(isKind('task') && isKind('evaluation'));
    for (const value of ['post', 'Task', 'tasks', '', undefined, 3]) assert.equal(isKind(value), false, String(value));
    assert.equal(parseDocument('a.md', '---\ntype: docs\n---\n').isDesign, false);
  });
});
