/** Quick fixes per rule code, driven by the facts each finding carries in `data`. */
import { distance } from 'fastest-levenshtein';
import { scalarText, type Design, type DesignDocument, type Item, type YamlNode } from '../core';
import { itemAt, itemSpan, itemTitle, uniqueId, unquotedSpan } from '../core/navigation';
import { INTERVENTION_EXAMPLES } from '../core/rules/non-training-factors';
import { assessmentFix } from './fix-assessment';
import { showItemCommand } from './show-item';
import { itemOfFinding, type Fix, type FixContext } from './fix-context';
import { EditCollector, lineBreakOf, startOfNextLine } from './support';

export const FIXES: Readonly<Record<string, (context: FixContext) => Fix[] | Promise<Fix[]>>> = {
  'objective-not-measurable': measurableVerbFixes,
  'unknown-reference': closestIdFixes,
  'wrong-reference-kind': closestIdFixes,
  'invalid-value': context => replacements(context, strings(context.data.allowed), value => `Change to "${value}"`),
  'unknown-type': context => replacements(context, strings(context.data.suggestions), kind => `Change the type to "${kind}"`),
  'missing-id': missingIdFixes,
  'objective-not-assessed': assessmentFix,
  'task-without-skills': skillFixes,
  'assessment-method-mismatch': context => openRelatedFixes(context, 'assessment'),
  'activity-without-practice': context => openRelatedFixes(context, 'activity'),
  'non-training-factors': interventionFixes,
  'task-without-support': supportFixes,
  'lesson-not-pretested': context => replacements(context, ['pretested', 'revised'], status =>
    `Set the status to "${status}" (only once the lesson has been ${status === 'pretested' ? 'pretested with learners' : 'pretested and revised'})`, false),
  'placeholder-text': selectPlaceholderFix,
};

