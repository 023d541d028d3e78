import type { DesignDocument, Item, Reference } from './document';
import { PHASES, STEPS, type Kind, type Phase, type StepInfo } from './kinds';
import type { Finding, Range, Span } from './types';
import { scalarText } from './yaml-tree';

/**
 * The step-by-step outline of one design: ADDIE phases → the 12 steps → their items → for objectives,
 * what links to them. It is what the tree view and the status bar show, built from the model and its
 * findings so the client never analyses anything itself.
 */

/**
 * Findings by severity, with template placeholders (`placeholder-text` reported as an error or warning)
 * counted apart: "2 warnings, 5 placeholders" tells a designer what is wrong and what is merely unfilled.
 */
export interface ProblemCounts { errors: number; warnings: number; infos: number; placeholders: number }

/**
 * Contract v2: a step is complete when it has at least one design document and its documents have no
 * errors or warnings (placeholders included); in progress when it has documents with some; else not started.
 */
export type StepStatus = 'not-started' | 'in-progress' | 'complete';

/** A place in a document (the first placeholder of a step, an evaluation's measures). */
export interface Place { uri: string; range: Range }

/** An item and where it sits: its `id` value, else the `type:` line (single item) or first field (list entry). */
export interface ItemLocation { id?: string; kind: Kind; /** The item's `title`, else its `statement`. */ title?: string; uri: string; range: Range }

/** An item an objective links to, or is linked from. */
export interface LinkedItem extends ItemLocation { id: string }

export interface ObjectiveLinks {
  skills: LinkedItem[];
  assessments: LinkedItem[];
  activities: LinkedItem[];
  lessons: LinkedItem[];
}

export interface OutlineItem extends ItemLocation {
  problems: ProblemCounts;
  /** Only for objectives. */
  links?: ObjectiveLinks;
  /** Only for goals: the performance gap, and how Step 12 measures it again (its evaluations' `measures`). */
  gap?: GapAndMeasures;
}

export interface GapAndMeasures { gap?: string; measures: (Place & { text: string })[] }

export interface OutlineStep {
  step: number;
  kind: Kind;
  name: string;
  /** A short name for narrow places (kinds.ts). */
  label: string;
  asks: string;
  status: StepStatus;
  /** Problems of all the step's documents, including those outside any item (syntax errors). */
  problems: ProblemCounts;
  /** The step's first template placeholder still to fill, to jump to. */
  firstPlaceholder?: Place;
  documents: string[];
  items: OutlineItem[];
}

export interface OutlinePhase { phase: Phase; steps: OutlineStep[] }

/** A design document whose `type:` is not one of the 12 kinds, so it belongs to no step. */
export interface UnsortedDocument { uri: string; problems: ProblemCounts }

export interface OutlineSummary {
  /** Steps that have at least one item, out of 12. */
  stepsWithItems: number;
  stepsComplete: number;
  objectives: number;
  objectivesNotAssessed: number;
  designDocuments: number;
  problems: ProblemCounts;
}

export interface DesignOutline {
  phases: OutlinePhase[];
  unsorted: UnsortedDocument[];
  summary: OutlineSummary;
}

/** What the outline reads of a design (the `Design` class provides it). */
export interface OutlineSource {
  allDocuments(): Iterable<DesignDocument>;
  findingsOf(uri: string): readonly Finding[];
  /** Whether a document gets diagnostics (a design document, or a near miss inside a design). */
  isChecked(uri: string): boolean;
  definitionsOf(id: string): readonly Item[];
  referrersOf(id: string): readonly Reference[];
}

export function buildOutline(design: OutlineSource): DesignOutline {
  const documents = [...design.allDocuments()].filter(document => design.isChecked(document.uri))
    .sort((a, b) => a.uri.localeCompare(b.uri));
  const ofKind = (kind: Kind) => documents.filter(document => document.kind === kind);
  const steps = STEPS.map(info => outlineStep(design, info, ofKind(info.kind), ofKind('evaluation')));
  const unsorted = documents.filter(document => document.kind === undefined)
    .map(document => ({ uri: document.uri, problems: countProblems(design.findingsOf(document.uri)) }));
  return {
    phases: PHASES.map(phase => ({ phase, steps: steps.filter(step => STEPS[step.step - 1].phase === phase) })),
    unsorted,
    summary: summarize(steps, unsorted, documents.length),
  };
}

function outlineStep(design: OutlineSource, info: StepInfo, documents: DesignDocument[], evaluations: DesignDocument[]): OutlineStep {
  const items = documents.flatMap(document => outlineItems(design, document, evaluations));
  const problems = sumProblems(documents.map(document => countProblems(design.findingsOf(document.uri))));
  const firstPlaceholder = documents.map(document => ({ uri: document.uri, finding: design.findingsOf(document.uri).find(isPlaceholder) }))
    .find(found => found.finding);
  return {
    step: info.step, kind: info.kind, name: info.name, label: info.label, asks: info.asks,
    status: statusOf(documents.length, problems),
    problems,
    ...(firstPlaceholder && { firstPlaceholder: { uri: firstPlaceholder.uri, range: firstPlaceholder.finding!.range } }),
    documents: documents.map(document => document.uri), items,
  };
}

