import { MarkupKind, type Hover } from 'vscode-languageserver';
import {
  METHOD_CLASS_LABELS, methodOf, FACTOR_VALUES, PERFORMANCE_FACTORS, STEPS, analyzeStatement, fieldOf, isKind, scalarText, stepOf,
  type Design, type DesignDocument, type Item, type StatementAnalysis, type YamlEntry,
} from '../core';
import { itemAt, itemTitle } from '../core/navigation';
import type { Feature, ServerContext } from './context';
import { keyAt, targetAt, type Target } from './locate';
import { answerFor, displayPath, rangeOf } from './support';

/** Hover: what an id or reference stands for, what a step asks, what a field holds. */
export const hover: Feature = {
  capabilities: { hoverProvider: true },
  register(server) {
    server.connection.onHover(({ textDocument, position }) => answerFor(server, textDocument.uri, null, ({ design, document }) => {
      const offset = document.lines.offsetAt(position);
      const target = targetAt(document, offset);
      if (target) return markdown(document, target.span, describeTarget(server, design, target));
      const method = methodAt(design, document, offset);
      if (method) return markdown(document, method.span, method.text);
      const statement = statementAt(document, offset);
      if (statement) return markdown(document, statement.span, describeStatement(design, statement.item, statement.text));
      const key = keyAt(document, offset);
      const text = key && (key.item ? describeField(design, document, key.entry) : describeType(key.entry));
      return text && key ? markdown(document, key.entry.keySpan, text) : null;
    }, undefined, 'partial'));
  },
};

function markdown(document: DesignDocument, span: { start: number; end: number }, value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(document, span) };
}

function describeTarget(server: ServerContext, design: Design, target: Target): string {
  const definitions = design.definitionsOf(target.id);
  if (definitions.length === 0 && server.workspace.indexing) return `The workspace is still being indexed: \`${target.id}\` may be defined in a file not read yet.`;
  if (definitions.length === 0) return `No item has the id \`${target.id}\`.`;
  const parts = definitions.map(item => describeItem(server, item));
  if (target.type === 'reference' && !definitions.some(item => item.kind === target.reference.expected)) {
    parts.push(`⚠ \`${target.reference.field}\` expects ${target.reference.expected} ids.`);
  }
  if (target.type === 'id') {
    const count = design.referrersOf(target.id).length;
    parts.push(`Referenced ${count === 1 ? 'once' : `${count} times`}.`);
  }
  return parts.join('\n\n---\n\n');
}

/** Kind, step, title or statement, and the file (a link to the line) of an item. */
export function describeItem(server: ServerContext, item: Item): string {
  const step = stepOf(item.kind);
  const line = item.document.lines.positionAt(item.anchor.start).line + 1;
  const lines = [`**${capitalize(item.kind)}** \`${item.id ?? ''}\` · step ${step.step}, ${step.name} (${step.phase})`];
  const title = itemTitle(item);
  if (title) lines.push(title);
  const statement = scalarText(item.entries.find(entry => entry.key === 'statement')?.value)?.trim();
  if (statement && statement.replace(/\s+/g, ' ') !== title) lines.push(`> ${statement.replace(/\s+/g, ' ')}`);
  lines.push(`[${displayPath(server, item.document.uri)}:${line}](${item.document.uri}#L${line})`);
  return lines.join('\n\n');
}

/** How the `method:` under the cursor (key or value) was classified, and what that means for the alignment rules. */
function methodAt(design: Design, document: DesignDocument, offset: number): { span: { start: number; end: number }; text: string } | undefined {
  const item = itemAt(document, offset);
  const entry = item?.entries.find(candidate => candidate.key === 'method');
  const method = item && methodOf(item, design.classifiers.methods);
  if (!entry || !method || offset < entry.keySpan.start || offset > method.span.end) return undefined;
  const { classes, matches } = method.classification;
  const text = classes.length
    ? `**method**: ${classes.map(cls => METHOD_CLASS_LABELS[cls]).join('; ')}\n\nMatched ${matches.map(match => `"${match.term}" (${METHOD_CLASS_LABELS[match.methodClass]})`).join(', ')}.`
    : '**method**: not classified. No term of the method vocabulary matched, so the alignment rules ignore it.';
  return { span: { start: entry.keySpan.start, end: method.span.end }, text: `${text}\n\nAdd terms under "methods" in \`.idstudio.json\`.` };
}

/** The objective whose `statement:` value is at the offset. */
function statementAt(document: DesignDocument, offset: number): { item: Item; text: string; span: { start: number; end: number } } | undefined {
  if (document.kind !== 'objective') return undefined;
  for (const item of document.items) {
    const value = fieldOf(item, 'statement')?.value;
    const text = scalarText(value)?.trim();
    if (value && text && value.span.start <= offset && offset <= value.span.end) return { item, text, span: value.span };
  }
  return undefined;
}

