import { fieldOf } from '../document';
import { scalarText } from '../yaml-tree';
import { itemLabel, itemsOf, type Rule } from './rule';

export const lessonNotPretested: Rule = {
  code: 'lesson-not-pretested',
  defaultSeverity: 'warning',
  scope: 'design',
  description: 'A lesson is pretested and revised (Step 9) before implementation is prepared: none is still `draft` once Step 10 or 11 has documents.',
  check({ document, design, report }) {
    const implementing = (['implementation', 'monitoring'] as const).filter(kind => design.hasDocumentOf(kind));
    if (implementing.length === 0) return;
    const steps = implementing.map(kind => (kind === 'implementation' ? 'Step 10' : 'Step 11')).join(' and ');
    for (const item of itemsOf(document, 'lesson')) {
      const status = fieldOf(item, 'status')?.value;
      if (scalarText(status) !== 'draft') continue;
      report(status!.span, `${itemLabel(item)} is still a draft while ${steps} ${implementing.length > 1 ? 'are' : 'is'} under way: pretest it with a few learners and revise it (Step 9), then set its status.`,
        { id: item.id });
    }
  },
};
