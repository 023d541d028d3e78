/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The alignment matrix webview: renders the model the extension posts, with filters (task, phase), sorting
 * by gap and keyboard navigation between cells. No remote resources; item links post "open" back.
 */
import type {
  AlignmentMatrix, AlignmentMatrixResult, MatrixItem, MatrixLabels, MatrixMethodItem, MatrixRow, MatrixTaskGroup,
} from '../../../server/src/protocol';

interface VsCodeApi { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

interface ViewState { task: string; phase: 'all' | 'Design' | 'Develop'; sort: 'task' | 'gap' }
type Incoming = { type: 'matrix'; result: AlignmentMatrixResult; stepsComplete?: number };

const vscode = acquireVsCodeApi();
const state: ViewState = { task: 'all', phase: 'all', sort: 'task', ...(vscode.getState() as Partial<ViewState> | undefined) };
let current: AlignmentMatrixResult | undefined;
let labels: MatrixLabels;
let stepsComplete: number | undefined;

window.addEventListener('message', event => {
  const message = event.data as Incoming;
  if (message?.type !== 'matrix') return;
  current = message.result;
  labels = current.labels;
  stepsComplete = message.stepsComplete;
  render();
});

function render(): void {
  if (!current) return;
  const { matrix, name } = current;
  const root = document.getElementById('root')!;
  const focused = document.activeElement?.getAttribute('data-cell');
  root.replaceChildren(summary(name, matrix), controls(matrix), table(matrix));
  if (focused) (root.querySelector(`[data-cell="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
  vscode.setState(state);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function percent(count: number, total: number): string {
  return `${count}/${total} (${total ? Math.round((count / total) * 100) : 0}%)`;
}

function summary(name: string, matrix: AlignmentMatrix): HTMLElement {
  const { counts } = matrix;
  const figure = (label: string, value: string, id: string) => element('div', { class: 'figure', id }, element('span', { class: 'value' }, value), ` ${label}`);
  const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
  return element('header', {},
    element('h1', {}, `Alignment matrix · ${name}`),
    element('div', { class: 'figures', role: 'status', 'aria-live': 'polite' },
      ...(stepsComplete === undefined ? [] : [figure('of 12 steps complete', String(stepsComplete), 'steps-complete')]),
      figure('objectives', String(counts.objectives), 'count-objectives'),
      figure('assessed', percent(counts.assessed, counts.objectives), 'count-assessed'),
      figure('practised', percent(counts.practised, counts.objectives), 'count-practised'),
      figure('taught', percent(counts.taught, counts.objectives), 'count-taught'),
      figure(plural(counts.methodMismatches, 'method mismatch', 'method mismatches'), String(counts.methodMismatches), 'count-mismatches'),
      figure(plural(counts.skillsWithoutObjective, 'skill with no objective', 'skills with no objective'), String(counts.skillsWithoutObjective), 'count-skills-without-objective'),
      figure(plural(counts.tasksWithoutSkills, 'task with no skills', 'tasks with no skills'), String(counts.tasksWithoutSkills), 'count-tasks-without-skills')));
}

function select(label: string, id: string, value: string, options: [string, string][], change: (value: string) => void): HTMLElement {
  const control = element('select', { id }, ...options.map(([optionValue, text]) => element('option', { value: optionValue }, text)));
  control.value = value;
  control.addEventListener('change', () => change(control.value));
  return element('label', { for: id }, `${label} `, control);
}

function controls(matrix: AlignmentMatrix): HTMLElement {
  const tasks = matrix.groups.filter(group => group.task).map(group => [group.task!.id, `${group.task!.id}${group.task!.title ? ` · ${group.task!.title}` : ''}`] as [string, string]);
  if (!tasks.some(([id]) => id === state.task)) state.task = 'all';
  return element('div', { class: 'controls' },
    select('Task', 'filter-task', state.task, [['all', 'All tasks'], ...tasks], value => { state.task = value; render(); }),
    select('Phase', 'filter-phase', state.phase, [['all', 'All phases'], ['Design', 'Design: assessments and activities'], ['Develop', 'Develop: lessons']],
      value => { state.phase = value as ViewState['phase']; render(); }),
    select('Sort', 'sort', state.sort, [['task', 'By task and skill'], ['gap', 'By gap (most first)']], value => { state.sort = value as ViewState['sort']; render(); }));
}

interface Column { key: 'assessments' | 'activities' | 'lessons'; label: string; count: (rows: MatrixRow[]) => string }

function columns(total: number): Column[] {
  const withAny = (key: Column['key']) => (rows: MatrixRow[]) => `${rows.filter(row => row[key].length > 0).length} of ${total} objectives`;
  const all: Column[] = [
    { key: 'assessments', label: 'Assessments (method)', count: withAny('assessments') },
    { key: 'activities', label: 'Activities', count: withAny('activities') },
    { key: 'lessons', label: 'Lessons', count: withAny('lessons') },
  ];
  if (state.phase === 'Design') return all.slice(0, 2);
  if (state.phase === 'Develop') return all.slice(2);
  return all;
}

function table(matrix: AlignmentMatrix): HTMLElement {
  const groups = matrix.groups.filter(group => state.task === 'all' || group.task?.id === state.task);
  const rows = groups.flatMap(group => group.skills.flatMap(skill => skill.rows));
  const cols = columns(rows.length);
  const width = 3 + cols.length;
  const head = element('thead', {}, element('tr', {},
    ...['Objective', 'Level or domain', ...cols.map(col => col.label), 'Gaps'].map(text => element('th', { scope: 'col' }, text))));
  const body = element('tbody');
  if (state.sort === 'gap') {
    const sorted = [...rows].sort((a, b) => b.marks.length - a.marks.length);
    for (const row of sorted) body.append(rowElement(row, cols));
  } else {
    for (const group of groups) appendGroup(body, group, cols, width);
  }
  const foot = element('tfoot', {}, element('tr', {},
    element('th', { scope: 'row' }, `${rows.length} objectives`), element('td'),
    ...cols.map(col => element('td', { class: 'column-count', 'data-column': col.key }, col.count(rows))),
    element('td', { class: 'column-count', 'data-column': 'gaps' }, `${rows.filter(row => row.marks.length).length} with gaps`)));
  const grid = element('table', { id: 'matrix', 'aria-label': 'Alignment matrix: one row per objective' },
    element('caption', {}, 'Objectives with the assessments, activities and lessons that reference them'), head, body, foot);
  grid.addEventListener('keydown', navigate);
  let index = 0;
  for (const cell of grid.querySelectorAll<HTMLElement>('th, td')) {
    cell.setAttribute('data-cell', String(index));
    cell.tabIndex = index++ === 0 ? 0 : -1;
  }
  return grid;
}

function appendGroup(body: HTMLElement, group: MatrixTaskGroup, cols: Column[], width: number): void {
  const taskHeader = element('th', { colspan: String(width), scope: 'rowgroup' },
    group.task ? itemLink(group.task, 'Task ') : 'Not linked to a task');
  if (group.task && group.skills.length === 0) taskHeader.append(' ', mark('task with no skills', 'task-without-skills'));
  body.append(element('tr', { class: 'group' }, taskHeader));
  for (const skill of group.skills) {
    const skillHeader = element('th', { colspan: String(width), scope: 'rowgroup' },
      skill.skill ? itemLink(skill.skill, 'Skill ') : 'Objectives with no skill');
    if (skill.withoutObjective) skillHeader.append(' ', mark('skill with no objective', 'skill-without-objective'));
    if (skill.shownElsewhere?.length) skillHeader.append(element('span', { class: 'muted' }, ` (also ${skill.shownElsewhere.join(', ')}, shown above)`));
    body.append(element('tr', { class: 'subgroup' }, skillHeader));
    for (const row of skill.rows) body.append(rowElement(row, cols));
  }
}

function rowElement(row: MatrixRow, cols: Column[]): HTMLElement {
  const objective = element('th', { scope: 'row' }, itemLink(row.objective),
    element('div', { class: 'statement' }, row.objective.statement ?? row.objective.title ?? ''));
  const cells = cols.map(col => {
    const items = row[col.key] as (MatrixItem | MatrixMethodItem)[];
    const cell = element('td', { 'data-column': col.key });
    if (items.length === 0) cell.append(element('span', { class: 'muted', 'aria-label': 'none' }, '—'));
    for (const item of items) {
      const entry = element('div', { class: 'entry' }, itemLink(item));
      if ('classes' in item) {
        const classes = item.classes.map(cls => labels.methodClasses[cls]).join('; ') || 'method not classified';
        entry.append(element('span', { class: 'class', title: item.method ?? '' }, ` ${classes}`));
      }
      cell.append(entry);
    }
    return cell;
  });
  const marks = element('td', { 'data-column': 'gaps' }, ...row.marks.map(rowMark => mark(labels.marks[rowMark], rowMark)));
  return element('tr', { class: row.marks.length ? 'has-gap' : '', 'data-objective': row.objective.id },
    objective, element('td', {}, labels.levels[row.level]), ...cells, marks);
}

function mark(label: string, kind: string): HTMLElement {
  return element('span', { class: `mark mark-${kind}`, 'data-mark': kind, 'aria-label': `Gap: ${label}` }, label);
}

function itemLink(item: MatrixItem, prefix = ''): HTMLElement {
  const link = element('a', { href: '#', class: 'item', 'data-id': item.id, title: `Open ${item.kind} ${item.id}`, 'aria-label': `Open ${item.kind} ${item.id}` },
    `${prefix}${item.id}`);
  link.addEventListener('click', event => {
    event.preventDefault();
    vscode.postMessage({ type: 'open', uri: item.uri, range: item.range, id: item.id });
  });
  return link;
}

/** Arrow keys move between cells (roving tabindex); Enter opens the first item of the focused cell. */
function navigate(event: KeyboardEvent): void {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('th, td');
  if (!cell) return;
  const row = cell.parentElement as HTMLTableRowElement;
  const rows = [...(row.closest('table') as HTMLTableElement).rows];
  let target: Element | undefined;
  if (event.key === 'ArrowRight') target = cell.nextElementSibling ?? undefined;
  else if (event.key === 'ArrowLeft') target = cell.previousElementSibling ?? undefined;
  else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const next = rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
    target = next?.cells[Math.min((cell as HTMLTableCellElement).cellIndex, next.cells.length - 1)];
  } else if (event.key === 'Enter' && event.target === cell) {
    cell.querySelector<HTMLElement>('a.item')?.click();
    event.preventDefault();
    return;
  } else return;
  event.preventDefault();
  if (!(target instanceof HTMLElement)) return;
  cell.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
}

vscode.postMessage({ type: 'ready' });
