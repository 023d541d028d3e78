import type { Rule } from './rule';

export const unknownReference: Rule = {
  code: 'unknown-reference',
  defaultSeverity: 'error',
  scope: 'design',
  description: 'A referenced id must exist in its design.',
  check({ document, design, report }) {
    for (const item of document.items) {
      for (const reference of item.references) {
        // An id of a document with broken YAML: its one front-matter-syntax error says so, no cascade here.
        if (design.definitionsOf(reference.id).length > 0 || design.isUnread(reference.id)) continue;
        const suggestions = design.closestIds(reference.id, reference.expected);
        const hint = suggestions.length ? ` Did you mean ${suggestions.map(id => `"${id}"`).join(', ')}?` : '';
        report(reference.span, `No ${reference.expected} has the id "${reference.id}".${hint}`,
          { id: reference.id, expected: reference.expected, suggestions });
      }
    }
  },
};
