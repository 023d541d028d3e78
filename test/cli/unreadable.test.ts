import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, ensureBuilt, idstudio, idstudioJson } from './helpers';

/**
 * A file that cannot be read: tests run as root, for whom `chmod 000` changes nothing, so the file is a
 * symbolic link to nowhere. Reading it fails with ENOENT, the same I/O path as a permission error.
 */
describe('idstudio check on an unreadable file', function () {
  this.timeout(60_000);
  let folder: string;

  before(() => {
    ensureBuilt();
    folder = mkdtempSync(path.join(tmpdir(), 'idstudio-cli-'));
    cpSync(path.join(FIXTURES, 'errors'), folder, { recursive: true });
    symlinkSync(path.join(folder, 'gone', 'target.md'), path.join(folder, 'lost.md'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('exits 2, names the file on stderr, and still reports the other files', () => {
    const { status, problems, stderr } = idstudioJson(['check'], folder);
    assert.equal(status, 2);
    assert.match(stderr, /^idstudio: cannot read .*lost\.md: ENOENT/m);
    assert.deepEqual([...new Set(problems.map(problem => problem.file))],
      ['design/assessment with space.md', 'design/objectives.md', 'tasks.md']);
  });

  it('exits 2 in text format too, after printing the report', () => {
    const { status, stdout } = idstudio(['check'], folder);
    assert.equal(status, 2);
    assert.match(stdout, /4 problems \(3 errors/);
  });
});
