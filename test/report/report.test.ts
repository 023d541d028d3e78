import assert from 'node:assert/strict';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { Design, parseDocument } from '../../server/src/core';
import { loadRootDesign } from '../../server/src/host/designs';
import { NodeHost } from '../../server/src/node/host';
import { escapeHtml, renderHtml } from '../../server/src/report/html';
import { renderMarkdown } from '../../server/src/report/markdown';
import { buildReport, type DesignReport } from '../../server/src/report/model';
import { CLEAN } from '../core/helpers';

const SAMPLE = path.resolve(__dirname, '..', '..', 'sample-workspace');

async function sampleReport(): Promise<DesignReport> {
  const root = URI.file(SAMPLE).toString();
  const { design } = await loadRootDesign(new NodeHost(() => {}), root, () => {});
  return buildReport('sample-workspace', design, uri => path.relative(SAMPLE, URI.parse(uri).fsPath).split(path.sep).join('/'));
}

function reportOf(files: Record<string, string>): DesignReport {
  const design = new Design();
  for (const [file, text] of Object.entries(files)) design.set(parseDocument(file, text));
  return buildReport('test <design>', design, uri => uri);
}

describe('design report', () => {
  it('Markdown of the sample: goal and factors, the steps, the matrix with its gaps, the Bloom table and the problems', async () => {
    const markdown = renderMarkdown(await sampleReport());
    assert.ok(markdown.length < 65_536);
    const lines = markdown.split('\n');
    assert.equal(lines[0], '## Design report: sample-workspace');
    const environment = lines.find(line => line.startsWith('| Environment (tools, supplies, setting) | lacking | '));
    assert.match(environment ?? '', /\| Hospital pharmacies produce alcohol-based hand rub locally .*<br>Procurement supplies one sharps container/, 'the lacking factor and its interventions');
    assert.ok(lines.includes('| Motivation | present | none planned |'));
    assert.equal(lines.filter(line => line.startsWith('**Step ')).length, 12);
    assert.ok(lines.includes('| OBJ-PPE-3 | performed skill | — | ACT-PPE-glow | LES-2 | **not assessed** |'), 'the unassessed objective');
    assert.ok(lines.includes('| OBJ-HH-1 | apply | AS-written (tests knowledge) | ACT-HH-video | LES-1 |  |'));
    assert.ok(lines.includes('18 objectives: 17/18 (94%) assessed, 18/18 (100%) practised, 18/18 (100%) taught; 0 method mismatches.'));
    assert.ok(lines.includes('Gaps in the analysis: task T-HAI has no skills.'));
    assert.ok(lines.includes('| performed skill | 10 |'));
    const problems = lines.filter(line => /^\| (error|warning|info|hint) \|/.test(line)).map(line => line.split(' | ')[1]);
    assert.deepEqual([...new Set(problems)].sort(), ['`lesson-not-pretested`', '`objective-not-assessed`', '`objective-not-measurable`', '`placeholder-text`', '`task-without-skills`', '`unknown-reference`']);
  });

  it('summarises Markdown that would pass the comment limit, and stays within it', async () => {
    const report = await sampleReport();
    const summary = renderMarkdown(report, 6_000);
    assert.ok(summary.length <= 6_000, `${summary.length} characters`);
    assert.match(summary, /too large for one comment/);
    assert.match(summary, /- Step 7 · Assessment of each objective: in progress, 9 items/);
  });

  it('renders a matrix whose objectives and assessments include some without id (reported by missing-id)', () => {
    const report = reportOf({
      'skill.md': '---\ntype: skill\nid: SK-1\n---\n',
      'objective.md': '---\ntype: objective\nstatement: List the five moments.\nskills: [SK-1]\n---\n',
      'objective-2.md': '---\ntype: objective\nid: OBJ-2\nstatement: Explain the five moments.\nskills: [SK-1]\n---\n',
      'assessment.md': '---\ntype: assessment\nmethod: oral questions\nobjectives: [OBJ-2]\n---\n',
    });
    const markdown = renderMarkdown(report);
    const html = renderHtml(report);
    assert.ok(markdown.includes('OBJ-2') && html.includes('OBJ-2'));
    assert.ok(!markdown.includes('undefined') && !html.includes('undefined'));
  });

  it('escapes user text in HTML and Markdown', () => {
    const report = reportOf({
      ...CLEAN,
      'objective.md': CLEAN['objective.md'].replace('title: Perform a hand rub', 'title: "<script>alert(1)</script> | rub"'),
    });
    const html = renderHtml(report);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; \| rub/);
    assert.match(html, /<h1>test &lt;design&gt;<\/h1>/);
    assert.match(renderMarkdown(report), /&lt;script&gt;alert\(1\)&lt;\/script&gt; \\\| rub/);
    assert.equal(escapeHtml(`"'&`), '&quot;&#39;&amp;');
  });

  it('HTML is self-contained: a strict content security policy, no script, a print stylesheet and an SVG chart', async () => {
    const html = renderHtml(await sampleReport());
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.doesNotMatch(html, /<script|<link|src="http/);
    assert.match(html, /@media print/);
    assert.match(html, /<svg role="img" aria-label="remember: 1, understand: 1, apply: 5, analyze: 0, evaluate: 0, create: 0, performed skill: 10, attitude: 1"/);
  });
});
