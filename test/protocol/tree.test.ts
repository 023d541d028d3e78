import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DesignChangedNotification, DesignTreeRequest, type DesignChangedParams, type DesignOutline, type DesignTreeResult,
  type OutlineItem, type OutlineStep,
} from '../../server/src/protocol';
import { fileUri, LspTestClient, PROJECT_ROOT } from './client';

const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'tree');

/** A writable copy of the fixture folders (`design`, `empty`), removed after the test. */
function copyFixture(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'idstudio-tree-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
  return root;
}

/** Collects `idstudio/designChanged` notifications and waits for the next one. */
class ChangeListener {
  private readonly received: DesignChangedParams[] = [];
  private waiting: ((params: DesignChangedParams) => void) | undefined;

  constructor(client: LspTestClient) {
    client.connection.onNotification(DesignChangedNotification, (params: DesignChangedParams) => {
      this.received.push(params);
      this.waiting?.(params);
    });
  }

  /** Resolves with the first notification after this call. */
  next(timeoutMs = 5000): Promise<DesignChangedParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no idstudio/designChanged notification')), timeoutMs);
      this.waiting = params => {
        clearTimeout(timer);
        this.waiting = undefined;
        resolve(params);
      };
    });
  }
}

function steps(outline: DesignOutline): OutlineStep[] {
  return outline.phases.flatMap(phase => phase.steps);
}

function item(outline: DesignOutline, id: string): OutlineItem {
  const found = steps(outline).flatMap(step => step.items).find(candidate => candidate.id === id);
  assert.ok(found, `no item ${id}`);
  return found;
}

