import { fieldOf, type Item } from '../document';
import { PERFORMANCE_FACTORS } from '../kinds';
import type { Span } from '../types';
import { entryOf, scalarText } from '../yaml-tree';

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
