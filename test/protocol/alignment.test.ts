import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic, Hover, ShowDocumentParams } from 'vscode-languageserver-protocol';
import { matrixRows, type MatrixRow } from '../../server/src/core/matrix';
import { AlignmentMatrixRequest, type AlignmentMatrixResult } from '../../server/src/protocol';
import { fileUri, LspTestClient, PROJECT_ROOT } from './client';

const SAMPLE = path.join(PROJECT_ROOT, 'sample-workspace');
const ASSESSMENTS = '2-design/07-assessments.md';
const EXPOSURE_METHOD = 'Timed role play of a needle-stick injury, from first aid to the report\n      to the nurse in charge, observed with a checklist.';

describe('protocol: alignment matrix, rules and quick fixes', function () {
  this.timeout(30_000);
  let root: string;
  let client: LspTestClient;
  const shown: ShowDocumentParams[] = [];

  const matrixOf = (uri: string) => client.request<AlignmentMatrixResult>(AlignmentMatrixRequest.method, { uri });
  const row = (result: AlignmentMatrixResult, id: string): MatrixRow => {
    const found = matrixRows(result.matrix).find(candidate => candidate.objective.id === id);
    assert.ok(found, `no row ${id}`);
    return found;
  };

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'idstudio-alignment-'));
    fs.cpSync(SAMPLE, root, { recursive: true });
    client = await LspTestClient.start(root);
    client.connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
      shown.push(params);
      return { success: true };
    });
  });

  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers the matrix of the design of any of its documents: rows grouped by task and skill, cells, marks and counts', async () => {
    const result = await matrixOf(client.uri('2-design/06-objectives.md'));
    assert.equal(result.designUri, fileUri(root));
    const rows = matrixRows(result.matrix);
    assert.equal(rows.length, 18);
    assert.equal(result.matrix.groups[0].task?.id, 'T-HAI');
    assert.deepEqual(result.matrix.groups[0].skills, []);
    const ppe3 = row(result, 'OBJ-PPE-3');
    assert.deepEqual(ppe3.marks, ['not-assessed']);
    assert.deepEqual([ppe3.level, ppe3.activities.map(item => item.id), ppe3.lessons.map(item => item.id)],
      ['psychomotor', ['ACT-PPE-glow'], ['LES-2']]);
    const hh1 = row(result, 'OBJ-HH-1');
    assert.deepEqual(hh1.assessments.map(item => [item.id, item.classes]), [['AS-written', ['tests-knowledge']]]);
    assert.equal(hh1.level, 'apply');
    assert.deepEqual(hh1.assessments[0].range, { start: { line: 3, character: 8 }, end: { line: 3, character: 18 } });
    assert.equal(result.matrix.counts.tasksWithoutSkills, 1);
    assert.equal(result.matrix.counts.assessed, 17);
  });

  it('follows an edit: an exposure role play turned into oral questions is a method mismatch, with related information and quick fixes', async () => {
    const uri = client.uri(ASSESSMENTS);
    const objectives = client.uri('2-design/06-objectives.md');
    const before = client.text(uri);
    assert.ok(before.includes(EXPOSURE_METHOD));
    await client.open(uri, before);
    await client.change(uri, before.replace(EXPOSURE_METHOD, 'Three oral questions on first aid after a needle-stick injury.'));
    const diagnostics = await client.waitForDiagnostics(objectives, found => found.some(d => d.code === 'assessment-method-mismatch'));
    const mismatch = diagnostics.find(d => d.code === 'assessment-method-mismatch') as Diagnostic;
    assert.deepEqual(mismatch.range, { start: { line: 108, character: 8 }, end: { line: 108, character: 18 } });
    assert.deepEqual(mismatch.relatedInformation, [{
      location: { uri, range: { start: { line: 54, character: 8 }, end: { line: 54, character: 24 } } },
      message: 'Assessment "AS-EXPO-roleplay" tests knowledge: "Three oral questions on first aid after a needle-stick injury."',
    }]);
    assert.deepEqual(row(await matrixOf(uri), 'OBJ-EXPO-1').marks, ['method-mismatch']);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: objectives }, range: mismatch.range, context: { diagnostics: [mismatch] },
    });
    const open = actions.find(action => action.command?.command === 'idstudio.showItem');
    assert.equal(open?.title, 'Open assessment "AS-EXPO-roleplay" to change its method');
    await client.request('workspace/executeCommand', { command: open!.command!.command, arguments: open!.command!.arguments });
    assert.deepEqual(shown.at(-1), { uri, selection: mismatch.relatedInformation![0].location.range, takeFocus: true });

    await client.change(uri, before);
    await client.waitForDiagnostics(objectives, found => !found.some(d => d.code === 'assessment-method-mismatch'));
    assert.deepEqual(row(await matrixOf(uri), 'OBJ-EXPO-1').marks, []);
  });

  it('shows on hover how a method was classified', async () => {
    const uri = client.uri(ASSESSMENTS);
    const line = client.text(uri).split('\n').findIndex(text => text.includes('Direct observation of one hand rub'));
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*method\*\*: observes performance\n\nMatched "observation" \(observes performance\), "checklist" \(observes performance\)\./);
  });
});
