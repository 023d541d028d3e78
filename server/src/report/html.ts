/** The design report as one self-contained HTML file: no script, no remote resource, a print stylesheet. */
import { METHOD_CLASS_LABELS } from '../core/methods';
import {
  LEVEL_BUCKETS, LEVEL_BUCKET_LABELS, ROW_MARK_LABELS, type AlignmentMatrix, type MatrixItem, type MatrixMethodItem, type MatrixRow,
} from '../core/matrix';
import type { DesignReport, ReportGoal, ReportItem, ReportStep } from './model';
import { coverageOf, FACTOR_LABELS, problemCounts, STATUS_LABELS } from './text';

const STYLE = `
:root { color-scheme: light dark; --fg: #1d2430; --muted: #5b6574; --line: #c9cfd8; --head: #eef1f5; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --bar: #2f6fb5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ee; --muted: #a3acb9; --line: #444c56; --head: #22272e; --ok: #57ab5a; --warn: #c69026; --bad: #e5534b; --bar: #539bf5; } }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { margin-bottom: .4rem; } .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: var(--head); }
tr.group th { background: var(--head); font-weight: 600; } tr.subgroup th { font-weight: 500; font-style: italic; }
.mark { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 .3rem; margin: 0 .2rem .1rem 0; font-size: .8rem; white-space: nowrap; }
.gap { color: var(--bad); } .status-complete { color: var(--ok); } .status-in-progress { color: var(--warn); } .status-not-started { color: var(--muted); }
.severity-error { color: var(--bad); } .severity-warning { color: var(--warn); }
.class { color: var(--muted); font-size: .85rem; } a { color: inherit; }
ul.cell { margin: 0; padding-left: 1rem; } code { font-size: .9em; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; } svg rect.bar { fill: var(--bar); }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  table { font-size: 8.5pt; } thead { display: table-header-group; } tr { break-inside: avoid; }
  a { text-decoration: none; }
  @page { size: A4 landscape; margin: 12mm; }
}`;

export function renderHtml(report: DesignReport): string {
  const sections = [
    header(report),
    goalSection(report.goal),
    stepsSection(report),
    matrixSection(report.matrix),
    bloomSection(report.matrix),
    problemsSection(report),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(report.name)} · design report</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}

function header(report: DesignReport): string {
  const { summary } = report;
  return `<header>
<h1>${escapeHtml(report.name)}</h1>
<p class="muted">Instructional design report · ${summary.stepsComplete} of 12 steps complete · ${summary.objectives} objectives · ${problemCounts(report.problems)}</p>
</header>`;
}

function goalSection(goal: ReportGoal | undefined): string {
  if (!goal) return '<section id="goal"><h2>Goal and performance gap</h2><p class="gap">No Step 1 goal document yet.</p></section>';
  const rows = goal.factors.map(factor => `<tr><th scope="row">${FACTOR_LABELS[factor.factor]}</th><td class="${factor.value === 'lacking' ? 'gap' : ''}">${escapeHtml(factor.value)}</td><td>${factor.interventions.length ? list(factor.interventions.map(escapeHtml)) : factor.factor === 'skills_knowledge' ? 'the training' : '<span class="muted">none planned</span>'}</td></tr>`);
  return `<section id="goal">
<h2>Goal and performance gap</h2>
${goal.title ? `<p><strong>${escapeHtml(goal.title)}</strong></p>` : ''}
${goal.goal ? `<p><strong>Goal:</strong> ${escapeHtml(goal.goal)}</p>` : ''}
${goal.gap ? `<p><strong>Performance gap:</strong> ${escapeHtml(goal.gap)}</p>` : ''}
<table aria-label="The five performance factors">
<colgroup><col style="width:22%"><col style="width:14%"><col></colgroup>
<thead><tr><th scope="col">Performance factor</th><th scope="col">Status</th><th scope="col">Planned interventions</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
</section>`;
}

function stepsSection(report: DesignReport): string {
  const phases = report.phases.map(({ phase, steps }) => `<h3>${phase}</h3>\n${steps.map(stepBlock).join('\n')}`);
  return `<section id="steps">\n<h2>The 12 steps</h2>\n${phases.join('\n')}\n</section>`;
}

