import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { RULE_CODES, STEPS, locateFrontMatter, readConfig } from '../../server/src/core';
import { schemaFiles, serialize } from '../../schemas/generate';
import { CLEAN } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const SCHEMAS = path.join(ROOT, 'schemas');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validatorOf = (file: string): ValidateFunction => ajv.compile(readJson(path.join(SCHEMAS, file)));
const validateConfig = validatorOf('idstudio.schema.json');
const validateKind = new Map(STEPS.map(({ kind }) => [kind, validatorOf(`front-matter/${kind}.schema.json`)]));

/** The front matter of a design document as plain data, validated against its kind's schema. */
function frontMatterErrors(text: string): string[] {
  const located = locateFrontMatter(text);
  assert.ok(located && located !== 'unterminated', 'has front matter');
  const data = parseYaml(text.slice(located.content.start, located.content.end));
  const validate = validateKind.get(data.type);
  assert.ok(validate, `a schema for type ${data.type}`);
  return validate(data) ? [] : validate.errors!.map(error => `${error.instancePath} ${error.message}`);
}

function markdownFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.md')).map(file => path.join(folder, file));
}

describe('JSON Schemas', () => {
  it('are what schemas/generate.ts produces from the core tables (run `npx tsx schemas/generate.ts` after changing them)', () => {
    const files = schemaFiles();
    for (const [file, schema] of files) assert.equal(readFileSync(path.join(SCHEMAS, file), 'utf8'), serialize(schema), file);
    const committed = readdirSync(path.join(SCHEMAS, 'front-matter')).map(file => `front-matter/${file}`);
    assert.deepEqual(committed.sort(), [...files.keys()].filter(file => file.startsWith('front-matter/')).sort());
  });

  describe('.idstudio.json', () => {
    it('lists exactly the rule codes of the core, each with the five severities and a description', () => {
      const rules = readJson(path.join(SCHEMAS, 'idstudio.schema.json')).properties.rules;
      assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_CODES].sort());
      for (const [code, rule] of Object.entries<{ enum: string[]; description: string }>(rules.properties)) {
        assert.deepEqual(rule.enum, ['error', 'warning', 'info', 'hint', 'off'], code);
        assert.match(rule.description, /Default: (error|warning|info|hint)\.$/, code);
      }
    });

    it('is registered for `.idstudio.json` in the manifest', () => {
      const manifest = readJson(path.join(ROOT, 'package.json'));
      const entry = manifest.contributes.jsonValidation.find((validation: { fileMatch: string }) => validation.fileMatch === '.idstudio.json');
      assert.ok(entry, 'contributes.jsonValidation for .idstudio.json');
      assert.ok(existsSync(path.join(ROOT, entry.url)), entry.url);
      assert.equal(path.normalize(entry.url), path.normalize('./schemas/idstudio.schema.json'));
    });

    it('accepts the sample and fixture configurations that the CLI accepts', () => {
      const files = [path.join(ROOT, 'sample-workspace', '.idstudio.json'), path.join(ROOT, 'test', 'fixtures', 'cli', 'configured', '.idstudio.json')]
        .filter(existsSync);
      assert.ok(files.length > 0);
      for (const file of files) {
        assert.ok(validateConfig(readJson(file)), `${file}: ${JSON.stringify(validateConfig.errors)}`);
        assert.deepEqual(readConfig(readJson(file), RULE_CODES).errors, []);
      }
    });

    const configurations: [string, unknown][] = [
      ['empty', {}],
      ['every setting', { rules: { 'objective-not-assessed': 'off', 'duplicate-id': 'warning' }, verbs: { measurable: ['kangaroo'], nonMeasurable: ['witness'] }, ignore: ['drafts/**'] }],
      ['only verbs.measurable', { verbs: { measurable: ['triage'] } }],
      ['an unknown rule code', { rules: { 'no-such-rule': 'error' } }],
      ['an unknown severity', { rules: { 'duplicate-id': 'fatal' } }],
      ['a severity in capitals', { rules: { 'duplicate-id': 'Error' } }],
      ['rules as a list', { rules: ['duplicate-id'] }],
      ['verbs as a list', { verbs: ['kangaroo'] }],
      ['a verb list holding a number', { verbs: { measurable: [3] } }],
      ['ignore as a string', { ignore: 'drafts/**' }],
      ['not an object', ['rules']],
    ];
    for (const [what, configuration] of configurations) {
      it(`agrees with the CLI's reading of a configuration with ${what}`, () => {
        const cliAccepts = readConfig(configuration, RULE_CODES).errors.length === 0;
        assert.equal(validateConfig(configuration), cliAccepts, JSON.stringify(validateConfig.errors));
      });
    }

    it('rejects the fixture that the CLI rejects', () => {
      assert.equal(validateConfig(readJson(path.join(ROOT, 'test', 'fixtures', 'cli', 'bad-config', '.idstudio.json'))), false);
    });
  });

  describe('front matter', () => {
    it('has one schema per kind, with the kind as the only `type`', () => {
      for (const { kind } of STEPS) {
        const schema = readJson(path.join(SCHEMAS, 'front-matter', `${kind}.schema.json`));
        assert.equal(schema.properties.type.const, kind);
        for (const { kind: other } of STEPS) assert.equal(validateKind.get(kind)!({ type: other, id: 'X-1', statement: 'List.' }), other === kind);
      }
    });

    it('accepts every design document of the sample workspace, the test designs and the CLI fixtures', () => {
      const documents = [...markdownFilesUnder(path.join(ROOT, 'sample-workspace')), ...markdownFilesUnder(path.join(ROOT, 'test', 'fixtures', 'cli', 'clean'))]
        .map(file => ({ file, text: readFileSync(file, 'utf8') }))
        .concat(Object.entries(CLEAN).map(([file, text]) => ({ file, text })))
        .filter(({ text }) => /^---\r?\ntype:/.test(text) || /\ntype:/.test(text.split('\n---')[0]));
      assert.ok(documents.length >= 25);
      for (const { file, text } of documents) assert.deepEqual(frontMatterErrors(text), [], file);
    });

    const invalid: [string, string, RegExp][] = [
      ['an objective without statement', '---\ntype: objective\nid: OBJ-1\n---\n', /must have required property 'statement'/],
      ['a task without id', '---\ntype: task\ntitle: Wash hands\n---\n', /must have required property 'id'/],
      ['an item without id in a collection', '---\ntype: skill\nitems:\n  - id: SK-1\n  - title: Rub\n---\n', /^\/items\/1 must have required property 'id'/],
      ['an id that breaks the pattern', '---\ntype: lesson\nid: 1-lesson\n---\n', /^\/id must match pattern/],
      ['a reference that breaks the pattern', '---\ntype: assessment\nid: AS-1\nobjectives: [OBJ-1, "OBJ 2"]\n---\n', /^\/objectives\/1 must match pattern/],
      ['a reference that is a map', '---\ntype: activity\nid: ACT-1\nobjectives: {id: OBJ-1}\n---\n', /^\/objectives must be string/],
      ['a skill kind outside the enum', '---\ntype: skill\nid: SK-1\nkind: competency\n---\n', /^\/kind must be equal to one of the allowed values/],
      ['a lesson status outside the enum', '---\ntype: lesson\nid: L-1\nstatus: done\n---\n', /^\/status must be equal to one of the allowed values/],
      ['a misspelt performance factor', '---\ntype: goal\nperformance_factors:\n  skill_knowledge: lacking\n---\n', /^\/performance_factors must NOT have additional properties/],
      ['a performance factor value outside the enum', '---\ntype: goal\nperformance_factors:\n  feedback: yes\n---\n', /^\/performance_factors\/feedback must be equal to one of the allowed values/],
      ['an empty items list', '---\ntype: task\nitems: []\n---\n', /^\/items must NOT have fewer than 1 items/],
    ];
    for (const [what, text, error] of invalid) {
      it(`rejects ${what}`, () => {
        const errors = frontMatterErrors(text);
        assert.ok(errors.some(message => error.test(message)), errors.join('\n'));
      });
    }

    it('accepts single ids, lists of ids and extra fields', () => {
      assert.deepEqual(frontMatterErrors('---\ntype: lesson\nid: L-1\nobjectives: OBJ-1\nactivities: [ACT-1, ACT-2]\nvenue: Skills lab\n---\n'), []);
      assert.deepEqual(frontMatterErrors('---\ntype: evaluation\nobjectives: [OBJ-1]\nmethod: three-month audit\n---\n'), []);
    });
  });
});
