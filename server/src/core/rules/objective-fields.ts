import { fieldOf, type Item } from '../document';
import type { Span } from '../types';
import { scalarText } from '../yaml-tree';

/** The objective's statement text and where it sits, if it has one. */
export function statementOf(item: Item): { text: string; span: Span } | undefined {
  const entry = fieldOf(item, 'statement');
  const text = scalarText(entry?.value)?.trim();
  return text ? { text, span: entry!.value!.span } : undefined;
}

export function hasField(item: Item, key: string): boolean {
  const value = fieldOf(item, key)?.value;
  if (!value) return false;
  if (value.type === 'scalar') return value.value !== null && String(value.value).trim() !== '';
  return true;
}
