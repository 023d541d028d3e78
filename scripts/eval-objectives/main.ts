/**
 * `npm run eval:objectives [-- --data DIR ...]`: precision, recall and F1 of the three objective rules on
 * the labelled statements (dev and held-out parts), then every statement each rule got wrong, with its source.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeStatement } from '../../server/src/core';
import {
  DATA_DIR, SCORED_RULES, fullStatement, judgeAll, loadStatements, mistakes, score, splitBySource, type Judged, type ScoredRule,
} from './evaluate';

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string', multiple: true }, quiet: { type: 'boolean' } } });
  const folders = values.data?.map(folder => resolve(folder)) ?? [DATA_DIR];
  const records = loadStatements(folders);
  const { dev, heldOut } = splitBySource(records);
  const parts: [string, Judged[]][] = [['dev', judgeAll(dev)], ['held-out', judgeAll(heldOut)]];
  const rules = Object.keys(SCORED_RULES) as ScoredRule[];
  const lines = [`${records.length} statements from ${folders.join(', ')}: dev ${dev.length}, held-out ${heldOut.length} (by source)`, '',
    `${'part'.padEnd(9)} ${'rule'.padEnd(28)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall  F1`];
  for (const [name, judged] of parts) {
    for (const rule of rules) {
      const { truePositives, falsePositives, falseNegatives, precision, recall, f1 } = score(judged, rule);
      lines.push(`${name.padEnd(9)} ${rule.padEnd(28)} ${String(truePositives).padStart(4)} ${String(falsePositives).padStart(4)} ${String(falseNegatives).padStart(4)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3)}`);
    }
  }
  if (!values.quiet) {
    for (const [name, judged] of parts) {
      for (const rule of rules) {
        const wrong = mistakes(judged, rule);
        if (wrong.length === 0) continue;
        lines.push('', `--- ${name}: ${rule}: ${wrong.length} wrong`);
        for (const { judged: { record, findings }, kind } of wrong) {
          const finding = findings[rule];
          lines.push(`${kind}  ${record.id}  ${record.source}`, `    ${JSON.stringify(fullStatement(record))}`);
          if (finding) lines.push(`    reported on "${finding.flagged}": ${finding.message}`);
          if (rule === 'objective-not-measurable' && record.vague) lines.push(`    labelled vague: "${record.vague}"`);
          const part = rule === 'objective-missing-condition' ? 'condition' : rule === 'objective-missing-criterion' ? 'criterion' : undefined;
          const read = part && analyzeStatement(fullStatement(record))[part];
          if (read) lines.push(`    read as ${part}: "${read.text}"`);
          if (record.notes) lines.push(`    note: ${record.notes}`);
        }
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
