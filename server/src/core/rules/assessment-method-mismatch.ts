import { alignmentOf, methodOf } from '../alignment';
import { METHOD_CLASS_LABELS } from '../methods';
import { describeDomainSource } from '../objective-domain';
import { itemsOf, relatedItem, type Rule } from './rule';

/**
 * A performed skill cannot be proven by a multiple-choice quiz: an objective whose behaviour is psychomotor
 * is assessed only by methods that test knowledge. Unclassified methods never count against it.
 */
export const assessmentMethodMismatch: Rule = {
  code: 'assessment-method-mismatch',
  defaultSeverity: 'warning',
  scope: 'design',
  description: 'An objective whose behaviour is a performed skill is assessed by a method that observes performance, not only by tests of knowledge.',
  check({ document, design, methods, report }) {
    for (const objective of itemsOf(document, 'objective')) {
      const alignment = alignmentOf(design, objective, { methods });
      const assessments = alignment.mismatchedAssessments;
      if (!assessments || !alignment.domain) continue;
      const ids = assessments.map(item => `"${item.id}"`).join(', ');
      report(objective.anchor,
        `Objective "${objective.id}" is a performed skill (${describeDomainSource(alignment.domain)}), but its assessments only test knowledge (${ids}): a test cannot show that the learner can do it. Add an assessment that observes performance (observation checklist, OSCE, skills station, return demonstration, simulation).`,
        { id: objective.id, items: assessments.map(item => item.id) },
        assessments.map(item => relatedItem(item,
          `Assessment "${item.id}" ${METHOD_CLASS_LABELS['tests-knowledge']}: "${methodOf(item, methods)?.text ?? ''}"`)));
    }
  },
};
