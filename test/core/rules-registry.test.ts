import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RULES, RULE_CODES } from '../../server/src/core';

/** The contract's rule tables (design-format.md, v1 and v2), in contract order: code → default severity. */
const CONTRACT_RULES: Record<string, string> = {
  'front-matter-syntax': 'error',
  'unknown-type': 'error',
  'missing-id': 'error',
  'invalid-id': 'error',
  'duplicate-id': 'error',
  'unknown-reference': 'error',
  'wrong-reference-kind': 'error',
  'missing-statement': 'error',
  'objective-not-measurable': 'warning',
  'objective-missing-condition': 'info',
  'objective-missing-criterion': 'info',
  'objective-without-skill': 'warning',
  'objective-not-assessed': 'warning',
  'objective-without-activity': 'warning',
  'assessment-without-objective': 'warning',
  'task-without-skills': 'warning',
  'skill-without-objective': 'warning',
  'lesson-without-objectives': 'warning',
  'gap-not-skills': 'warning',
  'non-training-factors': 'warning',
  'factor-not-assessed': 'warning',
  'placeholder-text': 'warning',
  'lesson-not-pretested': 'warning',
  'task-without-support': 'info',
};

describe('rule registry', () => {
  it('has every contract rule with its default severity, in contract order first', () => {
    const contractCodes = Object.keys(CONTRACT_RULES);
    assert.deepEqual(RULES.slice(0, contractCodes.length).map(rule => [rule.code, rule.defaultSeverity]), Object.entries(CONTRACT_RULES));
  });

  it('has unique codes and a one-sentence description per rule', () => {
    assert.equal(RULE_CODES.size, RULES.length);
    for (const rule of RULES) assert.match(rule.description, /^\S.*\.$/, rule.code);
  });

  it('has a test file per rule', () => {
    for (const code of RULE_CODES) {
      assert.ok(existsSync(path.join(__dirname, 'rules', `${code}.test.ts`)), `test/core/rules/${code}.test.ts`);
    }
  });
});
