import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { bodyOf, indentItem, isDocumentOf, itemsListEnd, withDefaults, withFreshIds, type Snippet } from '../../client/src/template-text';
import { checkTexts, parseDocument, STEPS } from '../../server/src/core';

const ROOT = path.resolve(__dirname, '..', '..');
const snippets: Snippet[] = Object.values(JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'design.json'), 'utf8')));
const bodies = snippets.map(bodyOf);

function documentTemplate(kind: string): string {
  const found = bodies.filter(body => isDocumentOf(body, kind));
  assert.equal(found.length, 1, `one document template for ${kind}`);
  return found[0];
}

describe('client templates (from the snippets)', () => {
  it('finds one document template per step, and the 12 of them make a linked design that reports only what is left to fill in', () => {
    const files = STEPS.map(step => ({ path: `${step.kind}.md`, text: withDefaults(documentTemplate(step.kind)) }));
    for (const file of files) assert.ok(parseDocument(file.path, file.text).isDesign, file.path);
    const results = checkTexts(files);
    const codes = new Set([...results.values()].flat().map(finding => finding.code));
    assert.deepEqual([...codes].sort(), ['factor-not-assessed', 'lesson-not-pretested', 'placeholder-text']);
    for (const file of files) assert.ok(results.get(file.path)!.length > 0, `${file.path} reports its placeholders`);
  });

  it('fills placeholders with defaults, choices with their first value, mirrors with the same text', () => {
    assert.equal(withDefaults('id: ${1:T-1}\nlevel: ${2|high,low|}\nagain: $1 ${2} end$0'), 'id: T-1\nlevel: high\nagain: T-1 high end');
  });

  it('finds where one more entry goes in an items: list, and appends an item that parses', () => {
    const text = '---\ntype: task\nitems:\n  - id: T-1\n    title: First\n\n  - id: T-2\n    skills:\n      - SK-1\nowner: me\n---\n# Body\n';
    assert.deepEqual(itemsListEnd(text), { line: 9, indent: '  ' });
    const item = bodies.find((_, index) => [snippets[index].prefix].flat().includes('item-task'))!;
    const lines = text.split('\n');
    lines.splice(9, 0, indentItem(withDefaults(item).replace('T-2', 'T-3'), '  ').replace(/\n$/, ''));
    assert.deepEqual(parseDocument('tasks.md', lines.join('\n')).items.map(entry => entry.id), ['T-1', 'T-2', 'T-3']);
  });

  it('finds no list in single-item documents, flow lists or text without front matter', () => {
    assert.equal(itemsListEnd('---\ntype: lesson\nid: L-1\n---\n'), undefined);
    assert.equal(itemsListEnd('---\ntype: task\nitems: []\n---\n'), undefined);
    assert.equal(itemsListEnd('# items:\n'), undefined);
    assert.deepEqual(itemsListEnd('---\ntype: skill\nitems:\n- id: SK-1\n---\n'), { line: 4, indent: '' });
  });
});

describe('template ids', () => {
  it('keep their defaults when free', () => {
    assert.deepEqual(withFreshIds(['---\ntype: task\nitems:\n  - id: ${1:T-1}\n    skills: [${6:SK-1}]\n---\n'], ['OBJ-1']),
      ['---\ntype: task\nitems:\n  - id: ${1:T-1}\n    skills: [${6:SK-1}]\n---\n']);
  });

  it('never clash with the design: a taken id is renumbered, and the other templates\' mentions follow', () => {
    const tasks = documentTemplate('task');
    const skills = documentTemplate('skill');
    const [newTasks, newSkills] = withFreshIds([tasks, skills], ['SK-1', 'T-1', 'T-2', 'T-10']);
    assert.match(newTasks, /- id: \$\{1:T-3\}/);
    assert.match(newTasks, /skills: \[\$\{6:SK-2\}\]/);
    assert.match(newSkills, /- id: \$\{1:SK-2\}/);
    assert.match(newSkills, /tasks: \[\$\{4:T-3\}\]/);
    const files = [{ path: 'tasks.md', text: withDefaults(newTasks) }, { path: 'skills.md', text: withDefaults(newSkills) },
      { path: 'old.md', text: '---\ntype: task\nitems:\n  - id: T-1\n  - id: T-2\n  - id: T-10\n---\n' },
      { path: 'old-skill.md', text: '---\ntype: skill\nid: SK-1\n---\n' }];
    const codes = [...checkTexts(files).values()].flat().map(finding => finding.code);
    assert.ok(!codes.includes('duplicate-id') && !codes.includes('unknown-reference'), codes.join(', '));
  });

  it('give the twelve templates created together distinct ids when the design already has their defaults', () => {
    const all = STEPS.map(step => documentTemplate(step.kind));
    const taken = [...all.join('\n').matchAll(/id: \$\{\d+:([\w.-]+)\}/g)].map(match => match[1]);
    const files = withFreshIds(all, taken).map((text, index) => ({ path: `${index}.md`, text: withDefaults(text) }));
    const ids = files.flatMap(file => parseDocument(file.path, file.text).items.flatMap(item => item.id ?? []));
    assert.ok(ids.every(id => !taken.includes(id)), ids.join(', '));
    const codes = [...checkTexts([...files, ...taken.map((id, index) => ({ path: `old-${index}.md`, text: `---\ntype: goal\nid: ${id}\n---\n` }))]).values()]
      .flat().map(finding => finding.code);
    assert.ok(!codes.includes('duplicate-id'), codes.join(', '));
  });
});
