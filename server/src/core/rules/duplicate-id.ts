import type { Rule } from './rule';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  scope: 'design',
  description: 'Each id is defined once in the workspace folder.',
  check({ document, design, report }) {
    for (const item of document.items) {
      if (item.id === undefined || !item.idSpan) continue;
      const others = design.definitionsOf(item.id).filter(other => other !== item);
      if (others.length > 0) {
        const where = others.map(other => (other.document === document
          ? `line ${document.lines.positionAt(other.anchor.start).line + 1} of this file`
          : other.document.uri.split('/').pop())).join(', ');
        report(item.idSpan, `The id "${item.id}" is also defined in ${where}: each id must be unique.`, { id: item.id });
      }
    }
  },
};
