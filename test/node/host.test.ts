import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { ignoreMatcher } from '../../server/src/host/content';
import { NodeHost } from '../../server/src/node/host';

/** The disk host's walk and reads, on a real folder. */
describe('NodeHost', () => {
  let root: string;
  const logged: string[] = [];
  const host = new NodeHost(message => logged.push(message));
  const uriOf = (relative: string) => URI.file(path.join(root, relative)).toString();
  const write = (relative: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  };

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'idstudio-node-host-'));
    for (const file of ['goal.md', 'modules/m1/u1/objectives.MD', 'modules/m1/u2/tasks.md', 'modules/m2/skills.md',
      'drafts/old/objectives.md', 'node_modules/pkg/readme.md', 'modules/m1/notes.txt']) write(file, '---\ntype: goal\n---\n');
    write('.idstudio.json', '{}');
    write('modules/m2/.idstudio.json', '{}');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('lists the Markdown files and configuration files of every depth, sorted, skipping ignored folders', async () => {
    const listing = await host.listFiles(URI.file(root).toString(), ignoreMatcher(['drafts/**']));
    assert.deepEqual(listing.documents, ['goal.md', 'modules/m1/u1/objectives.MD', 'modules/m1/u2/tasks.md', 'modules/m2/skills.md'].map(uriOf));
    assert.deepEqual(listing.configs, ['.idstudio.json', 'modules/m2/.idstudio.json'].map(uriOf));
  });

  it('matches ignore globs against paths relative to the folder listed, at any depth', async () => {
    const listing = await host.listFiles(uriOf('modules'), ignoreMatcher(['m1/u2', '**/skills.md']));
    assert.deepEqual(listing.documents, ['modules/m1/u1/objectives.MD'].map(uriOf));
  });

  it('lists nothing for a path that is no folder, and logs nothing', async () => {
    const before = logged.length;
    assert.deepEqual(await host.listFiles(uriOf('goal.md'), ignoreMatcher([])), { documents: [], configs: [] });
    assert.deepEqual(await host.listFiles(uriOf('gone'), ignoreMatcher([])), { documents: [], configs: [] });
    assert.equal(logged.length, before);
  });

  it('reads small, large, empty and binary files, and explains the ones it cannot check', async () => {
    const large = `---\ntype: goal\n---\n${'A line of the body of a long document.\n'.repeat(3000)}`;
    assert.ok(large.length > 64 * 1024);
    write('large.md', large);
    const exact = 'x'.repeat(64 * 1024);
    write('exact.md', exact);
    write('empty.md', '');
    write('binary.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
    write('latin1.md', Buffer.from([0x74, 0x79, 0x70, 0x65, 0x3a, 0x20, 0xe9]));
    assert.deepEqual(await host.readDocument(uriOf('goal.md')), { text: '---\ntype: goal\n---\n' });
    assert.deepEqual(await host.readDocument(uriOf('large.md')), { text: large });
    assert.deepEqual(await host.readDocument(uriOf('exact.md')), { text: exact });
    assert.deepEqual(await host.readDocument(uriOf('empty.md')), { text: '' });
    // The short file read after the long ones gets none of their bytes.
    assert.deepEqual(await host.readDocument(uriOf('goal.md')), { text: '---\ntype: goal\n---\n' });
    assert.match((await host.readDocument(uriOf('binary.md')) as { skipped: string }).skipped, /NUL bytes/);
    assert.match((await host.readDocument(uriOf('latin1.md')) as { skipped: string }).skipped, /not valid UTF-8/);
    assert.match((await host.readDocument(uriOf('missing.md')) as { unreadable: string }).unreadable, /^cannot read .*missing\.md: ENOENT/);
  });

  it('reads only the head of a file over the size limit, and skips it when it claims to be a design', async () => {
    write('huge.md', `---\ntype: lesson\n---\n${'x'.repeat(5 * 1024 * 1024)}`);
    write('huge.txt.md', 'y'.repeat(5 * 1024 * 1024));
    assert.match((await host.readDocument(uriOf('huge.md')) as { skipped: string }).skipped, /5\.0 MB, over the 4 MB limit/);
    assert.deepEqual(await host.readDocument(uriOf('huge.txt.md')), { text: '' });
  });
});