function statusOf(documents: number, problems: ProblemCounts): StepStatus {
  if (documents === 0) return 'not-started';
  return problems.errors + problems.warnings + problems.placeholders === 0 ? 'complete' : 'in-progress';
}

/** A placeholder that holds a step back (one turned down to info or hint is only information). */
function isPlaceholder(finding: Finding): boolean {
  return finding.code === 'placeholder-text' && (finding.severity === 'error' || finding.severity === 'warning');
}

function outlineItems(design: OutlineSource, document: DesignDocument, evaluations: DesignDocument[]): OutlineItem[] {
  const findings = design.findingsOf(document.uri);
  return document.items.map(item => {
    const extent = item.index === undefined ? undefined : extentOf(item);
    const own = extent ? findings.filter(finding => within(document, finding.range, extent)) : findings;
    return {
      ...describe(item),
      problems: countProblems(own),
      ...(item.kind === 'objective' && { links: objectiveLinks(design, item) }),
      ...(item.kind === 'goal' && { gap: gapAndMeasures(item, evaluations) }),
    };
  });
}

/** The goal's gap as one line, and every Step 12 `measures` entry (Step 12 measures the Step 1 gap again). */
function gapAndMeasures(goal: Item, evaluations: DesignDocument[]): GapAndMeasures {
  const gap = goal.entries.find(entry => entry.key === 'gap')?.value;
  const gapText = gap?.type === 'map'
    ? gap.entries.map(entry => `${entry.key}: ${scalarText(entry.value)?.trim() ?? ''}`).join('; ')
    : scalarText(gap);
  const measures = evaluations.flatMap(document => document.items).flatMap(item => {
    const value = item.entries.find(entry => entry.key === 'measures')?.value;
    const nodes = value?.type === 'seq' ? value.items : value ? [value] : [];
    return nodes.flatMap(node => {
      const text = scalarText(node)?.replace(/\s+/g, ' ').trim();
      return text ? [{ text, uri: item.document.uri, range: item.document.lines.rangeOf(node.span) }] : [];
    });
  });
  return { ...(gapText && { gap: gapText.replace(/\s+/g, ' ').trim() }), measures };
}

/** Where a list entry's fields lie, so the findings inside it can be counted as its own. */
function extentOf(item: Item): Span {
  const first = item.entries[0];
  const last = item.entries[item.entries.length - 1];
  if (!first) return item.anchor;
  return { start: first.keySpan.start, end: last.value?.span.end ?? last.keySpan.end };
}

function within(document: DesignDocument, range: Range, extent: Span): boolean {
  const offset = document.lines.offsetAt(range.start);
  return offset >= extent.start && offset <= extent.end;
}

function describe(item: Item): ItemLocation {
  const field = (key: string) => scalarText(item.entries.find(entry => entry.key === key)?.value);
  const title = field('title') ?? field('statement');
  return {
    ...(item.id !== undefined && { id: item.id }),
    kind: item.kind,
    ...(title !== undefined && { title }),
    uri: item.document.uri,
    range: item.document.lines.rangeOf(item.anchor),
  };
}

function objectiveLinks(design: OutlineSource, objective: Item): ObjectiveLinks {
  const skills = objective.references.filter(reference => reference.field === 'skills')
    .flatMap(reference => design.definitionsOf(reference.id).filter(item => item.kind === 'skill'));
  const referrers = objective.id === undefined ? [] : design.referrersOf(objective.id)
    .filter(reference => reference.field === 'objectives').map(reference => reference.item);
  const ofKind = (kind: Kind) => linked(referrers.filter(item => item.kind === kind));
  return { skills: linked(skills), assessments: ofKind('assessment'), activities: ofKind('activity'), lessons: ofKind('lesson') };
}

/** Distinct items with an id, as links (an item listing the same id twice appears once). */
function linked(items: readonly Item[]): LinkedItem[] {
  return [...new Set(items)].filter(item => item.id !== undefined).map(item => ({ ...describe(item), id: item.id! }));
}

export function countProblems(findings: readonly Finding[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0, placeholders: 0 };
  for (const finding of findings) {
    if (isPlaceholder(finding)) counts.placeholders++;
    else if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

function sumProblems(all: readonly ProblemCounts[]): ProblemCounts {
  return all.reduce((sum, counts) => ({
    errors: sum.errors + counts.errors, warnings: sum.warnings + counts.warnings, infos: sum.infos + counts.infos,
    placeholders: sum.placeholders + counts.placeholders,
  }), { errors: 0, warnings: 0, infos: 0, placeholders: 0 });
}

function summarize(steps: OutlineStep[], unsorted: UnsortedDocument[], designDocuments: number): OutlineSummary {
  const objectives = steps.flatMap(step => step.items).filter(item => item.links);
  return {
    stepsWithItems: steps.filter(step => step.items.length > 0).length,
    stepsComplete: steps.filter(step => step.status === 'complete').length,
    objectives: objectives.length,
    objectivesNotAssessed: objectives.filter(item => item.links!.assessments.length === 0).length,
    designDocuments,
    problems: sumProblems([...steps.map(step => step.problems), ...unsorted.map(document => document.problems)]),
  };
}
