import assert from 'node:assert/strict';
import { RULE_CODES, readConfig } from '../../server/src/core';
import { CLEAN, check, cleanWith, findingsWith } from './helpers';

/** The clean design plus an objective that no assessment references (objective-not-assessed, a warning). */
const UNASSESSED = cleanWith({
  'objective-2.md': '---\ntype: objective\nid: OBJ-2\nstatement: List the five moments for hand hygiene, all five correct.\nskills: [SK-HH-rub]\n---\n',
  'activity-2.md': '---\ntype: activity\nid: ACT-2\nobjectives: [OBJ-2]\n---\n',
});

describe('configuration', () => {
  it('changes the severity of a rule', () => {
    assert.equal(findingsWith('objective-not-assessed', UNASSESSED)[0].severity, 'warning');
    for (const severity of ['error', 'info', 'hint'] as const) {
      const [finding] = findingsWith('objective-not-assessed', UNASSESSED, { rules: { 'objective-not-assessed': severity } });
      assert.equal(finding.severity, severity);
    }
  });

  it('turns a rule off without touching the others', () => {
    const broken = cleanWith({ 'task-2.md': '---\ntype: task\nid: 9-bad\nskills: [SK-NOPE]\n---\n' });
    const codes = (settings?: Parameters<typeof check>[1]) => check(broken, settings).map(finding => finding.code).sort();
    assert.deepEqual(codes(), ['invalid-id', 'unknown-reference']);
    assert.deepEqual(codes({ rules: { 'unknown-reference': 'off' } }), ['invalid-id']);
    assert.deepEqual(codes({ rules: { 'unknown-reference': 'off', 'invalid-id': 'off' } }), []);
  });

  it('reads `.idstudio.json` content: valid settings kept, each invalid one explained', () => {
    const { config, errors } = readConfig({
      rules: { 'objective-not-assessed': 'off', 'no-such-rule': 'error', 'duplicate-id': 'fatal' },
      verbs: { measurable: ['kangaroo'], nonMeasurable: 'witness' },
      ignore: ['drafts/**'],
    }, RULE_CODES);
    assert.deepEqual(config.rules, { 'objective-not-assessed': 'off' });
    assert.deepEqual(config.verbs, { measurable: ['kangaroo'], nonMeasurable: [] });
    assert.deepEqual(config.ignore, ['drafts/**']);
    assert.deepEqual(errors, [
      'unknown rule code "no-such-rule" in "rules"',
      'rule "duplicate-id": severity must be one of error, warning, info, hint, off',
      '"verbs.nonMeasurable" must be a list of strings',
    ]);
  });

  it('rejects a configuration, `rules` or `verbs` that is not an object', () => {
    for (const raw of [[], 'rules', 3]) assert.deepEqual(readConfig(raw, RULE_CODES).errors, ['the configuration must be a JSON object']);
    assert.deepEqual(readConfig({ verbs: ['kangaroo'] }, RULE_CODES).errors, ['"verbs" must be an object']);
    assert.deepEqual(readConfig({ rules: ['duplicate-id'] }, RULE_CODES).errors, ['"rules" must map rule codes to error, warning, info, hint or off']);
    assert.deepEqual(readConfig(undefined, RULE_CODES).errors, []);
  });

  it('leaves the clean design clean under any severity setting', () => {
    const everythingError = Object.fromEntries([...RULE_CODES].map(code => [code, 'error' as const]));
    assert.deepEqual(check(CLEAN, { rules: everythingError }), []);
  });
  it('reads the task vocabulary: extra words kept, a wrong shape explained', () => {
    const { config, errors } = readConfig({ vocabulary: { infrequent: ['at each outbreak'], critical: 'red' } }, RULE_CODES);
    assert.deepEqual(config.vocabulary, { infrequent: ['at each outbreak'], critical: [] });
    assert.deepEqual(errors, ['"vocabulary.critical" must be a list of strings']);
    assert.deepEqual(readConfig({ vocabulary: [] }, RULE_CODES).errors, ['"vocabulary" must be an object']);
  });
});
