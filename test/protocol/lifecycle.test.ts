import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from './client';

/** A small design across files: the objective is assessed only by `assessments.md`. */
const DESIGN: Record<string, string> = {
  'skills.md': '---\ntype: skill\nid: SK-1\ntitle: Hand washing\nkind: skill\n---\n',
  'objective.md': '---\ntype: objective\nid: OBJ-1\nstatement: Given soap and water, the nurse will wash hands in 40 seconds.\nskills: [SK-1]\n---\n',
  'assessments.md': '---\ntype: assessment\nitems:\n  - id: AS-1\n    objectives: [OBJ-1]\n---\n',
  'activities.md': '---\ntype: activity\nid: ACT-1\nobjectives: [OBJ-1]\n---\n',
  'README.md': '# Notes\n\nNot a design document: `type` is missing.\n',
  'node_modules/pkg/bad.md': '---\ntype: nonsense\n---\n',
};

function writeTree(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

function snapshot(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else hashes.set(full, createHash('sha1').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return hashes;
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(diagnostic => diagnostic.code).sort();

describe('language server: diagnostics over the protocol', function () {
  this.timeout(30_000);
  let root: string;
  let client: LspTestClient;
  let before: Map<string, string>;

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'idstudio-lifecycle-'));
    writeTree(root, DESIGN);
    before = snapshot(root);
    client = await LspTestClient.start(root);
    await client.waitForDiagnostics(client.uri('activities.md'));
    await client.settle();
  });

  afterEach(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes every design document, never opened, and nothing for other Markdown or node_modules', () => {
    for (const file of ['skills.md', 'objective.md', 'assessments.md', 'activities.md']) {
      assert.deepEqual(client.diagnostics.get(client.uri(file)), [], file);
    }
    assert.equal(client.diagnostics.has(client.uri('README.md')), false);
    assert.equal(client.diagnostics.has(client.uri('node_modules/pkg/bad.md')), false);
  });

  it('adds and removes a diagnostic as a document is edited', async () => {
    const uri = client.uri('objective.md');
    const original = client.text(uri);
    await client.open(uri);
    await client.change(uri, original.replace('will wash hands', 'will understand hand washing'));
    const flagged = await client.waitForDiagnostics(uri, diagnostics => diagnostics.length > 0);
    assert.deepEqual(codes(flagged), ['objective-not-measurable']);
    assert.equal(flagged[0].range.start.line, 3);
    await client.change(uri, original);
    assert.deepEqual(await client.waitForDiagnostics(uri, diagnostics => diagnostics.length === 0), []);
  });

  it('flags an objective in another file when its only assessment goes, and clears it on undo', async () => {
    const assessments = client.uri('assessments.md');
    const objective = client.uri('objective.md');
    const original = client.text(assessments);
    await client.open(assessments);
    await client.change(assessments, original.replace('objectives: [OBJ-1]', 'objectives: []'));
    const flagged = await client.waitForDiagnostics(objective, diagnostics => diagnostics.length > 0);
    assert.deepEqual(codes(flagged), ['objective-not-assessed']);
    assert.deepEqual(codes(client.diagnostics.get(assessments)!), ['assessment-without-objective']);
    await client.change(assessments, original);
    await client.waitForDiagnostics(objective, diagnostics => diagnostics.length === 0);
  });

  it('follows files deleted and created on disk', async () => {
    const skills = client.uri('skills.md');
    unlinkSync(path.join(root, 'skills.md'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: skills, type: FileChangeType.Deleted }] });
    const broken = await client.waitForDiagnostics(client.uri('objective.md'), diagnostics => diagnostics.length > 0);
    assert.deepEqual(codes(broken), ['unknown-reference']);
    assert.deepEqual(client.diagnostics.get(skills), []);

    writeFileSync(path.join(root, 'skills.md'), DESIGN['skills.md']);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: skills, type: FileChangeType.Created }] });
    await client.waitForDiagnostics(client.uri('objective.md'), diagnostics => diagnostics.length === 0);
  });

  it('applies a changed .idstudio.json', async () => {
    const objective = client.uri('objective.md');
    writeFileSync(path.join(root, 'objective.md'), DESIGN['objective.md'].replace('in 40 seconds', 'properly'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: objective, type: FileChangeType.Changed }] });
    await client.waitForDiagnostics(objective, diagnostics => codes(diagnostics).includes('objective-missing-criterion'));
    writeFileSync(path.join(root, '.idstudio.json'), JSON.stringify({ rules: { 'objective-missing-criterion': 'off' } }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.idstudio.json'), type: FileChangeType.Created }] });
    await client.waitForDiagnostics(objective, diagnostics => diagnostics.length === 0);
  });

  it('returns to the file on disk when an edited document is closed unsaved, and never writes a file', async () => {
    const uri = client.uri('activities.md');
    await client.open(uri);
    await client.change(uri, client.text(uri).replace('id: ACT-1', 'id: 1-act'));
    await client.waitForDiagnostics(uri, diagnostics => codes(diagnostics).includes('invalid-id'));
    await client.close(uri);
    await client.waitForDiagnostics(uri, diagnostics => diagnostics.length === 0);
    await client.settle();
    assert.deepEqual(snapshot(root), before);
  });
});

describe('language server: multi-root', function () {
  this.timeout(30_000);

  it('keeps one design per workspace folder: ids do not leak across folders', async () => {
    const first = mkdtempSync(path.join(tmpdir(), 'idstudio-root-a-'));
    const second = mkdtempSync(path.join(tmpdir(), 'idstudio-root-b-'));
    writeTree(first, { 'skills.md': DESIGN['skills.md'] });
    writeTree(second, { 'objective.md': DESIGN['objective.md'] });
    const client = await LspTestClient.start(first, { moreFolders: [second] });
    try {
      const objective = await client.waitForDiagnostics(`${client.uri(path.join(second, 'objective.md'))}`,
        diagnostics => diagnostics.length > 0);
      assert.ok(codes(objective).includes('unknown-reference'), JSON.stringify(objective));
      // The objective in the other folder does not count for this skill either.
      assert.deepEqual(codes(await client.waitForDiagnostics(client.uri('skills.md'))), ['skill-without-objective']);

      // Removing a folder clears its diagnostics; the server keeps serving the other one.
      const objectiveUri = client.uri(path.join(second, 'objective.md'));
      await client.notify('workspace/didChangeWorkspaceFolders',
        { event: { added: [], removed: [{ uri: client.uri(second), name: path.basename(second) }] } });
      assert.deepEqual(await client.waitForDiagnostics(objectiveUri, diagnostics => diagnostics.length === 0), []);
      assert.ok(await client.request('textDocument/hover', { textDocument: { uri: client.uri('skills.md') }, position: { line: 2, character: 5 } }));
    } finally {
      await client.stop();
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });
});
