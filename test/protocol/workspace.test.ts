import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { LspTestClient, PROJECT_ROOT } from './client';
import { barrier, entries, freshCheck, publishedUnder } from './fresh-check';

const SITES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'sites');
const SKILL = '---\ntype: skill\nid: SK-1\ntitle: Hand washing\nkind: skill\n---\n';
const OBJECTIVE = '---\ntype: objective\nid: OBJ-1\nstatement: Given soap and water, the nurse will wash hands in 40 seconds.\nskills: [SK-1]\n---\n';
const TASK = '---\ntype: task\nid: T-1\ntitle: Clean hands\n---\n';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

const codes = (client: LspTestClient, file: string) => (client.diagnostics.get(client.uri(file)) ?? []).map(d => d.code).sort();

describe('language server: design roots and workspace changes (issues 12 and 18)', function () {
  this.timeout(60_000);
  let root: string;
  let client: LspTestClient | undefined;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'idstudio-workspace-'));
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  async function start(folder = root, options = {}): Promise<LspTestClient> {
    client = await LspTestClient.start(folder, options);
    await barrier(client);
    return client;
  }

  describe('design roots', () => {
    it('gives the curriculum (three nested designs) exactly the findings of idstudio check', async () => {
      cpSync(path.join(SITES, 'curriculum'), root, { recursive: true });
      const lsp = await start();
      const fresh = freshCheck(root);
      assert.ok(fresh.size >= 3, 'the fixture has findings in several courses');
      assert.deepEqual(entries(publishedUnder(lsp, root)), entries(fresh));
      assert.deepEqual(codes(lsp, 'nutrition/analysis/skills.md'), [], 'the course turns skill-without-objective off');
      assert.deepEqual(codes(lsp, 'malaria/analysis/skills.md'), ['skill-without-objective']);
    });

    it('opens a course subfolder within its design whose root is above the workspace folder', async () => {
      cpSync(path.join(SITES, 'curriculum'), root, { recursive: true });
      const folder = path.join(root, 'hygiene', 'design');
      const lsp = await start(folder);
      assert.deepEqual(entries(publishedUnder(lsp, folder)), entries(freshCheck(root, 'hygiene/design')));
      assert.deepEqual(codes(lsp, 'objectives.md'), [], 'the skill it references is in ../analysis, outside the workspace folder');
    });

    it('gives two workspace folders of one curriculum the findings of their designs', async () => {
      cpSync(path.join(SITES, 'curriculum'), root, { recursive: true });
      const lsp = await start(path.join(root, 'malaria'), { moreFolders: [path.join(root, 'hygiene')] });
      const fresh = freshCheck(root);
      assert.deepEqual(entries(publishedUnder(lsp, root)), entries(fresh));
    });

    for (const site of ['docsy', 'jekyll', 'carpentries']) {
      it(`publishes nothing at all for a ${site} site, and shows no design`, async () => {
        cpSync(path.join(SITES, site), root, { recursive: true });
        const lsp = await start();
        assert.deepEqual([...lsp.diagnostics.values()].filter(d => d.length), []);
        assert.deepEqual((await lsp.request<{ folders: unknown[] }>('idstudio/designTree', {})).folders, []);
      });
    }

    it('reports a broken .idstudio.json on the file, with the JSON path and the schema\'s message, and keeps the last valid configuration', async () => {
      writeTree(root, { '.idstudio.json': '{ "rules": { "skill-without-objective": "off" } }\n', 'skills.md': SKILL });
      const lsp = await start();
      const config = lsp.uri('.idstudio.json');
      assert.deepEqual(codes(lsp, 'skills.md'), []);
      writeFileSync(path.join(root, '.idstudio.json'), '{ "rules": { "skill-without-objective": "of" } }\n');
      await lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: FileChangeType.Changed }] });
      await barrier(lsp);
      const [problem] = lsp.diagnostics.get(config)!;
      assert.equal(problem.message, '"rules/skill-without-objective": must be equal to one of the allowed values: error, warning, info, hint, off.');
      assert.deepEqual(problem.range, { start: { line: 0, character: 40 }, end: { line: 0, character: 44 } });
      assert.deepEqual(codes(lsp, 'skills.md'), [], 'the last valid configuration stays in force');
      writeFileSync(path.join(root, '.idstudio.json'), '{}\n');
      await lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: FileChangeType.Changed }] });
      await barrier(lsp);
      assert.deepEqual(lsp.diagnostics.get(config), []);
      assert.deepEqual(codes(lsp, 'skills.md'), ['skill-without-objective']);
    });
  });

  describe('the bugs of issue 18, one by one', () => {
    it('a branch switch in one notification, [deleted tasks.md, created .idstudio.json], clears the deleted file', async () => {
      writeTree(root, { 'tasks.md': TASK, 'skills.md': SKILL });
      const lsp = await start();
      assert.deepEqual(codes(lsp, 'tasks.md'), ['task-without-skills']);
      unlinkSync(path.join(root, 'tasks.md'));
      writeFileSync(path.join(root, '.idstudio.json'), '{}\n');
      await lsp.notify('workspace/didChangeWatchedFiles', { changes: [
        { uri: lsp.uri('tasks.md'), type: FileChangeType.Deleted }, { uri: lsp.uri('.idstudio.json'), type: FileChangeType.Created },
      ] });
      await barrier(lsp);
      assert.deepEqual(lsp.diagnostics.get(lsp.uri('tasks.md')), []);
      assert.deepEqual(entries(publishedUnder(lsp, root)), entries(freshCheck(root)));
    });

    it('a folder deleted with one event for the folder clears its files; a folder moved in is read', async () => {
      writeTree(root, { 'skills.md': SKILL, 'analysis/tasks.md': TASK, 'analysis/deep/tasks-2.md': TASK.replace('T-1', 'T-2') });
      const lsp = await start();
      assert.deepEqual(codes(lsp, 'analysis/deep/tasks-2.md'), ['task-without-skills']);
      renameSync(path.join(root, 'analysis'), path.join(root, 'moved'));
      await lsp.notify('workspace/didChangeWatchedFiles', { changes: [
        { uri: lsp.uri('analysis'), type: FileChangeType.Deleted }, { uri: lsp.uri('moved'), type: FileChangeType.Created },
      ] });
      await barrier(lsp);
      assert.deepEqual(lsp.diagnostics.get(lsp.uri('analysis/tasks.md')), []);
      assert.deepEqual(lsp.diagnostics.get(lsp.uri('analysis/deep/tasks-2.md')), []);
      assert.deepEqual(codes(lsp, 'moved/deep/tasks-2.md'), ['task-without-skills']);
      rmSync(path.join(root, 'moved'), { recursive: true });
      await lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('moved'), type: FileChangeType.Deleted }] });
      await barrier(lsp);
      assert.deepEqual(entries(publishedUnder(lsp, root)), entries(freshCheck(root)));
      assert.deepEqual(lsp.diagnostics.get(lsp.uri('moved/tasks.md')), []);
    });

    it('a .markdown file opened in the editor is no design document (the CLI never checks it)', async () => {
      writeTree(root, { 'skills.md': SKILL, 'objective.md': OBJECTIVE, 'copy.markdown': OBJECTIVE });
      const lsp = await start();
      const before = codes(lsp, 'objective.md');
      await lsp.open(lsp.uri('copy.markdown'));
      await barrier(lsp);
      assert.equal(lsp.diagnostics.get(lsp.uri('copy.markdown')), undefined);
      assert.deepEqual(codes(lsp, 'objective.md'), before);
      assert.ok(!before.includes('duplicate-id'));
    });

    it('a URI spelled as Neovim does (lower-case escapes, unescaped "(", ")", "@", "+") names the same document', async () => {
      const file = 'notes (v2)/objective@home+[1].md';
      writeTree(root, { 'skills.md': SKILL, [file]: OBJECTIVE });
      const lsp = await start();
      const canonical = lsp.uri(file);
      assert.deepEqual(codes(lsp, file), ['objective-not-assessed', 'objective-without-activity']);
      const neovim = canonical.replace(/%28/g, '(').replace(/%29/g, ')').replace(/%40/g, '@').replace(/%2B/g, '+')
        .replace(/%([0-9A-F]{2})/g, (_, hex: string) => `%${hex.toLowerCase()}`);
      assert.notEqual(neovim, canonical);
      await lsp.open(neovim, OBJECTIVE);
      await barrier(lsp);
      assert.deepEqual(codes(lsp, file), ['objective-not-assessed', 'objective-without-activity'], 'no duplicate-id against itself');
      assert.equal(lsp.diagnostics.get(neovim), undefined, 'published under one spelling');
      await lsp.close(neovim);
      await barrier(lsp);
      assert.deepEqual(codes(lsp, file), ['objective-not-assessed', 'objective-without-activity']);
    });

    it('a .MD file created later is seen by the watcher, as at start and by the CLI', async () => {
      writeTree(root, { 'skills.md': SKILL });
      const lsp = await start();
      const watchers = await registeredWatchers(lsp);
      assert.ok(watchers.includes('**/*.[mM][dD]'), `watchers: ${watchers}`);
      writeFileSync(path.join(root, 'TASKS.MD'), TASK);
      await lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('TASKS.MD'), type: FileChangeType.Created }] });
      await barrier(lsp);
      assert.deepEqual(codes(lsp, 'TASKS.MD'), ['task-without-skills']);
      assert.deepEqual(entries(publishedUnder(lsp, root)), entries(freshCheck(root)));
    });

    it('a CRLF document\'s ranges end before the "\\r"', async () => {
      // The YAML parser reports the duplicate key on "key:"'s line break, whose second character is the \n.
      const crlf = '---\r\ntype: task\r\nid: T-1\r\nkey:\r\ntype: task\r\n---\r\n';
      writeTree(root, { 'skills.md': SKILL, 'tasks.md': crlf });
      const lsp = await start();
      const lines = crlf.split('\r\n');
      const diagnostics = lsp.diagnostics.get(lsp.uri('tasks.md'))!;
      assert.ok(diagnostics.some(diagnostic => diagnostic.code === 'front-matter-syntax'));
      for (const { range } of diagnostics) {
        for (const end of [range.start, range.end]) assert.ok(end.character <= lines[end.line].length, JSON.stringify(range));
      }
    });
  });
});

/** The watcher globs the server registered with the client. */
async function registeredWatchers(client: LspTestClient): Promise<string[]> {
  return client.registrations.flatMap(registration => (registration.registerOptions as { watchers?: { globPattern: string }[] })?.watchers ?? [])
    .map(watcher => watcher.globPattern);
}
