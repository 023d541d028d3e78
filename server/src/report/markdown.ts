/**
 * The design report as GitHub-flavoured Markdown for a pull-request comment. GitHub refuses comments over
 * 65,536 characters, so a larger design gets a summary: step statuses, the matrix rows with gaps only and
 * the first problems, each cut with a note saying how many were left out.
 */
import { METHOD_CLASS_LABELS } from '../core/methods';
import { LEVEL_BUCKETS, LEVEL_BUCKET_LABELS, matrixRows, ROW_MARK_LABELS, type MatrixMethodItem, type MatrixRow } from '../core/matrix';
import type { DesignReport, ReportProblem, ReportStep } from './model';
import { coverageOf, FACTOR_LABELS, problemCounts, STATUS_LABELS } from './text';

export const GITHUB_COMMENT_LIMIT = 65_536;
/** At most this many matrix rows and problems in a summary (fewer when they do not fit). */
const SUMMARY_ROWS = 300;

export function renderMarkdown(report: DesignReport, limit = GITHUB_COMMENT_LIMIT): string {
  const full = [header(report), goal(report), steps(report, true), matrix(matrixRows(report.matrix), report), bloom(report), problems(report.problems)].join('\n\n');
  if (full.length <= limit) return `${full}\n`;
  // Summary: as many matrix rows with gaps and problems as fit.
  const gapRows = matrixRows(report.matrix).filter(row => row.marks.length > 0);
  const summaryWith = (keep: number) => [
    header(report),
    `> This design is too large for one comment: the report is summarised (run \`idstudio report --out design.html\` for the full report).`,
    goal(report), steps(report, false),
    matrix(gapRows.slice(0, keep), report, Math.max(0, gapRows.length - keep)), bloom(report),
    problems(report.problems.slice(0, keep), Math.max(0, report.problems.length - keep)),
  ].join('\n\n');
  // The most rows that fit (binary search: the text grows with the rows kept); a header too long alone is cut.
  let [fits, tooMany] = [0, SUMMARY_ROWS + 1];
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    if (summaryWith(middle).length < limit) fits = middle; else tooMany = middle;
  }
  return `${summaryWith(fits).slice(0, limit - 1)}\n`;
}

function header(report: DesignReport): string {
  const { summary } = report;
  return `## Design report: ${inline(report.name)}\n\n${summary.stepsComplete} of 12 steps complete · ${summary.objectives} objectives · ${problemCounts(report.problems)}`;
}

function goal(report: DesignReport): string {
  const { goal: found } = report;
  if (!found) return '### Goal and performance gap\n\nNo Step 1 goal document yet.';
  const rows = found.factors.map(factor => `| ${FACTOR_LABELS[factor.factor]} | ${cell(factor.value)} | ${factor.interventions.map(cell).join('<br>') || (factor.factor === 'skills_knowledge' ? 'the training' : 'none planned')} |`);
  return ['### Goal and performance gap', found.goal && `**Goal:** ${inline(found.goal)}`, found.gap && `**Performance gap:** ${inline(found.gap)}`,
    ['| Performance factor | Status | Planned interventions |', '|---|---|---|', ...rows].join('\n')].filter(Boolean).join('\n\n');
}

function steps(report: DesignReport, withItems: boolean): string {
  const parts = ['### The 12 steps'];
  for (const { phase, steps: phaseSteps } of report.phases) {
    parts.push(`#### ${phase}`);
    for (const step of phaseSteps) parts.push(withItems ? stepTable(step) : `- Step ${step.step} · ${step.name}: ${STATUS_LABELS[step.status]}, ${step.items.length} items`);
  }
  return parts.join('\n\n');
}

function stepTable(step: ReportStep): string {
  const heading = `**Step ${step.step} · ${step.name}** (${STATUS_LABELS[step.status]})`;
  if (step.items.length === 0) return `${heading}: no items yet.`;
  const rows = step.items.map(item => `| ${cell(item.id ?? '')} | ${cell(item.title ?? '')} | ${cell(item.links.map(link => `${link.field}: ${link.ids.join(', ')}`).join('; '))} | ${cell(item.file)}:${item.line} |`);
  return [heading, '', '| Id | Title | Links | File |', '|---|---|---|---|', ...rows].join('\n');
}

function matrix(rows: readonly MatrixRow[], report: DesignReport, omitted = 0): string {
  const { counts } = report.matrix;
  const coverage = coverageOf(counts);
  const methodItem = (item: MatrixMethodItem) => `${item.id} (${item.classes.map(cls => METHOD_CLASS_LABELS[cls]).join('; ') || 'method not classified'})`;
  const lines = rows.map(row => `| ${cell(row.objective.id)} | ${LEVEL_BUCKET_LABELS[row.level]} | ${row.assessments.map(item => cell(methodItem(item))).join('<br>') || '—'} | ${cell(row.activities.map(item => item.id).join(', '))} | ${cell(row.lessons.map(item => item.id).join(', '))} | ${row.marks.map(mark => `**${ROW_MARK_LABELS[mark]}**`).join(', ')} |`);
  const skillGaps = report.matrix.groups.flatMap(group => [
    ...(group.task && group.skills.length === 0 ? [`task ${group.task.id} has no skills`] : []),
    ...group.skills.filter(skill => skill.withoutObjective).map(skill => `skill ${skill.skill!.id} has no objective`),
  ]);
  return ['### Alignment matrix',
    `${counts.objectives} objectives: ${coverage.assessed} assessed, ${coverage.practised} practised, ${coverage.taught} taught; ${counts.methodMismatches} method mismatches.`,
    ['| Objective | Level | Assessments (method) | Activities | Lessons | Gaps |', '|---|---|---|---|---|---|', ...lines].join('\n'),
    omitted > 0 ? `_${omitted} more objectives with gaps are not shown._` : '',
    skillGaps.length ? `Gaps in the analysis: ${[...new Set(skillGaps)].join('; ')}.` : '',
  ].filter(Boolean).join('\n\n');
}

function bloom(report: DesignReport): string {
  const rows = LEVEL_BUCKETS.filter(bucket => report.matrix.levels[bucket] > 0).map(bucket => `| ${LEVEL_BUCKET_LABELS[bucket]} | ${report.matrix.levels[bucket]} |`);
  return ['### Objectives by Bloom level and domain', ['| Level | Objectives |', '|---|---:|', ...rows].join('\n')].join('\n\n');
}

function problems(list: readonly ReportProblem[], omitted = 0): string {
  if (list.length === 0 && omitted === 0) return '### Remaining problems\n\nNone: every design document is clean.';
  const rows = list.map(problem => `| ${problem.severity} | \`${problem.code}\` | ${cell(problem.file)}:${problem.line} | ${cell(problem.message)} |`);
  return ['### Remaining problems', ['| Severity | Rule | Where | Problem |', '|---|---|---|---|', ...rows].join('\n'),
    omitted > 0 ? `_${omitted} more problems are not shown._` : ''].filter(Boolean).join('\n\n');
}

/** Text for a table cell: no line breaks, pipes escaped, HTML and Markdown specials neutralised. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[<>&]/g, char => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[char]!)
    .replace(/([\\`*_[\]#])/g, '\\$1').trim();
}