/** The statement as the tool read it: behaviours with their Bloom levels, what cannot be observed, condition, criterion. */
function describeStatement(design: Design, item: Item, text: string): string {
  const analysis = analyzeStatement(text, design.measurability);
  const lines = ['**Objective statement, as read**', ...behaviourLines(analysis)];
  lines.push(partLine('Condition', analysis.condition?.text, scalarText(fieldOf(item, 'condition')?.value),
    'none found: say what the learner is given or where ("Given ...", "Using a ...") or add `condition:`'));
  lines.push(partLine('Criterion', analysis.criterion?.text, scalarText(fieldOf(item, 'criterion')?.value),
    'none found: say how well (accuracy, time, a standard or checklist) or add `criterion:`'));
  return lines.join('\n\n');
}

function behaviourLines(analysis: StatementAnalysis): string[] {
  const lines = analysis.behaviours.filter(behaviour => behaviour.observable).map(behaviour => {
    const bloom = behaviour.bloom ? `Bloom: ${behaviour.bloom.join(', ')}` : 'Bloom level not known';
    return `- Behaviour: **${behaviour.verb}** (${behaviour.lemma}; ${bloom}${behaviour.domain ? `; ${behaviour.domain}` : ''})`;
  });
  for (const vague of analysis.vague) {
    const what = vague.reason === 'no-behaviour' ? 'No behaviour found' : `Not observable: **${vague.phrase}**`;
    lines.push(`- ${what} (${REASONS[vague.reason]}); for example ${vague.suggestions.map(verb => `*${verb}*`).join(', ')}`);
  }
  if (lines.length === 0) lines.push('- No behaviour found');
  return lines;
}

const REASONS: Readonly<Record<StatementAnalysis['vague'][number]['reason'], string>> = {
  'internal-state': 'an internal state nobody can watch',
  capacity: 'knowledge or ability, not the behaviour that shows it',
  state: 'a state of mind',
  'trainer-centred': 'what the training does, not what the learner will do',
  'no-behaviour': 'the statement names no action of the learner',
  configured: 'listed in `verbs.nonMeasurable`',
};

function partLine(label: string, read: string | undefined, field: string | undefined, missing: string): string {
  if (field?.trim()) return `- ${label}: \`${label.toLowerCase()}:\` ${field.trim()}${read ? ` (and in the statement: "${read}")` : ''}`;
  return read ? `- ${label}: "${read}"` : `- ${label}: ${missing}`;
}

function describeType(entry: YamlEntry): string {
  const value = scalarText(entry.value);
  if (!isKind(value)) {
    return `**type**: the step of this document, one of ${STEPS.map(step => `\`${step.kind}\` (${step.step})`).join(', ')}.`;
  }
  const step = stepOf(value);
  return `**Step ${step.step} · ${step.name}** (${step.phase})\n\n${step.asks}`;
}

function describeField(design: Design, document: DesignDocument, entry: YamlEntry): string | undefined {
  if (!document.kind) return undefined;
  if (document.kind === 'goal' && entry.key === 'gap') return `**gap**: current versus desired performance.\n\n${measuresOf(design)}`;
  if (document.kind === 'evaluation' && entry.key === 'measures') return `**measures**: how the Step 1 performance gap is measured again.\n\n${gapsOf(design)}`;
  const step = stepOf(document.kind);
  const target = step.references[entry.key];
  if (target) return `**${entry.key}**: ids of ${target} items (step ${stepOf(target).step}, ${stepOf(target).name}).`;
  const allowed = step.enums[entry.key];
  if (allowed) return `**${entry.key}**: one of ${allowed.map(value => `\`${value}\``).join(', ')}.`;
  if (entry.key === 'performance_factors') {
    return `**performance_factors**: ${PERFORMANCE_FACTORS.map(factor => `\`${factor}\``).join(', ')}, each ${FACTOR_VALUES.map(value => `\`${value}\``).join(', ')}. Only a lacking \`skills_knowledge\` is closed by training.`;
  }
  return undefined;
}

/** Step 12 measures the Step 1 gap again: the gap's hover lists the measures, the measures' hover the gap. */
function measuresOf(design: Design): string {
  const measures = fieldTexts(design, 'evaluation', 'measures');
  return measures.length ? `Measured again in step 12 by:\n${measures.map(text => `- ${text}`).join('\n')}` : 'No evaluation (step 12) lists `measures:` of this gap yet.';
}

function gapsOf(design: Design): string {
  const gaps = fieldTexts(design, 'goal', 'gap');
  return gaps.length ? `The gap of step 1:\n${gaps.map(text => `> ${text}`).join('\n\n')}` : 'Step 1 states no `gap:` yet.';
}

/** The texts of a field (one text or a list) across the design's items of a kind, whitespace folded. */
function fieldTexts(design: Design, kind: string, key: string): string[] {
  return [...design.allDocuments()].filter(document => document.kind === kind).flatMap(document => document.items)
    .flatMap(item => {
      const value = item.entries.find(entry => entry.key === key)?.value;
      const nodes = value?.type === 'seq' ? value.items : value ? [value] : [];
      return nodes.flatMap(node => scalarText(node)?.replace(/\s+/g, ' ').trim() || []);
    });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
