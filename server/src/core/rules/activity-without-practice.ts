import { METHOD_CLASS_LABELS } from '../methods';
import { alignmentRule } from './alignment-rule';

/**
 * A performed skill is not learned from slides alone: an objective whose behaviour is psychomotor has
 * activities, every one with a classified method, and none lets learners practise.
 */
export const activityWithoutPractice = alignmentRule({
  code: 'activity-without-practice',
  description: 'An objective whose behaviour is a performed skill has at least one activity in which learners practise it.',
  concerned: alignment => alignment.activitiesWithoutPractice,
  message: (id, why, ids) => `Objective "${id}" is a performed skill (${why}), but none of its activities lets learners practise it (${ids}). Plan practice with feedback: return demonstration, drill, role play, simulation or supervised practice.`,
  related: (item, method) => `Activity "${item.id}" ${method?.classification.classes.map(cls => METHOD_CLASS_LABELS[cls]).join(', ')}: "${method?.text ?? ''}"`,
});