function stepBlock(step: ReportStep): string {
  const heading = `<h4 id="step-${step.step}">Step ${step.step} · ${escapeHtml(step.name)} <span class="mark status-${step.status}">${STATUS_LABELS[step.status]}</span></h4>`;
  if (step.items.length === 0) return `${heading}\n<p class="muted">No items yet. ${escapeHtml(step.asks)}</p>`;
  const rows = step.items.map(item => `<tr${item.id ? ` id="${itemAnchor(item.id)}"` : ''}><td>${item.id ? `<code>${escapeHtml(item.id)}</code>` : ''}</td><td>${escapeHtml(item.title ?? '')}</td><td>${links(item)}</td><td><code>${escapeHtml(item.file)}:${item.line}</code></td></tr>`);
  return `${heading}
<table aria-label="Step ${step.step} items">
<colgroup><col style="width:16%"><col style="width:38%"><col style="width:26%"><col style="width:20%"></colgroup>
<thead><tr><th scope="col">Id</th><th scope="col">Title</th><th scope="col">Links</th><th scope="col">File</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

function links(item: ReportItem): string {
  return item.links.map(link => `${escapeHtml(link.field)}: ${link.ids.map(id => `<a href="#${itemAnchor(id)}">${escapeHtml(id)}</a>`).join(', ')}`).join('<br>');
}

function matrixSection(matrix: AlignmentMatrix): string {
  const rows: string[] = [];
  for (const group of matrix.groups) {
    rows.push(`<tr class="group"><th colspan="6" scope="rowgroup">${group.task ? `Task ${itemLink(group.task)}${group.skills.length === 0 ? ' <span class="mark gap">task with no skills</span>' : ''}` : 'Not linked to a task'}</th></tr>`);
    for (const skill of group.skills) {
      const elsewhere = skill.shownElsewhere?.length ? ` <span class="muted">(also ${skill.shownElsewhere.map(id => escapeHtml(id)).join(', ')}, shown above)</span>` : '';
      rows.push(`<tr class="subgroup"><th colspan="6" scope="rowgroup">${skill.skill ? `Skill ${itemLink(skill.skill)}${skill.withoutObjective ? ' <span class="mark gap">skill with no objective</span>' : ''}${elsewhere}` : 'Objectives with no skill'}</th></tr>`);
      for (const row of skill.rows) rows.push(matrixRow(row));
    }
  }
  const { counts } = matrix;
  const coverage = coverageOf(counts);
  return `<section id="matrix">
<h2>Alignment matrix</h2>
<p>${counts.objectives} objectives: ${coverage.assessed} assessed, ${coverage.practised} practised, ${coverage.taught} taught in a lesson; ${counts.methodMismatches} method mismatches, ${counts.skillsWithoutObjective} skills with no objective, ${counts.tasksWithoutSkills} tasks with no skills.</p>
<table aria-label="Alignment matrix">
<colgroup><col style="width:27%"><col style="width:10%"><col style="width:20%"><col style="width:17%"><col style="width:10%"><col style="width:16%"></colgroup>
<thead><tr><th scope="col">Objective</th><th scope="col">Level</th><th scope="col">Assessments (method)</th><th scope="col">Activities</th><th scope="col">Lessons</th><th scope="col">Gaps</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr><th scope="row">${counts.objectives} objectives</th><td></td><td>${coverage.assessed} assessed</td><td>${coverage.practised} practised</td><td>${coverage.taught} taught</td><td>${counts.methodMismatches} mismatches</td></tr></tfoot>
</table>
</section>`;
}

function matrixRow(row: MatrixRow): string {
  const methodItem = (item: MatrixMethodItem) => `${itemLink(item)}${item.classes.length ? ` <span class="class">${item.classes.map(cls => METHOD_CLASS_LABELS[cls]).join('; ')}</span>` : ' <span class="class">method not classified</span>'}`;
  const marks = row.marks.map(mark => `<span class="mark gap">${ROW_MARK_LABELS[mark]}</span>`).join('');
  return `<tr><th scope="row">${itemLink(row.objective)}<br><span class="muted">${escapeHtml(row.objective.statement ?? row.objective.title ?? '')}</span></th><td>${LEVEL_BUCKET_LABELS[row.level]}</td><td>${cell(row.assessments.map(methodItem))}</td><td>${cell(row.activities.map(itemLink))}</td><td>${cell(row.lessons.map(itemLink))}</td><td>${marks}</td></tr>`;
}

function cell(entries: string[]): string {
  return entries.length ? list(entries) : '<span class="muted">—</span>';
}

function itemLink(item: MatrixItem): string {
  return `<a href="#${itemAnchor(item.id)}"><code>${escapeHtml(item.id)}</code></a>`;
}

const BAR_HEIGHT = 20;
const LABEL_WIDTH = 170;
const CHART_WIDTH = 560;

/** A horizontal bar per Bloom level (and domain), as inline SVG with a text alternative. */
function bloomSection(matrix: AlignmentMatrix): string {
  const buckets = LEVEL_BUCKETS.filter(bucket => matrix.levels[bucket] > 0 || !['cognitive', 'unknown'].includes(bucket));
  const max = Math.max(1, ...buckets.map(bucket => matrix.levels[bucket]));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 40;
  const bars = buckets.map((bucket, index) => {
    const count = matrix.levels[bucket];
    const y = index * (BAR_HEIGHT + 6);
    const width = Math.round((count / max) * barSpace);
    return `<text x="0" y="${y + 14}">${LEVEL_BUCKET_LABELS[bucket]}</text><rect class="bar" x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}"></rect><text x="${LABEL_WIDTH + width + 6}" y="${y + 14}">${count}</text>`;
  });
  const height = buckets.length * (BAR_HEIGHT + 6);
  const description = buckets.map(bucket => `${LEVEL_BUCKET_LABELS[bucket]}: ${matrix.levels[bucket]}`).join(', ');
  return `<section id="bloom">
<h2>Objectives by Bloom level and domain</h2>
<svg role="img" aria-label="${escapeHtml(description)}" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(description)}</title>${bars.join('')}</svg>
</section>`;
}

function problemsSection(report: DesignReport): string {
  if (report.problems.length === 0) return '<section id="problems"><h2>Remaining problems</h2><p>None: every design document is clean.</p></section>';
  const rows = report.problems.map(problem => `<tr><td class="severity-${problem.severity}">${problem.severity}</td><td><code>${escapeHtml(problem.code)}</code></td><td><code>${escapeHtml(problem.file)}:${problem.line}</code></td><td>${escapeHtml(problem.message)}</td></tr>`);
  return `<section id="problems">
<h2>Remaining problems</h2>
<table aria-label="Remaining problems">
<colgroup><col style="width:9%"><col style="width:22%"><col style="width:24%"><col></colgroup>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Where</th><th scope="col">Problem</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
</section>`;
}

function list(entries: string[]): string {
  return `<ul class="cell">${entries.map(entry => `<li>${entry}</li>`).join('')}</ul>`;
}

function itemAnchor(id: string): string {
  return `item-${escapeHtml(id)}`;
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}
