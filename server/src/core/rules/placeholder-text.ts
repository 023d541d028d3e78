import type { Item } from '../document';
import type { Span } from '../types';
import type { YamlNode } from '../yaml-tree';
import type { Rule } from './rule';

/**
 * The guidance the templates (snippets/design.json, "Create the 12 Step Documents") put in fields for
 * the designer to replace. Phrases of three words or more are found inside a value ("Current performance:
 * what workers do now, with figures."); shorter ones only as the whole value (a title "Assessment").
 * test/snippets.test.ts checks that every guidance default of the templates is listed here.
 */
export const TEMPLATE_GUIDANCE: readonly string[] = [
  'Learning goal', 'what workers do now, with figures', 'what they should do',
  'Learner group', 'Where they work, with which equipment and staffing', 'Roles, experience, prior training, language and literacy',
  'Guideline, curriculum or job aid that can be reused', 'Time, budget, accreditation or policy requirement',
  'Major task', 'What the worker does, and to which standard',
  'Essential skill, knowledge or attitude',
  'Short name', 'the tools and setting', 'to the standard of the guideline',
  'Assessment', 'Learning activity', 'Lesson title',
  'When and how often the course runs', 'Who facilitates, and how they are prepared', 'Where the learning takes place',
  'Indicator of learning or logistics to watch', 'Who monitors, and whom they report to',
  'Question the evaluation answers', 'How the Step 1 performance gap is measured again',
];

/** Markers people leave for "fill in later": an ellipsis, TODO, TBD, or <text in angle brackets>. */
const MARKERS = /\.\.\.|…|\b(?:TODO|TBD)\b|<(?!https?:|mailto:)[A-Za-z][^<>\n]*>/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const SHORT_GUIDANCE = new Set(TEMPLATE_GUIDANCE.filter(phrase => phrase.split(/\s+/).length < 3).map(phrase => phrase.toLowerCase()));
const LONGEST_SHORT_GUIDANCE = Math.max(...[...SHORT_GUIDANCE].map(phrase => phrase.length));
const LONG_GUIDANCE = new RegExp(TEMPLATE_GUIDANCE.filter(phrase => phrase.split(/\s+/).length >= 3).map(escape).join('|'), 'gi');
/** Whether a value may hold a placeholder at all: most hold none, and a design holds millions of values. */
const ANY_PLACEHOLDER = new RegExp(`${MARKERS.source}|${LONG_GUIDANCE.source}`, 'i');

export const placeholderText: Rule = {
  code: 'placeholder-text',
  defaultSeverity: 'warning',
  scope: 'document',
  description: 'A field still holds template placeholder text (`...`, `TODO`, `TBD`, `<...>`, or a template\'s guidance left unchanged).',
  check({ document, report }) {
    for (const item of document.items) {
      for (const placeholder of placeholdersOf(document.text, item)) {
        const shown = document.text.slice(placeholder.start, placeholder.end).replace(/\s+/g, ' ');
        const what = placeholder.guidance ? 'is a template\'s guidance, left unchanged' : 'marks text still to be written';
        report(placeholder, `"${shown}" ${what}: replace it with this design's own words.`, { placeholder: shown });
      }
    }
  },
};

/** A placeholder: a marker (TODO, ...), or a template's guidance. */
export interface Placeholder extends Span { guidance: boolean }

/** Where an item's field values still hold placeholders, in document order. */
export function placeholdersOf(text: string, item: Item): Placeholder[] {
  const found: Placeholder[] = [];
  const visit = (node: YamlNode | undefined, key: string) => {
    if (!node || key === 'type' || key === 'id') return;
    if (node.type === 'seq') node.items.forEach(child => visit(child, key));
    else if (node.type === 'map') node.entries.forEach(entry => visit(entry.value, entry.key));
    // The prefilter first: most values hold no placeholder, and a span is made only for one that may.
    else if (node.type === 'scalar' && typeof node.value === 'string' && mayHoldPlaceholder(node.value)) found.push(...inScalar(text, node.span, node.value));
  };
  item.entries.forEach(entry => visit(entry.value, entry.key));
  return found;
}

function mayHoldPlaceholder(value: string): boolean {
  return ANY_PLACEHOLDER.test(value) || isShortGuidance(value);
}

/** The length first: a design holds millions of values, nearly all longer than any short guidance. */
function isShortGuidance(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length <= LONGEST_SHORT_GUIDANCE && SHORT_GUIDANCE.has(trimmed.toLowerCase());
}

function inScalar(text: string, span: Span, value: string): Placeholder[] {
  const source = text.slice(span.start, span.end);
  if (isShortGuidance(value)) {
    const start = source.indexOf(value.trim());
    return [start === -1 ? { ...span, guidance: true } : { start: span.start + start, end: span.start + start + value.trim().length, guidance: true }];
  }
  const spans: Placeholder[] = [];
  for (const pattern of [MARKERS, LONG_GUIDANCE]) {
    for (const match of source.matchAll(pattern)) {
      const start = span.start + match.index!;
      spans.push({ start, end: start + match[0].length, guidance: pattern === LONG_GUIDANCE });
    }
  }
  const kept: Placeholder[] = [];
  for (const candidate of spans.sort((a, b) => a.start - b.start)) {
    if (kept.length === 0 || candidate.start >= kept[kept.length - 1].end) kept.push(candidate);
  }
  return kept;
}
