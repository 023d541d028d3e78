import assert from 'node:assert/strict';
import { METHOD_CLASSES, RULE_CODES, defaultConfig, mergeConfig, readConfig } from '../../server/src/core';
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

  it('starts from empty settings: no overrides, no extra words, nothing ignored', () => {
    const empty = { rules: {}, verbs: { measurable: [], nonMeasurable: [] }, vocabulary: { infrequent: [], critical: [] }, methods: {}, ignore: [] };
    assert.deepEqual(defaultConfig(), empty);
    for (const raw of [undefined, null, {}]) assert.deepEqual(readConfig(raw, RULE_CODES), { config: empty, errors: [] });
  });

  it('explains a wrong "ignore", "verbs" or rule severity of any type', () => {
    assert.deepEqual(readConfig({ ignore: 'drafts/**' }, RULE_CODES).errors, ['"ignore" must be a list of strings']);
    assert.deepEqual(readConfig({ ignore: ['drafts/**', 3] }, RULE_CODES), {
      config: defaultConfig(), errors: ['"ignore" must be a list of strings'],
    });
    for (const verbs of ['kangaroo', null, 3]) assert.deepEqual(readConfig({ verbs }, RULE_CODES).errors, ['"verbs" must be an object']);
    for (const rules of ['off', null]) {
      assert.deepEqual(readConfig({ rules }, RULE_CODES).errors, ['"rules" must map rule codes to error, warning, info, hint or off']);
    }
    const numeric = readConfig({ rules: { 'duplicate-id': 2, 'invalid-id': 'hint' } }, RULE_CODES);
    assert.deepEqual(numeric.config.rules, { 'invalid-id': 'hint' });
    assert.deepEqual(numeric.errors, ['rule "duplicate-id": severity must be one of error, warning, info, hint, off']);
  });

  it('layers settings: lists appended to the base, rule severities overridden', () => {
    const base = readConfig({
      rules: { 'duplicate-id': 'warning', 'invalid-id': 'off' },
      verbs: { measurable: ['triage'], nonMeasurable: ['grasp'] },
      vocabulary: { infrequent: ['yearly'], critical: ['fatal'] },
      methods: { practice: ['drill'] },
      ignore: ['drafts/**'],
    }, RULE_CODES).config;
    assert.deepEqual(mergeConfig(base, {}), { ...base, methods: Object.fromEntries(METHOD_CLASSES.map(name => [name, name === 'practice' ? ['drill'] : []])) });
    const merged = mergeConfig(base, {
      rules: { 'duplicate-id': 'error' },
      verbs: { measurable: ['splint'], nonMeasurable: [] },
      vocabulary: { infrequent: [], critical: ['lethal'] },
      methods: { practice: ['rehearsal'] },
      ignore: ['old/**'],
    });
    assert.deepEqual(merged.rules, { 'duplicate-id': 'error', 'invalid-id': 'off' });
    assert.deepEqual(merged.verbs, { measurable: ['triage', 'splint'], nonMeasurable: ['grasp'] });
    assert.deepEqual(merged.vocabulary, { infrequent: ['yearly'], critical: ['fatal', 'lethal'] });
    assert.deepEqual(merged.methods.practice, ['drill', 'rehearsal']);
    assert.deepEqual(merged.ignore, ['drafts/**', 'old/**']);
    assert.deepEqual(mergeConfig(defaultConfig(), {}).methods, Object.fromEntries(METHOD_CLASSES.map(name => [name, []])));
  });
});
