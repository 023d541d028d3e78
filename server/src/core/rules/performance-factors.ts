import { fieldOf, type Item } from '../document';
import { PERFORMANCE_FACTORS } from '../kinds';
import type { Span } from '../types';
import { entryOf, scalarText, type YamlNode } from '../yaml-tree';

export interface FactorValue { factor: string; value: string; span: Span }

/** The Step 1 performance factors that carry a value, in contract order. */
export function performanceFactors(item: Item): FactorValue[] {
  const map = fieldOf(item, 'performance_factors')?.value;
  const factors: FactorValue[] = [];
  for (const factor of PERFORMANCE_FACTORS) {
    const entry = entryOf(map, factor);
    const value = scalarText(entry?.value);
    if (value !== undefined) factors.push({ factor, value, span: entry!.value!.span });
  }
  return factors;
}

/** The factors for which `interventions:` names at least one planned intervention (a non-empty text). */
export function plannedInterventions(item: Item): Set<string> {
  const map = fieldOf(item, 'interventions')?.value;
  const planned = new Set<string>();
  if (map?.type !== 'map') return planned;
  for (const entry of map.entries) if (hasText(entry.value)) planned.add(entry.key);
  return planned;
}

/** Whether a field holds some text: a non-empty scalar, or a list with one. */
export function hasText(node: YamlNode | undefined): boolean {
  if (node?.type === 'seq') return node.items.some(hasText);
  return (scalarText(node)?.trim() ?? '') !== '';
}
