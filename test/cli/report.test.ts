import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, FIXTURES, idstudio, PROJECT_ROOT } from './helpers';

describe('idstudio report', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'idstudio-report-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('writes one self-contained HTML file for the design of a folder', () => {
    const file = path.join(out, 'design.html');
    const run = idstudio(['report', path.join(PROJECT_ROOT, 'sample-workspace'), '--out', file]);
    assert.equal(run.status, 0, run.stderr);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<h1>sample-workspace<\/h1>/);
    assert.match(html, /\d+ errors?, \d+ warnings?, \d+ other problems?/);
  });

  it('prints Markdown with --format markdown, and picks it for an --out ending in .md', () => {
    const run = idstudio(['report', 'clean', '--format', 'markdown']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^## Design report: clean\n/);
    const file = path.join(out, 'comment.md');
    assert.equal(idstudio(['report', 'clean', '--out', file]).status, 0);
    assert.match(readFileSync(file, 'utf8'), /^## Design report: clean\n/);
  });

  it('exits 2 on a bad format, a missing folder or an invalid configuration', () => {
    const badFormat = idstudio(['report', 'clean', '--format', 'pdf']);
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.stderr, /--format must be one of html, markdown, not "pdf"/);
    assert.match(idstudio(['report', 'no-such-folder']).stderr, /no such file or folder: no-such-folder/);
    const badConfig = idstudio(['report', 'bad-config']);
    assert.equal(badConfig.status, 2);
    assert.match(badConfig.stderr, /invalid configuration/);
  });

  it('runs in the current folder by default', () => {
    const run = idstudio(['report', '--format', 'markdown'], path.join(FIXTURES, 'clean'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^## Design report: clean\n/);
  });
});
