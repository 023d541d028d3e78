// The CLI's report writers, in process: text, JSON and SARIF (validated against the SARIF 2.1.0 schema).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES, type Severity } from '../../server/src/core';
import { formatJson, formatSarif, formatText, RULES_REFERENCE, type Problem } from '../../server/src/cli/report';

const ROOT = path.resolve(__dirname, '../..');
const SARIF_SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp off: one pattern of the published schema (language tags) is not valid under the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SARIF_SCHEMA);

const problem = (file: string, severity: Severity, code: string, line = 3): Problem => ({
  file, line, column: 5, endLine: line, endColumn: 12, severity, code, message: `A "${code}" problem.`,
});

const PROBLEMS: Problem[] = [
  problem('design/objectives.md', 'error', 'unknown-reference', 6),
  problem('design/objectives.md', 'warning', 'objective-not-measurable', 8),
  problem('design/objectives.md', 'info', 'objective-missing-condition', 9),
  problem('design/with space #1.md', 'hint', 'objective-missing-criterion'),
  problem('../elsewhere/skills.md', 'error', 'duplicate-id'),
];

/** A SARIF log for PROBLEMS, checked against the schema. */
function sarifOf(problems: readonly Problem[], root = '/work/designs'): any {
  const log = JSON.parse(formatSarif(problems, { version: '1.2.3', root }));
  assert.ok(validateSarif(log), ajv.errorsText(validateSarif.errors));
  return log;
}

describe('report writers', () => {
  describe('SARIF', () => {
    it('is valid SARIF 2.1.0, with and without results', () => {
      sarifOf(PROBLEMS);
      assert.deepEqual(sarifOf([]).runs[0].results, []);
    });

    it('is checked by a schema that does reject a malformed log', () => {
      const log = sarifOf(PROBLEMS);
      log.runs[0].results[0].level = 'fatal';
      delete log.runs[0].tool.driver.name;
      assert.equal(validateSarif(log), false);
    });

    it('maps error to error, warning to warning, info and hint to note', () => {
      assert.deepEqual(sarifOf(PROBLEMS).runs[0].results.map((result: { level: string }) => result.level),
        ['error', 'warning', 'note', 'note', 'error']);
    });

    it('defines %SRCROOT% as the folder the check ran in, and locates files below it relative to it', () => {
      const [run] = sarifOf(PROBLEMS).runs;
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///work/designs/');
      const locations = run.results.map((result: any) => result.locations[0].physicalLocation);
      assert.deepEqual(locations[0].artifactLocation, { uri: 'design/objectives.md', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(locations[3].artifactLocation, { uri: 'design/with%20space%20%231.md', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(locations[0].region, { startLine: 6, startColumn: 5, endLine: 6, endColumn: 12 });
    });

    it('never points outside the root with ../: a file outside it gets an absolute file URI', () => {
      const [run] = sarifOf(PROBLEMS).runs;
      const uris: string[] = run.results.map((result: any) => result.locations[0].physicalLocation.artifactLocation.uri);
      assert.ok(!uris.some(uri => uri.includes('../')), uris.join(', '));
      assert.deepEqual(run.results[4].locations[0].physicalLocation.artifactLocation,
        { uri: pathToFileURL('/work/elsewhere/skills.md').href });
    });

    it('describes every rule: short and full description, default level, help link to its rules reference entry', () => {
      const { rules } = sarifOf([]).runs[0].tool.driver;
      assert.deepEqual(rules.map((rule: { id: string }) => rule.id), RULES.map(rule => rule.code));
      const level = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
      for (const [index, rule] of RULES.entries()) {
        const sarif = rules[index];
        assert.equal(sarif.defaultConfiguration.level, level[rule.defaultSeverity], rule.code);
        assert.equal(sarif.fullDescription.markdown, rule.description);
        assert.ok(!sarif.shortDescription.text.includes('`'), `plain text: ${sarif.shortDescription.text}`);
        assert.equal(sarif.shortDescription.text.replace(/"/g, ''), rule.description.replace(/[`"]/g, ''));
        assert.equal(sarif.helpUri, `${RULES_REFERENCE}#${rule.code}`);
        assert.match(sarif.name, /^[A-Z][A-Za-z]+$/);
      }
      assert.equal(rules.find((rule: { id: string }) => rule.id === 'objective-not-measurable').name, 'ObjectiveNotMeasurable');
    });

    it('gives each rule help as plain text and as Markdown, both ending in a link to its rules reference entry', () => {
      const { rules } = sarifOf([]).runs[0].tool.driver;
      const help = rules.find((rule: { id: string }) => rule.id === 'task-without-support').help;
      const description = RULES.find(rule => rule.code === 'task-without-support')!.description;
      assert.ok(description.includes('`support:`'));
      assert.equal(help.text, `${description.replace(/`([^`]*)`/g, '"$1"')} See ${RULES_REFERENCE}#task-without-support`);
      assert.equal(help.markdown, `${description} [More about task-without-support](${RULES_REFERENCE}#task-without-support)`);
    });

    it('says what %SRCROOT% stands for', () => {
      const [run] = sarifOf([], '/work/designs/').runs;
      assert.deepEqual(run.originalUriBaseIds['%SRCROOT%'], { uri: 'file:///work/designs/', description: { text: 'The folder idstudio check ran in.' } });
    });

    it('points each result at its rule by index, and names the tool and its version', () => {
      const [run] = sarifOf(PROBLEMS).runs;
      for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.equal(run.tool.driver.name, 'idstudio');
      assert.equal(run.tool.driver.version, '1.2.3');
      assert.equal(run.results[1].message.text, 'A "objective-not-measurable" problem.');
    });

    it('has an entry in docs/rules.md for every rule the help links point to', () => {
      const reference = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
      const headings = new Set([...reference.matchAll(/^## (\S+)$/gm)].map(match => match[1]));
      assert.deepEqual(RULES.map(rule => rule.code).filter(code => !headings.has(code)), [], 'rules missing from docs/rules.md');
    });
  });

  describe('text', () => {
    it('groups problems under their file, aligns the columns, and counts by severity', () => {
      assert.equal(formatText(PROBLEMS.slice(0, 4), false), [
        'design/objectives.md',
        '  6:5     error    A "unknown-reference" problem.  unknown-reference',
        '  8:5     warning  A "objective-not-measurable" problem.  objective-not-measurable',
        '  9:5     info     A "objective-missing-condition" problem.  objective-missing-condition',
        '',
        'design/with space #1.md',
        '  3:5     hint     A "objective-missing-criterion" problem.  objective-missing-criterion',
        '',
        '4 problems (1 error, 1 warning, 1 info, 1 hint)',
      ].join('\n'));
    });

    it('prints only the summary, in the plural, when there is nothing', () => {
      assert.equal(formatText([], false), '0 problems (0 errors, 0 warnings, 0 info, 0 hints)');
      assert.equal(formatText([PROBLEMS[1], PROBLEMS[1]], false).split('\n').at(-1), '2 problems (0 errors, 2 warnings, 0 info, 0 hints)');
    });

    it('colours severities only when asked', () => {
      const coloured = formatText(PROBLEMS, true);
      assert.ok(coloured.includes('\u001b[31merror'), 'errors in red');
      assert.ok(coloured.includes('\u001b[33mwarning'), 'warnings in yellow');
      assert.ok(!formatText(PROBLEMS, false).includes('\u001b['));
    });
  });

  describe('JSON', () => {
    it('is the array of problems in the contract shape', () => {
      assert.deepEqual(JSON.parse(formatJson(PROBLEMS)), PROBLEMS);
      assert.equal(formatJson([]), '[]');
    });
  });
});