/** "Open assessment "AS-1"..." for each item the finding names (the items whose method to change). */
function openRelatedFixes(context: FixContext, kind: 'assessment' | 'activity'): Fix[] {
  return strings(context.data.items).flatMap(id => context.design.definitionsOf(id).filter(item => item.kind === kind)).map(item => ({
    title: `Open ${kind} "${item.id}" to change its method`,
    command: showItemCommand(`Open ${kind}`, item.document.uri, item.document.lines.rangeOf(item.anchor)),
  }));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/**
 * One fix per value, each replacing the diagnostic's value (without its quotes); the first preferred when
 * alone, unless `preferable` is false (a fix that only the user can judge is never applied automatically).
 */
function replacements(context: FixContext, values: readonly string[], title: (value: string) => string, preferable = true): Fix[] {
  const target = unquotedSpan(context.document.text, context.span);
  return values.map(value => ({
    title: title(value),
    edit: new EditCollector(context.server).replace(context.document, target, value),
    preferred: preferable && values.length === 1,
  }));
}

function closestIdFixes(context: FixContext): Fix[] {
  return replacements(context, strings(context.data.suggestions), id => `Change to "${id}"`);
}

// --- objective-not-measurable ---------------------------------------------------------------------------

/** One fix per suggested verb, each replacing exactly the phrase the diagnostic sits on. */
function measurableVerbFixes(context: FixContext): Fix[] {
  if (context.data.replaceable !== true) return [];
  const original = context.document.text.slice(context.span.start, context.span.end);
  return strings(context.data.suggestions).map(verb => {
    const inflected = context.data.thirdPerson === true ? thirdPerson(verb) : verb;
    const replacement = /^[A-Z]/.test(original) ? inflected.charAt(0).toUpperCase() + inflected.slice(1) : inflected;
    return {
      title: `Replace "${original.replace(/\s+/g, ' ')}" with "${replacement}"`,
      edit: new EditCollector(context.server).replace(context.document, context.span, replacement),
    };
  });
}

/** "identify" → "identifies", "wash" → "washes", "respond to" → "responds to". */
function thirdPerson(verb: string): string {
  const [first, ...rest] = verb.split(' ');
  const inflected = /[^aeiou]y$/.test(first) ? `${first.slice(0, -1)}ies` : /(s|sh|ch|x|z|o)$/.test(first) ? `${first}es` : `${first}s`;
  return [inflected, ...rest].join(' ');
}

// --- missing-id -----------------------------------------------------------------------------------------

/** Inserts a fresh id: after `type:` in a single-item document, as the first key of an `items:` entry. */
function missingIdFixes(context: FixContext): Fix[] {
  const { document, design, server } = context;
  const index = typeof context.data.index === 'number' ? context.data.index : undefined;
  const item = document.items.find(candidate => candidate.id === undefined && candidate.index === index);
  if (!item || !document.kind) return [];
  const id = uniqueId(design, document.kind, document);
  const edit = new EditCollector(server);
  if (item.index === undefined) {
    const type = document.typeEntry!;
    edit.insert(document, startOfNextLine(document, type.value?.span.end ?? type.keySpan.end), `id: ${id}${lineBreakOf(document)}`);
  } else {
    const firstKey = item.entries[0]?.keySpan.start;
    if (firstKey === undefined) return [];
    const beforeKey = document.text.slice(0, firstKey).replace(/[ \t]+$/, '');
    const inFlowMap = /[{,]$/.test(beforeKey);
    const column = firstKey - (document.text.lastIndexOf('\n', firstKey - 1) + 1);
    edit.insert(document, firstKey, inFlowMap ? `id: ${id}, ` : `id: ${id}${lineBreakOf(document)}${' '.repeat(column)}`);
  }
  return [{ title: `Add the id "${id}"`, edit, preferred: true }];
}

// --- task-without-skills --------------------------------------------------------------------------------

const MAX_SKILL_FIXES = 3;

/** Adds a skill to the task's `skills:` (the likeliest skills first: unused ones that share words with the task). */
function skillFixes(context: FixContext): Fix[] {
  const task = itemOfFinding(context);
  if (!task || task.kind !== 'task') return [];
  const candidates = likelySkills(context.design, task).slice(0, MAX_SKILL_FIXES);
  if (candidates.length === 0) {
    const edit = skillsEdit(context, task, '[]');
    return edit ? [{ title: 'Add an empty "skills:" list to fill in (step 5)', edit }] : [];
  }
  return candidates.flatMap(skill => {
    const edit = skillsEdit(context, task, `[${skill}]`);
    return edit ? [{ title: `Add skill "${skill}" to "skills:"`, edit, preferred: candidates.length === 1 }] : [];
  });
}

function likelySkills(design: Design, task: Item): string[] {
  const taskWords = wordsOf(`${task.id ?? ''} ${itemTitle(task) ?? ''}`);
  const rank = (id: string) => {
    const target = design.definitionsOf(id).find(item => item.kind === 'skill');
    const used = design.referrersOf(id).some(reference => reference.field === 'skills' && reference.item.kind === 'task');
    const shared = [...wordsOf(`${id} ${target ? itemTitle(target) ?? '' : ''}`)].filter(word => taskWords.has(word)).length;
    return { id, used, shared, distance: distance(id.toLowerCase(), (task.id ?? '').toLowerCase()) };
  };
  return [...design.idsOfKind('skill')].map(rank)
    .sort((a, b) => Number(a.used) - Number(b.used) || b.shared - a.shared || a.distance - b.distance || a.id.localeCompare(b.id))
    .map(candidate => candidate.id);
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter(word => word.length > 1));
}

/** Fills an empty `skills:` entry, or adds one below the task's last field. */
function skillsEdit(context: FixContext, task: Item, list: string): EditCollector | undefined {
  return fieldEdit(context, task, 'skills', list, value => value.type === 'seq' && value.items.length === 0);
}

/**
 * Fills an item's field when it is empty (or `isEmpty` says so), or adds it below the item's last field;
 * nothing when the field already holds a value or the item is a flow map.
 */
function fieldEdit(context: FixContext, item: Item, key: string, text: string, isEmpty: (value: YamlNode) => boolean = () => false): EditCollector | undefined {
  const { document, server } = context;
  const edit = new EditCollector(server);
  const existing = item.entries.find(entry => entry.key === key);
  if (existing) {
    const value = existing.value;
    if (!value) return edit.insert(document, document.text.indexOf(':', existing.keySpan.end) + 1, ` ${text}`);
    const empty = isEmpty(value) || (value.type === 'scalar' && scalarText(value) === undefined);
    return empty ? edit.replace(document, value.span, text) : undefined;
  }
  const column = itemColumn(document, item);
  if (column === undefined) return undefined;
  const at = startOfNextLine(document, itemSpan(item).end);
  return edit.insert(document, at, `${' '.repeat(column)}${key}: ${text}${lineBreakOf(document)}`);
}

/** The column of an item's keys, or undefined for a flow map (`{ id: T-1 }`), where no line can be added. */
function itemColumn(document: DesignDocument, item: Item): number | undefined {
  const firstKey = item.entries[0]?.keySpan.start ?? 0;
  if (/\{\s*$/.test(document.text.slice(0, firstKey))) return undefined;
  return item.index === undefined ? 0 : firstKey - (document.text.lastIndexOf('\n', firstKey - 1) + 1);
}

// --- non-training-factors, task-without-support: add the missing field with a TODO the user fills in ----

function interventionFixes(context: FixContext): Fix[] {
  const factor = context.data.factor;
  const goal = itemAt(context.document, context.span.start);
  if (typeof factor !== 'string' || !goal || goal.kind !== 'goal') return [];
  const edit = interventionEdit(context, goal, factor, `TODO plan the intervention (${INTERVENTION_EXAMPLES[factor] ?? 'other than training'})`);
  return edit ? [{ title: `Add an intervention for "${factor}" under "interventions:" (to fill in)`, edit, preferred: true }] : [];
}

/** Adds `factor: text` to the goal's block `interventions:` map, creating the map below the goal's fields if needed. */
function interventionEdit(context: FixContext, goal: Item, factor: string, text: string): EditCollector | undefined {
  const { document } = context;
  const interventions = goal.entries.find(entry => entry.key === 'interventions');
  const map = interventions?.value;
  if (!interventions || !map) {
    const column = itemColumn(document, goal);
    if (column === undefined) return undefined;
    const line = `${' '.repeat(column + 2)}${factor}: ${text}${lineBreakOf(document)}`;
    if (interventions) return new EditCollector(context.server).insert(document, startOfNextLine(document, interventions.keySpan.end), line);
    return new EditCollector(context.server).insert(document, startOfNextLine(document, itemSpan(goal).end),
      `${' '.repeat(column)}interventions:${lineBreakOf(document)}${line}`);
  }
  if (map.type !== 'map' || document.text.charAt(map.span.start) === '{') return undefined;
  const existing = map.entries.find(entry => entry.key === factor);
  if (existing) {
    return existing.value ? undefined : new EditCollector(context.server).insert(document, document.text.indexOf(':', existing.keySpan.end) + 1, ` ${text}`);
  }
  const last = map.entries[map.entries.length - 1];
  const column = map.entries[0].keySpan.start - (document.text.lastIndexOf('\n', map.entries[0].keySpan.start - 1) + 1);
  return new EditCollector(context.server).insert(document, startOfNextLine(document, last.value?.span.end ?? last.keySpan.end),
    `${' '.repeat(column)}${factor}: ${text}${lineBreakOf(document)}`);
}

function supportFixes(context: FixContext): Fix[] {
  const task = itemOfFinding(context);
  if (!task || task.kind !== 'task') return [];
  const edit = fieldEdit(context, task, 'support', 'TODO name the job aid or checklist used at the point of need',
    value => value.type === 'seq' && value.items.length === 0);
  return edit ? [{ title: 'Add "support:" to the task (a job aid or checklist to name)', edit, preferred: true }] : [];
}

// --- placeholder-text -------------------------------------------------------------------------------------

/** Selects the placeholder in the editor, so typing replaces it. */
function selectPlaceholderFix(context: FixContext): Fix[] {
  return [{
    title: 'Select the placeholder to replace it',
    command: showItemCommand('Select the placeholder', context.document.uri, context.diagnostic.range),
  }];
}
