// Completion over the protocol: `type:` values, keys for the kind, enum values, ids of the expected kind.
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-protocol';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_ID_COMPLETIONS } from '../../server/src/features/completion';
import { LspTestClient } from './client';
import { at, DESIGN, openFile, startOn } from './features-helpers';

describe('protocol: completion', function () {
  let client: LspTestClient;
  before(async () => { client = await startOn(DESIGN, '06-objectives.md'); });
  after(async () => { await client.stop(); });

  async function complete(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
    return Array.isArray(result) ? result : result?.items ?? [];
  }

  /** Opens a new document with the text, completes at the `|` marker (removed from the text), closes it. */
  async function completeIn(file: string, textWithCursor: string): Promise<CompletionItem[]> {
    const uri = client.uri(file);
    const text = textWithCursor.replace('|', '');
    await client.open(uri, text);
    const before = textWithCursor.slice(0, textWithCursor.indexOf('|')).split('\n');
    const items = await complete(uri, { line: before.length - 1, character: before[before.length - 1].length });
    await client.close(uri);
    return items;
  }

  const labels = (items: CompletionItem[]) => items.map(item => item.label);

  it('offers the 12 kinds after `type:` with their step as detail', async () => {
    const items = await completeIn('new-kind.md', '---\ntype: |\n---\n');
    assert.deepEqual(labels(items), ['goal', 'learners', 'resources', 'task', 'skill', 'objective', 'assessment',
      'activity', 'lesson', 'implementation', 'monitoring', 'evaluation']);
    const objective = items.find(item => item.label === 'objective')!;
    assert.equal(objective.detail, 'Step 6 · Learning objectives (Design)');
    assert.match(JSON.stringify(objective.documentation), /measurable learning objectives/);
  });

  it('replaces the partly typed kind', async () => {
    const items = await completeIn('new-partial.md', '---\ntype: obj|\n---\n');
    const edit = items.find(item => item.label === 'objective')!.textEdit as { range: { start: Position; end: Position } };
    assert.deepEqual(edit.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 9 } });
  });

  it('offers the keys of the kind at the top level, minus those present', async () => {
    const items = await completeIn('new-keys.md', '---\ntype: objective\nid: OBJ-9\n|\n---\n');
    const offered = labels(items);
    for (const key of ['title', 'statement', 'condition', 'criterion', 'level', 'skills']) assert.ok(offered.includes(key), key);
    for (const key of ['type', 'id', 'kind', 'objectives', 'items']) assert.ok(!offered.includes(key), key);
    assert.match(items.find(item => item.label === 'skills')!.detail!, /skill ids \(step 5\)/);
  });

  it('offers only `type` in a front matter without one, and `items` beside a lone `type:`', async () => {
    assert.deepEqual(labels(await completeIn('new-empty.md', '---\n|\n---\n')), ['type']);
    assert.ok(labels(await completeIn('new-type.md', '---\ntype: task\n|\n---\n')).includes('items'));
    assert.deepEqual(labels(await completeIn('new-items.md', '---\ntype: task\nitems:\n|\n---\n')), []);
  });

  it('offers item keys inside an `items:` entry, minus the entry\'s own', async () => {
    const { uri, text } = await openFile(client, '06-objectives.md');
    const marker = '    skills: [SK-WASTE-sort]\n';
    const edited = text.replace(marker, `${marker}    \n`);
    await client.change(uri, edited);
    const offered = labels(await complete(uri, at(client, uri, marker, marker.length + 4)));
    for (const key of ['condition', 'criterion', 'level']) assert.ok(offered.includes(key), key);
    for (const key of ['id', 'title', 'statement', 'skills', 'type', 'items']) assert.ok(!offered.includes(key), key);

    const newEntry = edited.replace(`${marker}    \n`, `${marker}  - \n`);
    await client.change(uri, newEntry);
    const entryKeys = labels(await complete(uri, at(client, uri, marker, marker.length + 4)));
    for (const key of ['id', 'title', 'statement', 'skills']) assert.ok(entryKeys.includes(key), key);
    await client.change(uri, text);
  });

  it('offers enum values: skill kind, lesson status, performance factor values', async () => {
    assert.deepEqual(labels(await completeIn('new-skill.md', '---\ntype: skill\nid: SK-9\nkind: |\n---\n')), ['skill', 'knowledge', 'attitude']);
    assert.deepEqual(labels(await completeIn('new-lesson.md', '---\ntype: lesson\nid: L-9\nstatus: d|\n---\n')), ['draft', 'pretested', 'revised']);
    assert.deepEqual(labels(await completeIn('new-goal.md', '---\ntype: goal\nperformance_factors:\n  feedback: |\n---\n')),
      ['present', 'lacking', 'unknown']);
    assert.deepEqual(labels(await completeIn('new-goal2.md', '---\ntype: goal\nperformance_factors:\n  feedback: lacking\n  |\n---\n')),
      ['job_expectations', 'environment', 'motivation', 'skills_knowledge']);
  });

  it('offers only skill ids in an objective\'s `skills: [`, with their titles', async () => {
    const items = await completeIn('new-objective.md', '---\ntype: objective\nid: OBJ-9\nskills: [|]\n---\n');
    assert.deepEqual(labels(items).sort(), ['K-HH-moments', 'SK-HH-wash', 'SK-WASTE-sort']);
    assert.equal(items.find(item => item.label === 'SK-HH-wash')!.detail, 'Wash hands with soap and water');
  });

  it('leaves out ids the list already holds', async () => {
    const items = await completeIn('new-assessment.md', '---\ntype: assessment\nid: AS-9\nobjectives: [OBJ-1, |]\n---\n');
    assert.deepEqual(labels(items).sort(), ['OBJ-2', 'OBJ-3']);
    assert.equal(items.find(item => item.label === 'OBJ-3')!.detail, 'Sort waste');
  });

  it('offers ids in a block list entry and for a single value', async () => {
    const block = await completeIn('new-block.md', '---\ntype: lesson\nid: L-8\nactivities:\n  - |\n---\n');
    assert.deepEqual(labels(block), ['ACT-1']);
    const compact = await completeIn('new-compact.md', '---\ntype: lesson\nid: L-7\nassessments:\n- AS-1\n- |\n---\n');
    assert.deepEqual(labels(compact), ['AS-2']);
    const single = await completeIn('new-single.md', '---\ntype: skill\nid: SK-8\ntasks: T|\n---\n');
    assert.deepEqual(labels(single).sort(), ['T-HH', 'T-WASTE']);
  });

  it('offers ids inside an `items:` entry\'s reference list', async () => {
    const items = await completeIn('new-items.md', '---\ntype: task\nitems:\n  - id: T-9\n    skills:\n      - SK-HH-wash\n      - |\n---\n');
    assert.deepEqual(labels(items).sort(), ['K-HH-moments', 'SK-WASTE-sort']);
  });

  it('offers nothing in the body, in text values, or for unknown documents and positions', async () => {
    const { uri } = await openFile(client, '06-objectives.md');
    assert.deepEqual(await complete(uri, at(client, uri, 'Objectives of the', 3)), []);
    assert.deepEqual(await complete(uri, at(client, uri, 'Given soap', 5)), []);
    assert.deepEqual(await complete(uri, { line: 999, character: 999 }), []);
    assert.deepEqual(await complete(client.uri('missing.md'), { line: 0, character: 0 }), []);
  });
});

