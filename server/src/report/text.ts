/** Words shared by the HTML and Markdown reports. */
import type { MatrixCounts } from '../core/matrix';
import type { StepStatus } from '../core/outline';

export const FACTOR_LABELS: Readonly<Record<string, string>> = {
  job_expectations: 'Job expectations',
  feedback: 'Feedback',
  environment: 'Environment (tools, supplies, setting)',
  motivation: 'Motivation',
  skills_knowledge: 'Skills and knowledge',
};

export const STATUS_LABELS: Readonly<Record<StepStatus, string>> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  complete: 'complete',
};

/** "1 error, 3 warnings, 1 other problem" of the problems the report lists. */
export function problemCounts(problems: readonly { severity: string }[]): string {
  const count = (severity: string) => problems.filter(problem => problem.severity === severity).length;
  const [errors, warnings] = [count('error'), count('warning')];
  const infos = problems.length - errors - warnings;
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'other problem')}`;
}

/** "17/18 (94%)" for assessed, practised and taught objectives. */
export function coverageOf(counts: MatrixCounts): { assessed: string; practised: string; taught: string } {
  const figure = (count: number) => `${count}/${counts.objectives} (${counts.objectives ? Math.round((count / counts.objectives) * 100) : 0}%)`;
  return { assessed: figure(counts.assessed), practised: figure(counts.practised), taught: figure(counts.taught) };
}
