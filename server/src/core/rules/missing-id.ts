import { fieldOf } from '../document';
import { stepOf } from '../kinds';
import type { Rule } from './rule';

export const missingId: Rule = {
  code: 'missing-id',
  defaultSeverity: 'error',
  scope: 'document',
  description: 'Tasks, skills, objectives, assessments, activities and lessons need an `id`.',
  check({ document, report }) {
    if (!document.kind || !stepOf(document.kind).requiresId) return;
    for (const item of document.items) {
      const value = fieldOf(item, 'id')?.value;
      if (item.id === undefined && (!value || value.type === 'scalar')) {
        report(item.anchor, `This ${document.kind} has no "id": add one (for example "id: ${suggestedPrefix(document.kind)}-1") so other steps can reference it.`,
          { kind: document.kind, index: item.index });
      }
    }
  },
};

export function suggestedPrefix(kind: string): string {
  return ({ task: 'T', skill: 'SK', objective: 'OBJ', assessment: 'AS', activity: 'ACT', lesson: 'LES' } as Record<string, string>)[kind] ?? kind.toUpperCase();
}
