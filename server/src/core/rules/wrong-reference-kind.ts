import { stepOf } from '../kinds';
import type { Item } from '../document';
import type { Rule } from './rule';

export const wrongReferenceKind: Rule = {
  code: 'wrong-reference-kind',
  defaultSeverity: 'error',
  scope: 'design',
  description: 'A reference field points to items of one kind (for example `objectives` to objectives).',
  check({ document, design, report }) {
    for (const item of document.items) {
      for (const reference of item.references) {
        const targets = design.definitionsOf(reference.id);
        if (targets.length === 0 || targets.some(target => target.kind === reference.expected)) continue;
        // An id defined by items of several kinds (a duplicate-id) is named by its first definition in file
        // order, not in the order files were read: the same design gives the same message on every load.
        const actual = firstInFileOrder(targets).kind;
        const expected = stepOf(reference.expected);
        const suggestions = design.closestIds(reference.id, reference.expected);
        report(reference.span,
          `"${reference.id}" is a ${actual} (step ${stepOf(actual).step}), but "${reference.field}" must list ${reference.expected} ids (step ${expected.step}).`,
          { id: reference.id, expected: reference.expected, actual, suggestions });
      }
    }
  },
};

function firstInFileOrder(items: readonly Item[]): Item {
  return items.reduce((first, item) => {
    const uris = item.document.uri < first.document.uri ? -1 : item.document.uri > first.document.uri ? 1 : 0;
    return uris < 0 || (uris === 0 && item.anchor.start < first.anchor.start) ? item : first;
  });
}
