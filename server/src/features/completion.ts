import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver';
import {
  FACTOR_VALUES, PERFORMANCE_FACTORS, STEPS, isKind, parentFolder, stepOf, type Design, type DesignDocument, type Kind,
  type Span,
} from '../core';
import { itemAt, itemTitle } from '../core/navigation';
import type { Feature } from './context';
import { siblingKeys, yamlContextAt, type YamlContext } from './locate';
import { answerFor, rangeOf } from './support';

/** Completion in the front matter: `type:` values, field keys, enum values and ids of the expected kind. */
export const completion: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [':', ' ', '[', ','], resolveProvider: false } },
  register(server) {
    server.connection.onCompletion(({ textDocument, position }) => answerFor(server, textDocument.uri, [], ({ design, document }) => {
      const offset = document.lines.offsetAt(position);
      const context = yamlContextAt(document.text, offset);
      const snippets = server.clientCapabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
      return context ? completionsAt(design, document, offset, context, snippets) : [];
    }, undefined, 'partial'));
  },
};

const ITEM_LEVEL = [[], ['items', '-']];
const TRIGGER_SUGGEST = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

type Completions = CompletionItem[] | CompletionList;

function completionsAt(design: Design, document: DesignDocument, offset: number, context: YamlContext,
  snippets: boolean): Completions {
  const kind = kindOf(document);
  const range = rangeOf(document, context.word);
  const { path } = context;
  const atItemLevel = (prefix: string[]) => ITEM_LEVEL.some(level => sameKeys(prefix, level));
  if (context.position === 'value') {
    if (path.length === 0 && context.key === 'type') return kindCompletions(range);
    if (!kind) return [];
    if (atItemLevel(path)) return fieldValueCompletions(design, document, offset, kind, context.key!, context.word);
    if (atItemLevel(path.slice(0, -1)) && path[path.length - 1] === 'performance_factors') return valueCompletions(FACTOR_VALUES, range);
    return [];
  }
  const inList = path[path.length - 1] === '-';
  const inCollection = sameKeys(path, ['items', '-']);
  if (context.position === 'entry' && kind && inList && !inCollection && atItemLevel(path.slice(0, -2))) {
    return fieldValueCompletions(design, document, offset, kind, path[path.length - 2], context.word);
  }
  const present = siblingKeys(document.text, context);
  if (atItemLevel(path)) return keyCompletions(kind, path.length === 0, present, range, snippets);
  if (kind === 'goal' && path[path.length - 1] === 'performance_factors' && atItemLevel(path.slice(0, -1))) {
    return PERFORMANCE_FACTORS.filter(factor => !present.has(factor)).map(factor => ({
      label: factor, kind: CompletionItemKind.Property, detail: 'present | lacking | unknown',
      textEdit: { range, newText: `${factor}: ` }, command: TRIGGER_SUGGEST,
    }));
  }
  return [];
}

