import { METHOD_CLASS_LABELS } from '../methods';
import { alignmentRule } from './alignment-rule';

/**
 * A performed skill cannot be proven by a multiple-choice quiz: an objective whose behaviour is psychomotor
 * is assessed only by methods that test knowledge. Unclassified methods never count against it.
 */
export const assessmentMethodMismatch = alignmentRule({
  code: 'assessment-method-mismatch',
  description: 'An objective whose behaviour is a performed skill is assessed by a method that observes performance, not only by tests of knowledge.',
  concerned: alignment => alignment.mismatchedAssessments,
  message: (id, why, ids) => `Objective "${id}" is a performed skill (${why}), but its assessments only test knowledge (${ids}): a test cannot show that the learner can do it. Add an assessment that observes performance (observation checklist, OSCE, skills station, return demonstration, simulation).`,
  related: (item, method) => `Assessment "${item.id}" ${METHOD_CLASS_LABELS['tests-knowledge']}: "${method?.text ?? ''}"`,
});
