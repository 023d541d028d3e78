/** The analysis core: parse → model → rules → findings. No editor, protocol or file-system dependencies. */
import { defaultConfig, type Config } from './config';
import { Design } from './design';
import { parseDocument } from './document';
import type { Finding } from './types';

export * from './config';
export * from './design';
export * from './document';
export * from './kinds';
export * from './scope';
export { analyzeStatement, type Behaviour, type StatementAnalysis, type VaguePhrase, type VagueReason } from './objective-analysis';
export type { StatementPart } from './objective-standards';
export { OBSERVABLE_VERBS, ObjectiveVocabulary, type BehaviourDomain, type BloomLevel, type VerbLists } from './objective-vocabulary';
export * from './methods';
export * from './objective-domain';
export * from './alignment';
export * from './matrix';
export { RULES, RULE_CODES, ruleFor } from './rules';
export type { DesignView, Rule } from './rules';
export * from './text';
export * from './types';
export * from './vocabulary';
export * from './yaml-tree';

/** Checks a set of in-memory files as one design; returns the findings of every design document by path. */
export function checkTexts(files: readonly { path: string; text: string }[], config: Config = defaultConfig()): Map<string, Finding[]> {
  const design = new Design(config);
  for (const file of files) design.set(parseDocument(file.path, file.text));
  design.flush();
  const results = new Map<string, Finding[]>();
  for (const file of files) if (design.isChecked(file.path)) results.set(file.path, design.findingsOf(file.path));
  return results;
}
