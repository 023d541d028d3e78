// Hover, definition, references, rename, symbols, links, code lens and semantic tokens over the protocol.
import assert from 'node:assert/strict';
import type {
  CodeLens, DocumentLink, DocumentSymbol, Hover, Location, MarkupContent, Range, SemanticTokens,
  SymbolInformation, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { LspTestClient } from './client';
import { applyWorkspaceEdit, at, codes, DESIGN, editsByUri, openFile, startOn } from './features-helpers';

const place = (location: Location) => `${location.uri.split('/').pop()}:${location.range.start.line}:${location.range.start.character}`;

describe('protocol: navigation features', function () {
  let client: LspTestClient;
  before(async () => { client = await startOn(DESIGN, '06-objectives.md'); });
  after(async () => { await client.stop(); });

  async function hoverText(file: string, needle: string, shift = 1): Promise<string | undefined> {
    const { uri } = await openFile(client, file);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(client, uri, needle, shift) });
    return hover ? (hover.contents as MarkupContent).value : undefined;
  }

  it('hovers a reference with the target\'s kind, step, title and file', async () => {
    const text = await hoverText('04-tasks.md', 'SK-HH-wash');
    assert.ok(text);
    assert.match(text, /\*\*Skill\*\* `SK-HH-wash` · step 5, Essential skills and knowledge/);
    assert.match(text, /Wash hands with soap and water/);
    assert.match(text, /\[05-skills\.md:4\]\(file:\/\/.*05-skills\.md#L4\)/);
  });

  it('hovers an id with its statement and how often it is referenced', async () => {
    const text = await hoverText('06-objectives.md', 'OBJ-1');
    assert.match(text!, /\*\*Objective\*\* `OBJ-1` · step 6/);
    assert.match(text!, /> Given soap and water, the nurse will wash hands/);
    assert.match(text!, /Referenced 3 times\./);
  });

  it('hovers a statement with the behaviours, Bloom levels, condition and criterion as read', async () => {
    const wash = await hoverText('06-objectives.md', 'the nurse will wash');
    assert.match(wash!, /^\*\*Objective statement, as read\*\*/);
    assert.match(wash!, /- Behaviour: \*\*wash\*\* \(wash; Bloom: perform; psychomotor\)/);
    assert.match(wash!, /- Condition: "Given soap and water"/);
    assert.match(wash!, /- Criterion: "at least 40"/);
    const moments = await hoverText('06-objectives.md', 'will understand');
    assert.match(moments!, /- Not observable: \*\*understand the importance of\*\* \(an internal state nobody can watch\); for example \*explain\*/);
    assert.match(moments!, /- Criterion: "with no error"/);
  });

  it('hovers an unknown reference, `type:` and a reference field', async () => {
    assert.equal(await hoverText('07-assessments.md', 'OBJ-9'), 'No item has the id `OBJ-9`.');
    const type = await hoverText('06-objectives.md', 'objective', 2);
    assert.match(type!, /^\*\*Step 6 · Learning objectives\*\* \(Design\)\n\nWrite measurable learning objectives/);
    assert.match((await hoverText('09-lesson.md', 'activities'))!, /ids of activity items \(step 8/);
    assert.equal(await hoverText('06-objectives.md', 'Objectives of the'), undefined);
  });

  it('hovers the goal\'s gap with the measures of step 12, and the measures with the gap', async () => {
    assert.match((await hoverText('01-goal.md', 'gap'))!, /No evaluation \(step 12\) lists `measures:` of this gap yet\./);
    const evaluation = client.uri('12-evaluation.md');
    await client.open(evaluation, '---\ntype: evaluation\nmeasures:\n  - Repeat audit of the moments\n---\n');
    assert.match((await hoverText('01-goal.md', 'gap'))!, /Measured again in step 12 by:\n- Repeat audit of the moments$/);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: evaluation }, position: at(client, evaluation, 'measures', 1) });
    assert.match((hover!.contents as MarkupContent).value, /The gap of step 1:\n> Nurses wash hands in 40% of the moments; the target is 90%\./);
    await client.close(evaluation);
  });

  it('goes from a reference to the id\'s definition', async () => {
    const { uri } = await openFile(client, '09-lesson.md');
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at(client, uri, 'OBJ-1', 2) });
    assert.deepEqual(locations.map(place), ['06-objectives.md:3:8']);
    assert.equal(locations[0].range.end.character, 13);
  });

  it('finds every reference, and the declaration on request', async () => {
    const { uri } = await openFile(client, '06-objectives.md');
    const position = at(client, uri, 'OBJ-2', 0);
    const uses = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    assert.deepEqual(uses.map(place), ['07-assessments.md:6:24', '08-activity.md:4:20']);
    const all = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.deepEqual(all.map(place), ['06-objectives.md:7:8', '07-assessments.md:6:24', '08-activity.md:4:20']);
  });

  it('refuses to rename outside an id, to an invalid id or to an existing one', async () => {
    const { uri } = await openFile(client, '06-objectives.md');
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: at(client, uri, 'Objectives of') }),
      /Place the cursor on an id or a reference/);
    const position = at(client, uri, 'OBJ-1', 1);
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position }),
      { range: { start: { line: 3, character: 8 }, end: { line: 3, character: 13 } }, placeholder: 'OBJ-1' });
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: '1-bad' }), /not a valid id/);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'null' }), /not a valid id/);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'OBJ-2' }), /already the id of an objective/);
  });

  it('renames an id in every file as one edit with the versions of open documents', async () => {
    const objectives = await openFile(client, '06-objectives.md');
    const before = new Map<string, string[]>();
    for (const file of ['06-objectives.md', '07-assessments.md', '08-activity.md', '09-lesson.md']) {
      before.set(file, codes(await client.waitForDiagnostics(client.uri(file))));
    }
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: objectives.uri }, position: at(client, objectives.uri, 'OBJ-1', 1), newName: 'OBJ-HH-1',
    });
    const versions = new Map(edit.documentChanges!.map(change => 'textDocument' in change ? [change.textDocument.uri.split('/').pop(), change.textDocument.version] : ['', 0]));
    assert.deepEqual([...versions.keys()].sort(), ['06-objectives.md', '07-assessments.md', '08-activity.md', '09-lesson.md']);
    assert.equal(versions.get('06-objectives.md'), client.version(objectives.uri));
    assert.equal(versions.get('08-activity.md'), null);
    const texts = await applyWorkspaceEdit(client, edit);
    assert.match(texts.get(client.uri('09-lesson.md'))!, /objectives: \[OBJ-HH-1\]/);
    assert.match(texts.get(client.uri('07-assessments.md'))!, /objectives: \[OBJ-HH-1, OBJ-2\]/);
    await client.settle();
    for (const [file, expected] of before) assert.deepEqual(codes(client.diagnostics.get(client.uri(file)) ?? []), expected, file);
    const uses = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: objectives.uri }, position: at(client, objectives.uri, 'OBJ-HH-1', 1), context: { includeDeclaration: false },
    });
    assert.equal(uses.length, 3);
    for (const [uri, text] of texts) await client.change(uri, text.replaceAll('OBJ-HH-1', 'OBJ-1'));
  });

  it('renames with plain `changes` for a client without documentChanges', async () => {
    const plain = await startOn(DESIGN, '06-objectives.md', { capabilities: {} });
    try {
      const uri = plain.uri('08-activity.md');
      await plain.open(uri);
      const edit = await plain.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at(plain, uri, 'OBJ-3', 1), newName: 'OBJ-WASTE' });
      assert.equal(edit.documentChanges, undefined);
      assert.deepEqual([...editsByUri(edit).keys()].map(key => key.split('/').pop()).sort(), ['06-objectives.md', '08-activity.md']);
    } finally {
      await plain.stop();
    }
  });

  it('lists the items of a document as symbols', async () => {
    const { uri } = await openFile(client, '06-objectives.md');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map(symbol => [symbol.name, symbol.detail, symbol.kind]),
      [['OBJ-1', 'Wash hands', 14], ['OBJ-2', 'Moments', 14], ['OBJ-3', 'Sort waste', 14]]);
    assert.deepEqual(symbols[0].range, { start: { line: 3, character: 4 }, end: { line: 6, character: 38 } });
    const tasks = await openFile(client, '04-tasks.md');
    const taskSymbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: tasks.uri } });
    assert.deepEqual(taskSymbols.map(symbol => symbol.name), ['T-HH', 'T-WASTE', 'Report exposures']);
  });

  it('finds workspace symbols by id or title, loosely', async () => {
    const search = (query: string) => client.request<SymbolInformation[]>('workspace/symbol', { query });
    const wash = (await search('wash')).map(symbol => symbol.name);
    assert.deepEqual(wash.slice(0, 4).sort(), ['ACT-1 — Hand washing practice', 'AS-1 — Hand washing checklist',
      'OBJ-1 — Wash hands', 'SK-HH-wash — Wash hands with soap and water']);
    assert.deepEqual((await search('obj3')).map(symbol => symbol.name), ['OBJ-3 — Sort waste']);
    const all = await search('');
    assert.equal(all.length, 14);
    assert.equal(all.find(symbol => symbol.name.startsWith('LES-1'))!.containerName, 'lesson · step 9');
  });

  it('links each reference to the file and line of its target', async () => {
    const { uri } = await openFile(client, '09-lesson.md');
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map(link => link.target!.split('/').pop()), ['06-objectives.md#L4', '08-activity.md#L3', '07-assessments.md#L4']);
    assert.deepEqual(links[0].range, { start: { line: 5, character: 13 }, end: { line: 5, character: 18 } });
  });

  it('shows on each objective how many assessments, activities and lessons use it', async () => {
    const { uri } = await openFile(client, '06-objectives.md');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map(lens => `${lens.range.start.line}: ${lens.command!.title}`), [
      '3: assessed by 1 assessment', '3: practised in 1 activity', '3: taught in 1 lesson',
      '7: assessed by 1 assessment', '7: practised in 1 activity', '7: taught in 0 lessons',
      '11: assessed by 0 assessments', '11: practised in 1 activity', '11: taught in 0 lessons',
    ]);
    const [command, position, locations] = lenses[0].command!.arguments! as [string, Range['start'], Location[]];
    assert.equal(lenses[0].command!.command, 'editor.action.showReferences');
    assert.equal(command, uri);
    assert.deepEqual(position, { line: 3, character: 8 });
    assert.deepEqual(locations.map(place), ['07-assessments.md:6:17']);
    assert.equal(lenses[5].command!.command, '');
    const tasks = await openFile(client, '04-tasks.md');
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: tasks.uri } }), []);
  });

  it('highlights ids as declarations and references as read-only variables', async () => {
    const { uri } = await openFile(client, '09-lesson.md');
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    const text = client.text(uri).split('\n');
    for (let index = 0; index < tokens.data.length; index += 5) {
      const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(index, index + 5);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
      const names = legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
      decoded.push(`${text[line].slice(character, character + length)}:${legend.tokenTypes[type]}:${names.join('+')}`);
    }
    assert.deepEqual(decoded, ['LES-1:variable:declaration+readonly', 'OBJ-1:variable:readonly', 'ACT-1:variable:readonly', 'AS-1:variable:readonly']);
  });

  it('answers empty for unknown documents and out-of-range positions', async () => {
    const unknown = { uri: client.uri('nowhere.md') };
    const far = { line: 500, character: 80 };
    assert.equal(await client.request('textDocument/hover', { textDocument: unknown, position: far }), null);
    assert.equal(await client.request('textDocument/definition', { textDocument: unknown, position: far }), null);
    assert.deepEqual(await client.request('textDocument/references', { textDocument: unknown, position: far, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: unknown }), []);
    assert.deepEqual(await client.request('textDocument/documentLink', { textDocument: unknown }), []);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: unknown }), []);
    assert.deepEqual(await client.request('textDocument/semanticTokens/full', { textDocument: unknown }), { data: [] });
    const { uri } = await openFile(client, '06-objectives.md');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: far }), null);
    assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri }, position: far }), null);
  });
});
