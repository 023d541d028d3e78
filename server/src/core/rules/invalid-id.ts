import { fieldOf } from '../document';
import { ID_PATTERN } from '../kinds';
import type { Rule } from './rule';

export const invalidId: Rule = {
  code: 'invalid-id',
  defaultSeverity: 'error',
  scope: 'document',
  description: 'An id must start with a letter and contain only letters, digits, `_`, `.` and `-`.',
  check({ document, report }) {
    for (const item of document.items) {
      const value = fieldOf(item, 'id')?.value;
      if (value && value.type !== 'scalar') {
        report(value.span, 'An id is a single value, not a list or a map: give this item one id.');
      } else if (item.id !== undefined && item.idSpan && !ID_PATTERN.test(item.id)) {
        report(item.idSpan, `"${item.id}" is not a valid id: start with a letter and use only letters, digits, "_", "." and "-".`,
          { id: item.id });
      }
    }
  },
};
