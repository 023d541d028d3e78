import { isReferencedBy, itemLabel, itemsOf, referencesIn, type Rule } from './rule';

export const taskWithoutSkills: Rule = {
  code: 'task-without-skills',
  defaultSeverity: 'warning',
  scope: 'design',
  description: 'A task lists its essential skills (its `skills:`, or skills that name it in their `tasks:`).',
  check({ document, design, report }) {
    for (const item of itemsOf(document, 'task')) {
      if (referencesIn(item, 'skills').length > 0 || isReferencedBy(design, item, ['skill'], 'tasks')) continue;
      report(item.anchor, `${itemLabel(item)} has no essential skills: list them under "skills:" (step 5).`,
        { id: item.id });
    }
  },
};
