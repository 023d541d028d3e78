import { fieldOf } from '../document';
import { scalarText } from '../yaml-tree';
import { hasText } from './performance-factors';
import { itemLabel, itemsOf, type Rule } from './rule';

export const taskWithoutSupport: Rule = {
  code: 'task-without-support',
  defaultSeverity: 'info',
  scope: 'document',
  description: 'A rarely performed, highly critical task names its `support:` at the point of need (job aid, checklist), because unused skills fade.',
  check({ document, vocabulary, report }) {
    for (const item of itemsOf(document, 'task')) {
      const frequency = scalarText(fieldOf(item, 'frequency')?.value);
      const criticality = scalarText(fieldOf(item, 'criticality')?.value);
      if (!frequency || !criticality || !vocabulary.isInfrequent(frequency) || !vocabulary.isCritical(criticality)) continue;
      if (hasText(fieldOf(item, 'support')?.value)) continue;
      report(item.anchor, `${itemLabel(item)} is performed rarely ("${frequency.trim()}") but is critical ("${criticality.trim()}"): skills used rarely fade, so name a job aid, checklist or other support at the point of need under "support:".`,
        { id: item.id });
    }
  },
};
