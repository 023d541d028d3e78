// The objective rules against hand-labelled real statements (test/data/objectives): the targets of issue 11
// as assertions on the development part; `npm run eval:objectives` prints the figures and every mistake.
import assert from 'node:assert/strict';
import { SCORED_RULES, judgeAll, loadStatements, score, splitBySource, type ScoredRule } from '../scripts/eval-objectives/evaluate';

const TARGET = 0.95;

describe('objective rules on labelled real statements', () => {
  const records = loadStatements();
  const { dev, heldOut } = splitBySource(records);
  const judged = judgeAll(dev);

  it('has at least 300 statements, split by source into dev and a held-out quarter', () => {
    assert.ok(records.length >= 300, `${records.length} statements`);
    const devSources = new Set(dev.map(record => record.source));
    assert.ok(heldOut.every(record => !devSources.has(record.source)));
    assert.ok(heldOut.length >= 0.2 * records.length && heldOut.length <= 0.3 * records.length, `${heldOut.length} held out`);
  });

  for (const rule of Object.keys(SCORED_RULES) as ScoredRule[]) {
    it(`${rule}: precision and recall at least ${TARGET} on the dev part`, () => {
      const { precision, recall, falsePositives, falseNegatives } = score(judged, rule);
      assert.ok(precision >= TARGET, `precision ${precision.toFixed(3)} (${falsePositives} false positives; npm run eval:objectives lists them)`);
      assert.ok(recall >= TARGET, `recall ${recall.toFixed(3)} (${falseNegatives} false negatives; npm run eval:objectives lists them)`);
    });
  }
});
