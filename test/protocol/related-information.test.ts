// Related information over the protocol: a duplicate id links to the other definitions (the Problems panel
// shows them as links under the diagnostic), by readable relative path and line in the message.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspTestClient } from './client';

describe('protocol: related information', function () {
  this.timeout(60_000);
  let folder: string;
  let client: LspTestClient | undefined;

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'idstudio-related-'));
    mkdirSync(path.join(folder, '1-analyze'));
    mkdirSync(path.join(folder, '2-design'));
    writeFileSync(path.join(folder, '1-analyze', '05 skills.md'), '---\ntype: skill\nid: SK-1\n---\n');
    writeFileSync(path.join(folder, '2-design', 'more-skills.md'), '---\ntype: skill\n\nid: SK-1\n---\n');
  });
  afterEach(async () => { await client?.stop(); });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('links a duplicate id to its other definition, named by relative path and line', async () => {
    client = await LspTestClient.start(folder);
    const uri = client.uri('1-analyze/05 skills.md');
    const other = client.uri('2-design/more-skills.md');
    const diagnostics = await client.waitForDiagnostics(uri, found => found.some(d => d.code === 'duplicate-id'));
    const duplicate = diagnostics.find(d => d.code === 'duplicate-id')!;
    assert.equal(duplicate.message, 'The id "SK-1" is also defined in ../2-design/more-skills.md:4: each id must be unique.');
    assert.deepEqual(duplicate.relatedInformation, [{
      location: { uri: other, range: { start: { line: 3, character: 4 }, end: { line: 3, character: 8 } } },
      message: '"SK-1" is also defined here',
    }]);
  });
});