/** The document's kind, also while its YAML is broken mid-edit. */
function kindOf(document: DesignDocument): Kind | undefined {
  if (document.kind) return document.kind;
  const typed = /^type[ \t]*:[ \t]*["']?([a-z]+)/m.exec(document.text.slice(0, document.frontMatter?.end ?? document.text.length));
  return isKind(typed?.[1]) ? typed[1] : undefined;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

function kindCompletions(range: Range): CompletionItem[] {
  return STEPS.map(step => ({
    label: step.kind, kind: CompletionItemKind.EnumMember,
    detail: `Step ${step.step} · ${step.name} (${step.phase})`,
    documentation: { kind: MarkupKind.Markdown, value: step.asks },
    sortText: String(step.step).padStart(2, '0'),
    textEdit: { range, newText: step.kind },
  }));
}

function valueCompletions(values: readonly string[], range: Range): CompletionItem[] {
  return values.map((value, index) => ({
    label: value, kind: CompletionItemKind.EnumMember, sortText: String(index), textEdit: { range, newText: value },
  }));
}

function fieldValueCompletions(design: Design, document: DesignDocument, offset: number, kind: Kind, key: string, word: Span): Completions {
  const step = stepOf(kind);
  const allowed = step.enums[key];
  if (allowed) return valueCompletions(allowed, rangeOf(document, word));
  const expected = step.references[key];
  return expected ? idCompletions(design, document, offset, expected, key, word) : [];
}

/**
 * At most this many ids in one answer. A national curriculum has tens of thousands of objectives: all of
 * them made a 9 MB answer that took 170 ms to send, for a list nobody scrolls.
 */
export const MAX_ID_COMPLETIONS = 200;

/**
 * Ids of the expected kind, minus those the field lists already, with each target's title as detail. Beyond
 * `MAX_ID_COMPLETIONS`, the answer holds ids that contain the letters typed so far in order (as the editor's
 * own filter matches): those defined in this document's folder (the unit being written) that begin with
 * what is typed, then the rest of this folder's, then others beginning with it, then the rest, each in the
 * order they are defined. It is marked incomplete, so the editor asks again as the user types. The server
 * also answers this while it indexes a design of 100,000 items: the others are read only until the answer
 * is full, which with a few letters typed comes after a few hundred ids, not all of them.
 */
function idCompletions(design: Design, document: DesignDocument, offset: number, expected: Kind,
  field: string, word: Span): Completions {
  const listed = new Set((itemAt(document, offset)?.references ?? [])
    .filter(reference => reference.field === field && !(reference.span.start <= offset && offset <= reference.span.end))
    .map(reference => reference.id));
  const range = rangeOf(document, word);
  const typed = document.text.slice(word.start, Math.max(word.start, offset)).toLowerCase();
  const local = idsDefinedBeside(design, document, expected);
  const ranks: string[][] = [[], [], [], []];
  for (const id of local) {
    const match = typedIn(id, typed);
    if (!listed.has(id) && match !== 'none') ranks[match === 'prefix' ? 0 : 1].push(id);
  }
  const all: string[] = [];
  for (const id of design.idsOfKind(expected)) {
    if (listed.has(id)) continue;
    if (all.length <= MAX_ID_COMPLETIONS) all.push(id);
    // Full when the ids of this folder and the others that begin with what is typed fill it.
    if (all.length > MAX_ID_COMPLETIONS && ranks[0].length + ranks[1].length + ranks[2].length >= MAX_ID_COMPLETIONS) break;
    const match = local.has(id) ? 'none' : typedIn(id, typed);
    if (match !== 'none' && ranks[match === 'prefix' ? 2 : 3].length < MAX_ID_COMPLETIONS) ranks[match === 'prefix' ? 2 : 3].push(id);
  }
  if (all.length <= MAX_ID_COMPLETIONS) return all.map(id => idCompletion(design, id, expected, range));
  const items = ranks.flat().slice(0, MAX_ID_COMPLETIONS).map((id, index) => ({ ...idCompletion(design, id, expected, range), sortText: String(index).padStart(4, '0') }));
  return { isIncomplete: true, items };
}

/** The ids of `kind` defined in the documents of the document's folder, in document order. */
function idsDefinedBeside(design: Design, document: DesignDocument, kind: Kind): Set<string> {
  const folder = parentFolder(document.uri);
  const ids = new Set<string>();
  for (const other of design.allDocuments()) {
    if (parentFolder(other.uri) !== folder) continue;
    for (const item of other.items) if (item.kind === kind && item.id !== undefined) ids.add(item.id);
  }
  return ids;
}

function idCompletion(design: Design, id: string, expected: Kind, range: Range): CompletionItem {
  const step = stepOf(expected);
  const target = design.definitionsOf(id).find(item => item.kind === expected);
  const title = target && itemTitle(target);
  return {
    label: id, kind: CompletionItemKind.Reference,
    detail: title ?? `${expected} (step ${step.step})`,
    labelDetails: { description: expected },
    documentation: { kind: MarkupKind.Markdown, value: `**${step.name}** (step ${step.step}) \`${id}\`${title ? `\n\n${title}` : ''}` },
    textEdit: { range, newText: id },
  };
}

/**
 * Whether `id` begins with the lower-cased `typed`, or holds its letters in that order, ignoring case. Read
 * in place (no lower-cased copy): the server asks this of every id of a kind, tens of thousands.
 */
function typedIn(id: string, typed: string): 'prefix' | 'in order' | 'none' {
  let matched = 0;
  let prefix = true;
  for (let index = 0; index < id.length && matched < typed.length; index++) {
    if (lowerCode(id, index) === typed.charCodeAt(matched)) matched++;
    else prefix &&= false;
  }
  if (matched < typed.length) return 'none';
  return prefix ? 'prefix' : 'in order';
}

/** The code of a character, lower-cased (by `toLowerCase` only when it is not ASCII). */
function lowerCode(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 65 && code <= 90) return code + 32;
  return code < 128 ? code : text[index].toLowerCase().charCodeAt(0);
}

/** Keys an item of `kind` may have (plus `type` and `items` at the top level), minus those present. */
function keyCompletions(kind: Kind | undefined, topLevel: boolean, present: Set<string>, range: Range,
  snippets: boolean): CompletionItem[] {
  const items: CompletionItem[] = [];
  const add = (key: string, detail: string, newText = `${key}: `, suggestValues = false) => {
    if (present.has(key)) return;
    items.push({
      label: key, kind: CompletionItemKind.Property, detail, sortText: String(items.length).padStart(2, '0'),
      textEdit: { range, newText }, ...(suggestValues && { command: TRIGGER_SUGGEST }),
      ...(snippets && newText.includes('$') && { insertTextFormat: InsertTextFormat.Snippet }),
    });
  };
  if (topLevel && !present.has('type')) add('type', 'The step this document belongs to (goal … evaluation)', 'type: ', true);
  if (!kind) return items;
  const step = stepOf(kind);
  const inCollection = present.has('items');
  if (topLevel && inCollection) return items;
  add('id', step.requiresId ? `Required: a unique id for this ${kind}` : `Optional id for this ${kind}`);
  add('title', 'A short name');
  for (const field of step.fields) {
    const allowed = step.enums[field];
    const detail = allowed ? allowed.join(' | ')
      : field === 'performance_factors' ? 'job_expectations, feedback, environment, motivation, skills_knowledge'
        : field === 'statement' ? 'Required: condition, observable behaviour, criterion' : `Field of a ${kind}`;
    add(field, detail, field === 'performance_factors' ? `${field}:` : `${field}: `, allowed !== undefined);
  }
  for (const [field, target] of Object.entries(step.references)) {
    const detail = `References to ${target} ids (step ${stepOf(target).step})`;
    if (snippets) add(field, detail, `${field}: [$1]`, true); else add(field, detail, `${field}: []`);
  }
  if (topLevel && present.size <= 1) add('items', `Several ${kind} items in this file (a list of maps)`, 'items:');
  return items;
}
