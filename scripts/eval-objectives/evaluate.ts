/**
 * Scores the three objective rules against hand-labelled real statements (test/data/objectives/*.jsonl):
 * each statement becomes an objective document, the real rules run on it, and what fired is compared
 * with the labels. Shared by `npm run eval:objectives` and the test that holds the targets.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex, checkTexts, defaultConfig, type Finding } from '../../server/src/core';

export interface LabelledStatement {
  id: string;
  statement: string;
  /** Words written before the statement in the source ("By the end of this lesson, you will be able to"). */
  leadin?: string;
  source: string;
  domain?: string;
  measurable: boolean;
  /** The phrase that is not observable; "" when the statement has no behaviour at all; null when measurable. */
  vague: string | null;
  condition: boolean;
  criterion: boolean;
  notes?: string;
}

/** The rules scored, and the label under which each should fire. */
export const SCORED_RULES = {
  'objective-not-measurable': (record: LabelledStatement) => !record.measurable,
  'objective-missing-condition': (record: LabelledStatement) => !record.condition,
  'objective-missing-criterion': (record: LabelledStatement) => !record.criterion,
} as const;
export type ScoredRule = keyof typeof SCORED_RULES;

export const DATA_DIR = join(__dirname, '..', '..', 'test', 'data', 'objectives');
/** About a quarter of the statements, whole sources at a time, are held out of tuning. */
const HELD_OUT_SHARE = 0.25;

/** Every labelled statement of the `.jsonl` files in the given folders (a bad line is an error naming it). */
export function loadStatements(folders: readonly string[] = [DATA_DIR]): LabelledStatement[] {
  const records: LabelledStatement[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter(file => file.endsWith('.jsonl')).sort()) {
      readFileSync(join(folder, name), 'utf8').split('\n').forEach((line, index) => {
        if (!line.trim()) return;
        try {
          records.push(JSON.parse(line) as LabelledStatement);
        } catch (error) {
          throw new Error(`${join(folder, name)}:${index + 1}: ${(error as Error).message}`);
        }
      });
    }
  }
  return records;
}

/** The text judged: the statement with its lead-in, as a reader meets it. */
export function fullStatement(record: LabelledStatement): string {
  return record.leadin ? `${record.leadin.trim()} ${record.statement.trim()}` : record.statement.trim();
}

/**
 * Splits by source, deterministically: sources ordered by a hash of their name, the first ones held out
 * until they hold about a quarter of the statements. A source is never on both sides.
 */
export function splitBySource(records: readonly LabelledStatement[]): { dev: LabelledStatement[]; heldOut: LabelledStatement[] } {
  const bySource = new Map<string, LabelledStatement[]>();
  for (const record of records) bySource.set(record.source, [...(bySource.get(record.source) ?? []), record]);
  const hash = (source: string) => createHash('sha256').update(source).digest('hex');
  const sources = [...bySource.keys()].sort((a, b) => hash(a).localeCompare(hash(b)));
  const heldOutSources = new Set<string>();
  let heldOutCount = 0;
  for (const source of sources) {
    if (heldOutCount >= HELD_OUT_SHARE * records.length) break;
    heldOutSources.add(source);
    heldOutCount += bySource.get(source)!.length;
  }
  return {
    dev: records.filter(record => !heldOutSources.has(record.source)),
    heldOut: records.filter(record => heldOutSources.has(record.source)),
  };
}

/** What the rules reported on one statement: the finding per scored rule, when it fired. */
export interface Judged {
  record: LabelledStatement;
  findings: Partial<Record<ScoredRule, { message: string; flagged: string }>>;
}

/** Runs the real rules on every statement, one objective document each, as one design. */
export function judgeAll(records: readonly LabelledStatement[]): Judged[] {
  const files = records.map((record, index) => ({ path: `objectives/s${index}.md`, text: objectiveDocument(fullStatement(record), index) }));
  const results = checkTexts(files, defaultConfig());
  return records.map((record, index) => {
    const file = files[index];
    const findings: Judged['findings'] = {};
    for (const finding of results.get(file.path) ?? []) {
      if (finding.code in SCORED_RULES) findings[finding.code as ScoredRule] = { message: finding.message, flagged: textOf(file.text, finding) };
    }
    return { record, findings };
  });
}

function objectiveDocument(statement: string, index: number): string {
  return `---\ntype: objective\nid: OBJ-${index}\nstatement: ${JSON.stringify(statement)}\nskills: [SK-${index}]\n---\n`;
}

function textOf(text: string, finding: Finding): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(finding.range.start), lines.offsetAt(finding.range.end));
}

export interface Score { rule: ScoredRule; truePositives: number; falsePositives: number; falseNegatives: number; precision: number; recall: number; f1: number }

export function score(judged: readonly Judged[], rule: ScoredRule): Score {
  let truePositives = 0; let falsePositives = 0; let falseNegatives = 0;
  for (const { record, findings } of judged) {
    const expected = SCORED_RULES[rule](record);
    const fired = findings[rule] !== undefined;
    if (fired && expected) truePositives++;
    else if (fired) falsePositives++;
    else if (expected) falseNegatives++;
  }
  // With nothing to find and nothing reported, the rule is right: count that as 1, not 0/0.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { rule, truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** The statements a rule got wrong: reported but labelled fine (false positive) or the reverse. */
export function mistakes(judged: readonly Judged[], rule: ScoredRule): { judged: Judged; kind: 'false positive' | 'false negative' }[] {
  return judged.flatMap(entry => {
    const expected = SCORED_RULES[rule](entry.record);
    const fired = entry.findings[rule] !== undefined;
    if (fired === expected) return [];
    return [{ judged: entry, kind: fired ? 'false positive' as const : 'false negative' as const }];
  });
}
