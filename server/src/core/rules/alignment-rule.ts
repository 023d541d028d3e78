import { alignmentOf, methodOf, type Alignment, type ClassifiedMethod } from '../alignment';
import type { Item } from '../document';
import { describeDomainSource } from '../objective-domain';
import { itemsOf, relatedItem, type Rule } from './rule';

interface AlignmentRuleSpec {
  code: string;
  description: string;
  /** The assessments or activities the finding is about, when the objective has the problem. */
  concerned(alignment: Alignment): Item[] | undefined;
  message(objectiveId: string, why: string, ids: string): string;
  /** What the related information says of each item concerned. */
  related(item: Item, method: ClassifiedMethod | undefined): string;
}

/**
 * A rule on each objective whose alignment shows a problem: reported on the objective, the items concerned
 * as related information and in `data.items` (the quick fixes open them).
 */
export function alignmentRule(spec: AlignmentRuleSpec): Rule {
  return {
    code: spec.code, defaultSeverity: 'warning', scope: 'design', description: spec.description,
    check({ document, design, methods, report }) {
      for (const objective of itemsOf(document, 'objective')) {
        const alignment = alignmentOf(design, objective, { methods });
        const items = spec.concerned(alignment);
        if (!items || !alignment.domain) continue;
        report(objective.anchor,
          spec.message(objective.id ?? '', describeDomainSource(alignment.domain), items.map(item => `"${item.id}"`).join(', ')),
          { id: objective.id, items: items.map(item => item.id) },
          items.map(item => relatedItem(item, spec.related(item, methodOf(item, methods)))));
      }
    },
  };
}
