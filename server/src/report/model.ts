/**
 * What the design report shows, computed from one design: the goal and its performance gap, the 12 steps in
 * ADDIE order with each item and its links, the alignment matrix, the Bloom distribution and the remaining
 * problems. Renderers (HTML, Markdown) only format this model.
 */
import { compareFindings, fieldOf, PERFORMANCE_FACTORS, stepOf, type Design, type Item, type Severity } from '../core';
import { buildMatrix, type AlignmentMatrix } from '../core/matrix';
import { itemTitle } from '../core/navigation';
import { buildOutline, type OutlineSummary, type StepStatus } from '../core/outline';
import { entryOf, scalarText, type YamlNode } from '../core/yaml-tree';
import { PHASES, type Kind, type Phase } from '../core/kinds';

export interface ReportLink { field: string; ids: string[] }

export interface ReportItem {
  id?: string;
  kind: Kind;
  title?: string;
  /** Path relative to the design root, `/` separated, and 1-based line of the item's id. */
  file: string;
  line: number;
  links: ReportLink[];
}

export interface ReportStep { step: number; kind: Kind; name: string; asks: string; status: StepStatus; items: ReportItem[] }

export interface ReportGoal {
  title?: string;
  goal?: string;
  gap?: string;
  factors: { factor: string; value: string; interventions: string[] }[];
}

export interface ReportProblem { file: string; line: number; column: number; severity: Severity; code: string; message: string }

export interface DesignReport {
  name: string;
  goal?: ReportGoal;
  phases: { phase: Phase; steps: ReportStep[] }[];
  matrix: AlignmentMatrix;
  problems: ReportProblem[];
  summary: OutlineSummary;
}

/** Builds the report of a design whose documents' URIs are turned into paths by `relative`. */
export function buildReport(name: string, design: Design, relative: (uri: string) => string): DesignReport {
  design.flush();
  const outline = buildOutline(design);
  const documents = [...design.allDocuments()].filter(document => document.isDesign).sort((a, b) => a.uri.localeCompare(b.uri));
  const itemsOf = (kind: Kind) => documents.filter(document => document.kind === kind).flatMap(document => document.items);
  const phases = PHASES.map(phase => ({
    phase,
    steps: outline.phases.find(entry => entry.phase === phase)!.steps.map(step => ({
      step: step.step, kind: step.kind, name: step.name, asks: step.asks, status: step.status,
      items: itemsOf(step.kind).map(item => reportItem(item, relative)),
    })),
  }));
  const problems = documents.flatMap(document => [...design.findingsOf(document.uri)].sort(compareFindings).map(finding => ({
    file: relative(document.uri), line: finding.range.start.line + 1, column: finding.range.start.character + 1,
    severity: finding.severity, code: finding.code, message: finding.message,
  })));
  const goalItem = itemsOf('goal')[0];
  return {
    name, ...(goalItem && { goal: reportGoal(goalItem) }), phases, matrix: buildMatrix(design), problems, summary: outline.summary,
  };
}

function reportItem(item: Item, relative: (uri: string) => string): ReportItem {
  const fields = Object.keys(stepOf(item.kind).references);
  const links = fields.map(field => ({ field, ids: item.references.filter(reference => reference.field === field).map(reference => reference.id) }))
    .filter(link => link.ids.length > 0);
  const title = itemTitle(item);
  return {
    ...(item.id !== undefined && { id: item.id }), kind: item.kind, ...(title && { title }),
    file: relative(item.document.uri), line: item.document.lines.positionAt(item.anchor.start).line + 1, links,
  };
}

function reportGoal(item: Item): ReportGoal {
  const text = (key: string) => plainText(fieldOf(item, key)?.value);
  const factorsNode = fieldOf(item, 'performance_factors')?.value;
  const interventionsNode = fieldOf(item, 'interventions')?.value;
  const factors = PERFORMANCE_FACTORS.map(factor => {
    const planned = entryOf(interventionsNode, factor)?.value;
    const interventions = planned?.type === 'seq' ? planned.items.map(plainText).filter((entry): entry is string => !!entry)
      : [plainText(planned)].filter((entry): entry is string => !!entry);
    return { factor, value: scalarText(entryOf(factorsNode, factor)?.value) ?? 'not assessed', interventions };
  });
  const title = text('title');
  const goal = text('goal');
  const gap = text('gap');
  return { ...(title && { title }), ...(goal && { goal }), ...(gap && { gap }), factors };
}

/** A YAML value as one line of text: a scalar, a list joined with "; ", a map as "key: value" pairs. */
function plainText(node: YamlNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'scalar') return scalarText(node)?.replace(/\s+/g, ' ').trim() || undefined;
  if (node.type === 'seq') return node.items.map(plainText).filter(Boolean).join('; ') || undefined;
  if (node.type === 'map') return node.entries.map(entry => `${entry.key}: ${plainText(entry.value) ?? ''}`).join('; ') || undefined;
  return undefined;
}