describe('protocol: completion of ids in a design with more of a kind than one answer holds', function () {
  this.timeout(60_000);
  let folder: string;
  let client: LspTestClient;
  const skills = (unit: string) => `---\ntype: skill\nitems:\n${Array.from({ length: 150 }, (_, index) =>
    `  - id: SK-${unit}-${index + 1}\n    title: Skill ${index + 1} of unit ${unit}\n    kind: skill\n`).join('')}---\n`;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'idstudio-completion-'));
    for (const unit of ['A', 'B']) {
      mkdirSync(path.join(folder, `unit-${unit}`));
      writeFileSync(path.join(folder, `unit-${unit}`, 'skills.md'), skills(unit));
    }
    client = await LspTestClient.start(folder);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  async function completeAfter(typed: string): Promise<CompletionList> {
    const uri = client.uri('unit-B/objectives.md');
    const text = `---\ntype: objective\nid: OBJ-B-1\nstatement: List the steps.\nskills: [SK-B-7, ${typed}]\n---\n`;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const line = text.split('\n')[4];
    const result = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: line.length - 1 } });
    await client.close(uri);
    return result;
  }

  it('answers with at most MAX_ID_COMPLETIONS ids, those of the unit being written first, and says the list is incomplete', async () => {
    assert.equal(MAX_ID_COMPLETIONS, 200);
    const { isIncomplete, items } = await completeAfter('SK');
    assert.equal(isIncomplete, true);
    assert.equal(items.length, MAX_ID_COMPLETIONS);
    const ids = items.map(item => item.label);
    assert.ok(ids.slice(0, 149).every(id => id.startsWith('SK-B-')), ids.slice(0, 149).join());
    assert.ok(!ids.includes('SK-B-7'), 'an id the field lists already');
    assert.deepEqual(ids.slice(149, 152), ['SK-A-1', 'SK-A-2', 'SK-A-3']);
    assert.deepEqual(items.map(item => item.sortText), [...items.map(item => item.sortText!)].sort());
    assert.match(JSON.stringify(items.find(item => item.label === 'SK-A-12')?.detail), /Skill 12 of unit A/);
  });

  it('keeps the ids that hold the letters typed in order, those beginning with them first', async () => {
    const { isIncomplete, items } = await completeAfter('sk-a-1');
    assert.equal(isIncomplete, true);
    const ids = items.map(item => item.label);
    const beginning = ['SK-A-1', ...Array.from({ length: 10 }, (_, index) => `SK-A-1${index}`), ...Array.from({ length: 51 }, (_, index) => `SK-A-${100 + index}`)];
    assert.deepEqual(ids.slice(0, beginning.length), beginning);
    assert.deepEqual(ids.slice(beginning.length, beginning.length + 3), ['SK-A-21', 'SK-A-31', 'SK-A-41']);
    assert.ok(ids.every(id => /s.*k.*-.*a.*-.*1/i.test(id)), ids.join());
    assert.ok(!ids.some(id => id.startsWith('SK-B-')), 'the unit\'s own ids only when they match');
  });
});
