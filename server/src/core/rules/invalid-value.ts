import { fieldOf } from '../document';
import { FACTOR_VALUES, PERFORMANCE_FACTORS, stepOf } from '../kinds';
import type { Span } from '../types';
import { entryOf, scalarText, type YamlNode } from '../yaml-tree';
import type { Rule, RuleContext } from './rule';

/** Extension to the contract: enum fields (`kind`, `status`, performance factors) hold one of their values. */
export const invalidValue: Rule = {
  code: 'invalid-value',
  defaultSeverity: 'warning',
  scope: 'document',
  description: 'An enumerated field (`kind`, `status`, a performance factor) holds one of its allowed values.',
  check(context) {
    const { document } = context;
    if (!document.kind) return;
    const enums = stepOf(document.kind).enums;
    for (const item of document.items) {
      for (const [field, allowed] of Object.entries(enums)) checkValue(context, field, fieldOf(item, field)?.value, allowed);
      if (document.kind !== 'goal') continue;
      const factors = fieldOf(item, 'performance_factors')?.value;
      for (const factor of PERFORMANCE_FACTORS) checkValue(context, factor, entryOf(factors, factor)?.value, FACTOR_VALUES);
    }
  },
};

function checkValue(context: RuleContext, field: string, node: YamlNode | undefined, allowed: readonly string[]): void {
  if (!node) return;
  const value = scalarText(node);
  if (value !== undefined && allowed.includes(value)) return;
  const span: Span = node.span;
  context.report(span, `"${field}" must be one of ${allowed.map(v => `"${v}"`).join(', ')}.`, { field, allowed: [...allowed] });
}
