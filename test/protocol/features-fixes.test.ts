// Quick fixes over the protocol: each fix's edit is applied as an editor would, and the diagnostic is gone.
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import type { LspTestClient } from './client';
import { applyWorkspaceEdit, codes, DESIGN, editsByUri, NO_ASSESSMENTS, openFile, startOn } from './features-helpers';

describe('protocol: quick fixes', function () {
  let client: LspTestClient;
  afterEach(async () => { await client?.stop(); });

  /** Opens `file`, waits for its diagnostic `code`, and returns the code actions offered for it. */
  async function fixesFor(file: string, code: string, message?: RegExp): Promise<{ uri: string; diagnostic: Diagnostic; actions: CodeAction[] }> {
    const { uri } = await openFile(client, file);
    const matches = (diagnostic: Diagnostic) => diagnostic.code === code && (!message || message.test(diagnostic.message));
    const diagnostic = (await client.waitForDiagnostics(uri, diagnostics => diagnostics.some(matches))).find(matches)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    for (const action of actions) {
      assert.equal(action.kind, 'quickfix');
      assert.deepEqual(action.diagnostics, [diagnostic]);
      assert.ok(!action.title.includes('`'), `a quick-fix title is plain text: ${action.title}`);
    }
    return { uri, diagnostic, actions };
  }

  const titles = (actions: CodeAction[]) => actions.map(action => action.title);
  const touched = (action: CodeAction) => [...editsByUri(action.edit!).keys()].map(uri => uri.split('/').pop());

  /** Applies an action and waits until `uri` no longer has the diagnostic. */
  async function applyAndRecheck(action: CodeAction, uri: string, diagnostic: Diagnostic): Promise<Map<string, string>> {
    const texts = await applyWorkspaceEdit(client, action.edit!);
    await client.waitForDiagnostics(uri, diagnostics => !diagnostics.some(other => other.code === diagnostic.code
      && other.range.start.line === diagnostic.range.start.line && other.message === diagnostic.message));
    return texts;
  }

  it('replaces a non-measurable phrase with each suggested verb', async () => {
    client = await startOn(DESIGN, '06-objectives.md');
    const { uri, diagnostic, actions } = await fixesFor('06-objectives.md', 'objective-not-measurable');
    assert.deepEqual(titles(actions), [
      'Replace "understand the importance of" with "explain"',
      'Replace "understand the importance of" with "justify"',
      'Replace "understand the importance of" with "describe"',
      'Disable "objective-not-measurable" for this line',
    ]);
    assert.deepEqual(touched(actions[0]), ['06-objectives.md']);
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, /the nurse will explain the five moments with no error\./);
    assert.ok(!codes(client.diagnostics.get(uri)!).includes('objective-not-measurable'));
  });

  it('keeps the third person: "is familiar with" becomes "describes"', async () => {
    client = await startOn(DESIGN, '06-objectives.md');
    const { uri, text } = await openFile(client, '06-objectives.md');
    await client.change(uri, text.replace('the nurse will understand the importance of', 'The nurse is familiar with'));
    const { diagnostic, actions } = await fixesFor('06-objectives.md', 'objective-not-measurable', /familiar/);
    assert.equal(actions[0].title, 'Replace "is familiar with" with "describes"');
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, /The nurse describes the five moments/);
  });

  it('changes an unknown reference to each closest id of the right kind', async () => {
    client = await startOn(DESIGN, '07-assessments.md');
    const { uri, diagnostic, actions } = await fixesFor('07-assessments.md', 'unknown-reference');
    assert.deepEqual(titles(actions), ['Change to "OBJ-1"', 'Change to "OBJ-2"', 'Change to "OBJ-3"', 'Disable "unknown-reference" for this line']);
    const objectives = client.uri('06-objectives.md');
    await client.waitForDiagnostics(objectives, diagnostics => codes(diagnostics).includes('objective-not-assessed'));
    const texts = await applyAndRecheck(actions[2], uri, diagnostic);
    assert.match(texts.get(uri)!, /objectives:\n {6}- OBJ-3\n/);
    await client.waitForDiagnostics(objectives, diagnostics => !codes(diagnostics).includes('objective-not-assessed'));
  });

  it('inserts a unique id as the first key of an `items:` entry', async () => {
    client = await startOn(DESIGN, '04-tasks.md');
    const { uri, diagnostic, actions } = await fixesFor('04-tasks.md', 'missing-id');
    assert.equal(actions[0].title, 'Add the id "T-1"');
    assert.equal(actions[0].isPreferred, true);
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, /\n {2}- id: T-1\n {4}title: Report exposures\n/);
    assert.ok(!codes(client.diagnostics.get(uri)!).includes('missing-id'));
  });

  it('inserts an id after `type:` in a single-item document, numbered after the others', async () => {
    client = await startOn(NO_ASSESSMENTS, 'objective-draft.md');
    const { uri, diagnostic, actions } = await fixesFor('objective-draft.md', 'missing-id');
    assert.equal(actions[0].title, 'Add the id "OBJ-GLOVE-2"');
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, /^---\ntype: objective\nid: OBJ-GLOVE-2\ntitle: Take off gloves\n/);
  });

  it('keeps CRLF line breaks', async () => {
    client = await startOn(NO_ASSESSMENTS, 'objective-draft.md');
    const { uri, text } = await openFile(client, 'objective-draft.md');
    await client.change(uri, text.replace(/\n/g, '\r\n'));
    const { diagnostic, actions } = await fixesFor('objective-draft.md', 'missing-id');
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, /^---\r\ntype: objective\r\nid: OBJ-GLOVE-2\r\ntitle: Take off gloves\r\n/);
  });

  it('adds an assessment of an objective to the step 7 collection', async () => {
    client = await startOn(DESIGN, '06-objectives.md');
    const { uri, diagnostic, actions } = await fixesFor('06-objectives.md', 'objective-not-assessed');
    assert.equal(actions[0].title, 'Add an assessment of "OBJ-3" to 07-assessments.md');
    assert.deepEqual(touched(actions[0]), ['07-assessments.md']);
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    const assessments = client.uri('07-assessments.md');
    assert.match(texts.get(assessments)!, /      - OBJ-9\n {2}- id: AS-3\n {4}title: Assessment of Sort waste\n {4}method:\n {4}objectives: \[OBJ-3\]\n---\n/);
    await client.settle();
    assert.deepEqual(codes(client.diagnostics.get(assessments)!), ['unknown-reference']);
  });

  it('creates an assessments file next to the objective when there is no collection', async () => {
    client = await startOn(NO_ASSESSMENTS, 'objective.md');
    const { uri, diagnostic, actions } = await fixesFor('objective.md', 'objective-not-assessed');
    assert.equal(actions[0].title, 'Create assessments.md with an assessment of "OBJ-GLOVE-1" (step 7)');
    const created = client.uri('assessments.md');
    assert.deepEqual(actions[0].edit!.documentChanges![0], { kind: 'create', uri: created, options: { overwrite: false, ignoreIfExists: false } });
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.equal(texts.get(created), '---\ntype: assessment\nitems:\n  - id: AS-1\n    title: Assessment of Put on gloves\n    method:\n    objectives: [OBJ-GLOVE-1]\n---\n');
    assert.deepEqual(await client.waitForDiagnostics(created), []);
  });

  it('offers no file creation to a client that cannot create files', async () => {
    client = await startOn(NO_ASSESSMENTS, 'objective.md', { capabilities: {} });
    const { actions } = await fixesFor('objective.md', 'objective-not-assessed');
    assert.deepEqual(titles(actions), ['Disable "objective-not-assessed" for this line']);
    assert.ok(actions[0].edit!.changes);
  });

  it('adds the likeliest unused skill to a task without skills', async () => {
    client = await startOn(DESIGN, '04-tasks.md');
    const { uri, diagnostic, actions } = await fixesFor('04-tasks.md', 'task-without-skills', /T-WASTE/);
    assert.equal(actions[0].title, 'Add skill "SK-WASTE-sort" to "skills:"');
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, / {4}criticality: high\n {4}skills: \[SK-WASTE-sort\]\n {2}- title: Report exposures/);
  });

  it('fills an empty `skills:` list', async () => {
    client = await startOn(DESIGN, '04-tasks.md');
    const { uri, text } = await openFile(client, '04-tasks.md');
    await client.change(uri, text.replace('    criticality: high\n', '    skills: []\n    criticality: high\n'));
    const { diagnostic, actions } = await fixesFor('04-tasks.md', 'task-without-skills', /T-WASTE/);
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, / {4}skills: \[SK-WASTE-sort\]\n {4}criticality: high\n/);
  });

  it('changes an invalid enum value to each allowed value', async () => {
    client = await startOn(DESIGN, '05-skills.md');
    const { uri, text } = await openFile(client, '05-skills.md');
    await client.change(uri, text.replace('kind: knowledge', 'kind: knowlege'));
    const { diagnostic, actions } = await fixesFor('05-skills.md', 'invalid-value');
    assert.deepEqual(titles(actions).slice(0, 3), ['Change to "skill"', 'Change to "knowledge"', 'Change to "attitude"']);
    const texts = await applyAndRecheck(actions[1], uri, diagnostic);
    assert.equal(texts.get(uri), text);
  });

  it('disables a rule on the next line with the line\'s indentation, and adds to an existing directive', async () => {
    client = await startOn(DESIGN, '01-goal.md');
    const { uri, diagnostic, actions } = await fixesFor('01-goal.md', 'non-training-factors');
    assert.equal(titles(actions)[1], 'Disable "non-training-factors" for this line');
    const texts = await applyAndRecheck(actions[1], uri, diagnostic);
    assert.match(texts.get(uri)!, /\n {2}# idstudio-disable-next-line non-training-factors\n {2}feedback: lacking\n/);

    await client.change(uri, texts.get(uri)!.replace('feedback: lacking', 'feedback: lackin'));
    const second = await fixesFor('01-goal.md', 'invalid-value');
    const disable = second.actions.find(action => action.title.startsWith('Disable'))!;
    const after = await applyAndRecheck(disable, uri, second.diagnostic);
    assert.match(after.get(uri)!, /# idstudio-disable-next-line non-training-factors invalid-value\n {2}feedback: lackin\n/);
  });

  it('adds an intervention for a lacking factor with a TODO to fill in, which placeholder-text then reports', async () => {
    client = await startOn(DESIGN, '01-goal.md');
    const { uri, diagnostic, actions } = await fixesFor('01-goal.md', 'non-training-factors');
    assert.equal(actions[0].title, 'Add an intervention for "feedback" under "interventions:" (to fill in)');
    assert.equal(actions[0].isPreferred, true);
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, /\n {2}skills_knowledge: lacking\ninterventions:\n {2}feedback: TODO plan the intervention \(supervision and regular feedback on performance\)\n---/);
    await client.waitForDiagnostics(uri, diagnostics => codes(diagnostics).includes('placeholder-text'));

    await client.change(uri, texts.get(uri)!.replace('environment: present', 'environment: lacking'));
    const second = await fixesFor('01-goal.md', 'non-training-factors', /environment/);
    const after = await applyAndRecheck(second.actions[0], uri, second.diagnostic);
    assert.match(after.get(uri)!, /\n {2}feedback: TODO plan the intervention \([^)]*\)\n {2}environment: TODO plan the intervention \(tools, supplies and a workable physical setting\)\n---/);
  });

  it('adds "support:" to a rare, critical task', async () => {
    client = await startOn(DESIGN, '04-tasks.md');
    const { uri, text } = await openFile(client, '04-tasks.md');
    await client.change(uri, text.replace('    criticality: high\n', '    frequency: a few times a year\n    criticality: high\n'));
    const { diagnostic, actions } = await fixesFor('04-tasks.md', 'task-without-support');
    assert.deepEqual(titles(actions)[0], 'Add "support:" to the task (a job aid or checklist to name)');
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, / {4}criticality: high\n {4}support: TODO name the job aid or checklist used at the point of need\n {2}- title: Report exposures/);
  });

  it('offers to set a draft lesson\'s status after pretesting, never as the preferred fix', async () => {
    client = await startOn(DESIGN, '09-lesson.md');
    await client.open(client.uri('11-monitoring.md'), '---\ntype: monitoring\ntitle: Watch the sessions\n---\n');
    const { uri, diagnostic, actions } = await fixesFor('09-lesson.md', 'lesson-not-pretested');
    assert.deepEqual(titles(actions).slice(0, 2), [
      'Set the status to "pretested" (only once the lesson has been pretested with learners)',
      'Set the status to "revised" (only once the lesson has been pretested and revised)',
    ]);
    assert.ok(actions.every(action => !action.isPreferred));
    const texts = await applyAndRecheck(actions[0], uri, diagnostic);
    assert.match(texts.get(uri)!, /\nstatus: pretested\n/);
  });

  it('selects a placeholder (the server asks the client to show it)', async () => {
    client = await startOn(DESIGN, '01-goal.md');
    const { uri, text } = await openFile(client, '01-goal.md');
    await client.change(uri, text.replace('title: Fewer infections on the ward', 'title: TODO'));
    const { diagnostic, actions } = await fixesFor('01-goal.md', 'placeholder-text');
    assert.deepEqual(actions[0], {
      title: 'Select the placeholder to replace it', kind: 'quickfix', diagnostics: [diagnostic],
      command: { title: 'Select the placeholder', command: 'idstudio.showItem', arguments: [uri, diagnostic.range] },
    });
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: 7 }, end: { line: 2, character: 11 } });
  });

  it('answers nothing for other kinds, unknown documents and foreign diagnostics', async () => {
    client = await startOn(DESIGN, '07-assessments.md');
    const { uri, diagnostic } = await fixesFor('07-assessments.md', 'unknown-reference');
    const ask = (only?: string[], diagnostics = [diagnostic], target = uri) => client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: target }, range: diagnostic.range, context: { diagnostics, ...(only && { only }) },
    });
    assert.deepEqual(await ask(['refactor']), []);
    assert.equal((await ask(['quickfix'])).length, 4);
    assert.deepEqual(await ask(undefined, [{ ...diagnostic, source: 'other' }]), []);
    assert.deepEqual(await ask(undefined, [diagnostic], client.uri('nowhere.md')), []);
  });
});
