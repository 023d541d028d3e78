import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspTestClient } from './client';

const OBJECTIVE = '---\ntype: objective\nid: OBJ-1\nstatement: Given gloves, the nurse will put on gloves in 1 minute.\nskills: [SK-1]\n---\n';

/** A workspace full of what real disks hold: huge, binary, Latin-1, loops, dangling links, folders named *.md. */
function hostileWorkspace(root: string): void {
  writeFileSync(path.join(root, 'objective.md'), OBJECTIVE);
  writeFileSync(path.join(root, 'skill.md'), '---\ntype: skill\nid: SK-1\nkind: skill\n---\n');
  writeFileSync(path.join(root, 'huge-design.md'), `---\ntype: lesson\nid: LES-1\n---\n${'Lorem ipsum dolor sit amet. '.repeat(400_000)}`);
  writeFileSync(path.join(root, 'huge-notes.md'), `# Notes\n${'plain prose line\n'.repeat(700_000)}`);
  writeFileSync(path.join(root, 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0x00, 0x01]));
  writeFileSync(path.join(root, 'latin1.md'), Buffer.from('---\ntype: task\nid: T-1\ntitle: Pr\xe9parer\n---\n', 'latin1'));
  mkdirSync(path.join(root, 'folder.md'));
  mkdirSync(path.join(root, 'loop'));
  symlinkSync(root, path.join(root, 'loop', 'back'));
  symlinkSync(path.join(root, 'missing.md'), path.join(root, 'dangling.md'));
  writeFileSync(path.join(root, 'bomb.md'), `---\ntype: skill\nid: SK-2\na: &a [x, x, x, x, x, x, x, x, x]\n${
    Array.from({ length: 9 }, (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [*${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}]`).join('\n')}\n---\n`);
  writeFileSync(path.join(root, 'long-front-matter.md'), `---\ntype: task\nid: T-2\nskills:\n${Array.from({ length: 50_000 }, () => '  - SK-1').join('\n')}\n---\n`);
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

describe('language server: faults and hostile input', function () {
  this.timeout(60_000);
  let root: string;
  let client: LspTestClient;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'idstudio-faults-'));
    hostileWorkspace(root);
    client = await LspTestClient.start(root);
    await client.waitForDiagnostics(client.uri('objective.md'));
    await client.settle(500);
  });

  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('checks the healthy files and names each file it cannot check', () => {
    // The healthy objective gets its ordinary findings: it has no assessment and no activity here.
    assert.deepEqual(client.diagnostics.get(client.uri('objective.md'))?.map(d => d.code), ['objective-not-assessed', 'objective-without-activity']);
    for (const file of ['huge-design.md', 'binary.md', 'latin1.md']) {
      const diagnostics = client.diagnostics.get(client.uri(file));
      assert.deepEqual(diagnostics?.map(diagnostic => diagnostic.code), ['file-skipped'], file);
      assert.match(diagnostics![0].message, /^Not checked: /);
    }
    assert.equal(client.diagnostics.has(client.uri('huge-notes.md')), false, 'a huge file that is not a design document stays silent');
    assert.ok(client.log.some(line => line.includes('dangling.md')), 'the unreadable link is logged');
  });

  it('survives alias bombs and a 50,000-line front matter', () => {
    assert.deepEqual(client.diagnostics.get(client.uri('bomb.md'))?.map(d => d.code), ['skill-without-objective']);
    assert.deepEqual(client.diagnostics.get(client.uri('long-front-matter.md')), []);
  });

  it('answers nonsense requests without failing, and keeps serving', async () => {
    const unknown = client.uri('never-existed.md');
    const position = { line: 9_999, character: 9_999 };
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: unknown }, position }), null);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: client.uri('objective.md') }, position }), null);
    await client.notify('textDocument/didChange', { textDocument: { uri: unknown, version: 3 }, contentChanges: [{ text: 'x' }] });
    const objective = client.uri('objective.md');
    await client.open(objective);
    await client.notify('textDocument/didChange', {
      textDocument: { uri: objective, version: 99 },
      contentChanges: [{ range: { start: { line: 500, character: 0 }, end: { line: 600, character: 4 } }, text: 'appended' }],
    });
    await assert.rejects(client.request('textDocument/definition', { nonsense: true }));
    const hover = await client.request<{ contents: unknown } | null>('textDocument/hover',
      { textDocument: { uri: objective }, position: { line: 4, character: 10 } });
    assert.ok(hover, 'still serving after the nonsense');
  });

  it('stays within its memory budget', () => {
    const pid = client.serverPid!;
    assert.ok(peakRssMb(pid) < 200, `peak RSS ${peakRssMb(pid).toFixed(0)} MB`);
  });
});
