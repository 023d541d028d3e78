import { alignmentOf, methodOf } from '../alignment';
import { METHOD_CLASS_LABELS } from '../methods';
import { describeDomainSource } from '../objective-domain';
import { itemsOf, relatedItem, type Rule } from './rule';

/**
 * A performed skill is not learned from slides alone: an objective whose behaviour is psychomotor has
 * activities, every one with a classified method, and none lets learners practise.
 */
export const activityWithoutPractice: Rule = {
  code: 'activity-without-practice',
  defaultSeverity: 'warning',
  scope: 'design',
  description: 'An objective whose behaviour is a performed skill has at least one activity in which learners practise it.',
  check({ document, design, methods, report }) {
    for (const objective of itemsOf(document, 'objective')) {
      const alignment = alignmentOf(design, objective, { methods });
      const activities = alignment.activitiesWithoutPractice;
      if (!activities || !alignment.domain) continue;
      const ids = activities.map(item => `"${item.id}"`).join(', ');
      report(objective.anchor,
        `Objective "${objective.id}" is a performed skill (${describeDomainSource(alignment.domain)}), but none of its activities lets learners practise it (${ids}). Plan practice with feedback: return demonstration, drill, role play, simulation or supervised practice.`,
        { id: objective.id, items: activities.map(item => item.id) },
        activities.map(item => {
          const method = methodOf(item, methods);
          const classes = method?.classification.classes.map(cls => METHOD_CLASS_LABELS[cls]).join(', ');
          return relatedItem(item, `Activity "${item.id}" ${classes}: "${method?.text ?? ''}"`);
        }));
    }
  },
};
