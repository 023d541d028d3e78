import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkTexts, parseDocument, PHASES, stepOf, STEPS } from '../server/src/core';
import { readExpectedProblems } from './sample-problems';

const SAMPLE = path.resolve(__dirname, '..', 'sample-workspace');

/** Every Markdown file of the sample, with a path relative to it and `/` separators. */
function sampleFiles(): { path: string; text: string }[] {
  return fs.readdirSync(SAMPLE, { recursive: true }).map(String).filter(file => file.endsWith('.md')).sort()
    .map(file => ({ path: file.split(path.sep).join('/'), text: fs.readFileSync(path.join(SAMPLE, file), 'utf8') }));
}

describe('sample workspace', () => {
  const files = sampleFiles();

  it('reports exactly the problems its README documents, and nothing else', () => {
    const expected = readExpectedProblems(SAMPLE).map(p => `${p.file}:${p.line} ${p.code} ${p.severity}`);
    assert.ok(expected.length >= 3, 'the README documents the deliberate problems');
    const actual = [...checkTexts(files)].flatMap(([file, findings]) =>
      findings.map(f => `${file}:${f.range.start.line + 1} ${f.code} ${f.severity}`));
    assert.deepEqual(actual.sort(), expected.sort());
  });

  it('covers all 12 steps, each in the folder of its ADDIE phase, with single items and items: lists', () => {
    const documents = files.map(file => parseDocument(file.path, file.text)).filter(doc => doc.isDesign);
    assert.deepEqual([...new Set(documents.map(doc => doc.kind))].sort(), STEPS.map(s => s.kind).sort());
    for (const doc of documents) {
      const phase = stepOf(doc.kind!).phase;
      assert.ok(doc.uri.startsWith(`${PHASES.indexOf(phase) + 1}-${phase.toLowerCase()}/`), `${doc.uri} is a ${phase} step`);
    }
    const collections = documents.filter(doc => doc.items.some(item => item.index !== undefined));
    assert.ok(collections.length > 0 && collections.length < documents.length);
  });
});
