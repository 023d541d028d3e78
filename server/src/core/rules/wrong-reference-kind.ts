import { stepOf } from '../kinds';
import { inFileOrder, type Rule } from './rule';

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
        // An id defined by items of several kinds (a duplicate-id) is named by its first definition in file order.
        const actual = inFileOrder(targets)[0].kind;
        const expected = stepOf(reference.expected);
        const suggestions = design.closestIds(reference.id, reference.expected);
        report(reference.span,
          `"${reference.id}" is a ${actual} (step ${stepOf(actual).step}), but "${reference.field}" must list ${reference.expected} ids (step ${expected.step}).`,
          { id: reference.id, expected: reference.expected, actual, suggestions });
      }
    }
  },
};