describe('protocol: idstudio/designTree', function () {
  this.timeout(20_000);
  let root: string;
  let client: LspTestClient;
  let changes: ChangeListener;
  let initialChange: DesignChangedParams;

  async function tree(folderUri?: string): Promise<DesignTreeResult> {
    return client.connection.sendRequest(DesignTreeRequest, folderUri ? { folderUri } : {});
  }

  async function designOutline(): Promise<DesignOutline> {
    const { folders } = await tree(fileUri(path.join(root, 'design')));
    return folders[0].outline;
  }

  beforeEach(async () => {
    root = copyFixture();
    client = await LspTestClient.start(path.join(root, 'design'), { moreFolders: [path.join(root, 'empty')] });
    changes = new ChangeListener(client);
    initialChange = await changes.next();
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('notifies every design once the initial indexing is done (a folder without a design is none)', () => {
    assert.deepEqual(initialChange.folderUris.sort(), [fileUri(path.join(root, 'design'))]);
  });

  it('answers per design with phases, step statuses, items and the summary; nothing for a folder without a design', async () => {
    const { folders } = await tree();
    assert.deepEqual(folders.map(folder => [folder.name, folder.uri]).sort(), [['design', fileUri(path.join(root, 'design'))]]);
    const design = folders.find(folder => folder.name === 'design')!.outline;
    assert.deepEqual(steps(design).map(step => `${step.step} ${step.status}`), [
      '1 complete', '2 not-started', '3 not-started', '4 not-started', '5 complete',
      '6 in-progress', '7 complete', '8 complete', '9 complete', '10 not-started', '11 not-started', '12 not-started',
    ]);
    const objectives = steps(design)[5];
    assert.deepEqual(objectives.problems, { errors: 0, warnings: 1, infos: 0, placeholders: 0 });
    assert.deepEqual(objectives.documents, [client.uri('2-design/06-objectives.md')]);
    assert.deepEqual(objectives.items.map(entry => [entry.id, entry.title, entry.problems.warnings]),
      [['OBJ-DISPOSE', 'Dispose of a used needle', 0], ['OBJ-BINS', 'Name the bins', 1]]);
    assert.deepEqual(item(design, 'OBJ-BINS').range, { start: { line: 9, character: 8 }, end: { line: 9, character: 16 } });
    assert.deepEqual(design.summary, {
      stepsWithItems: 6, stepsComplete: 5, objectives: 2, objectivesNotAssessed: 1, designDocuments: 6,
      problems: { errors: 0, warnings: 1, infos: 0, placeholders: 0 },
    });
  });

  it('lists what links to each objective, with where each linked item is defined', async () => {
    const links = item(await designOutline(), 'OBJ-DISPOSE').links!;
    assert.deepEqual(links.skills.map(link => [link.id, link.uri, link.range.start.line]),
      [['SK-DISPOSE', client.uri('1-analyze/05-skills.md'), 3]]);
    assert.deepEqual(links.assessments.map(link => [link.id, link.title]), [['AS-STATION', 'Sharps station']]);
    assert.deepEqual(links.activities.map(link => link.id), ['ACT-DEMO']);
    assert.deepEqual(links.lessons.map(link => [link.id, link.uri, link.range.start.line]),
      [['LES-SHARPS', client.uri('3-develop/09-lesson.md'), 2]]);
    assert.deepEqual(item(await designOutline(), 'OBJ-BINS').links!.assessments, []);
  });

  it('answers only the design asked for', async () => {
    assert.deepEqual((await tree(fileUri(path.join(root, 'empty')))).folders, []);
    assert.deepEqual((await tree(fileUri(path.join(root, 'design')))).folders.map(folder => folder.name), ['design']);
  });

  it('notifies a change after an edit and answers with the edited text', async () => {
    await tree(); // after startup, changes are announced to a client that shows the tree
    const uri = client.uri('2-design/07-assessments.md');
    await client.open(uri);
    const changed = changes.next();
    await client.change(uri, client.text(uri).replace('[OBJ-DISPOSE]', '[OBJ-DISPOSE, OBJ-BINS]'));
    assert.deepEqual((await changed).folderUris, [fileUri(path.join(root, 'design'))]);
    const outline = await designOutline();
    assert.equal(steps(outline)[5].status, 'complete');
    assert.deepEqual(item(outline, 'OBJ-BINS').links!.assessments.map(link => link.id), ['AS-STATION']);
    assert.equal(outline.summary.objectivesNotAssessed, 0);
    assert.equal(outline.summary.stepsComplete, 6);
  });

  it('reports new problems on the step and the item they belong to', async () => {
    const uri = client.uri('2-design/06-objectives.md');
    await client.open(uri);
    await client.change(uri, client.text(uri).replace('skills: [K-BINS]', 'skills: [K-BIN]'));
    const outline = await designOutline();
    assert.equal(steps(outline)[5].status, 'in-progress');
    assert.deepEqual(item(outline, 'OBJ-BINS').problems, { errors: 1, warnings: 1, infos: 0, placeholders: 0 });
    assert.deepEqual(item(outline, 'OBJ-DISPOSE').problems, { errors: 0, warnings: 0, infos: 0, placeholders: 0 });
    assert.equal(item(outline, 'OBJ-BINS').links!.skills.length, 0);
    assert.equal(steps(outline)[4].problems.warnings, 1, 'K-BINS is now covered by no objective');
  });

  it('notifies a change that alters no diagnostic, such as a new title', async () => {
    const uri = client.uri('3-develop/09-lesson.md');
    await client.open(uri);
    await designOutline();
    const changed = changes.next();
    await client.change(uri, client.text(uri).replace('title: Sharps safety', 'title: Sharps safety on the ward'));
    await changed;
    assert.equal(item(await designOutline(), 'LES-SHARPS').title, 'Sharps safety on the ward');
  });

  it('follows files created and deleted on disk', async () => {
    await tree();
    const file = path.join(root, 'design', '1-analyze', '02-learners.md');
    fs.writeFileSync(file, '---\ntype: learners\ntitle: Ward nurses\ncount: 40\n---\n');
    const created = changes.next();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 1 }] });
    await created;
    assert.equal(steps(await designOutline())[1].status, 'complete');
    fs.rmSync(file);
    const deleted = changes.next();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 3 }] });
    await deleted;
    assert.equal(steps(await designOutline())[1].status, 'not-started');
  });

  it('stays silent when an edit leaves the outline as it was', async () => {
    const uri = client.uri('notes.md');
    await client.open(uri);
    await designOutline();
    const changed = changes.next(1000);
    await client.change(uri, '# Notes\n\nStill not a design document.\n');
    await assert.rejects(changed, /no idstudio\/designChanged/);
  });
});
