import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkTexts, type Finding } from '../../server/src/core';
import { FIXTURES, ensureBuilt, idstudio, idstudioJson, type JsonProblem } from './helpers';

const ERRORS = path.join(FIXTURES, 'errors');
const ESCAPE = '\u001b[';

/** Markdown files below a folder, relative to it with `/`. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.md')).map(file => file.split(path.sep).join('/'));
}

/** What the analysis core finds in a folder, shaped as the CLI's JSON report should be (1-based). */
function coreProblems(folder: string, prefix = ''): JsonProblem[] {
  const files = markdownFiles(folder).map(file => ({ path: file, text: readFileSync(path.join(folder, file), 'utf8') }));
  return [...checkTexts(files)].flatMap(([file, findings]) => findings.map(({ range, severity, code, message }: Finding) => ({
    file: `${prefix}${file}`, line: range.start.line + 1, column: range.start.character + 1,
    endLine: range.end.line + 1, endColumn: range.end.character + 1, severity, code, message,
  })));
}

const byPosition = (problems: JsonProblem[]) => [...problems].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('idstudio check', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  describe('--format json', () => {
    it('prints the contract shape: file relative to the current folder with `/`, 1-based positions', () => {
      const { status, problems } = idstudioJson(['check'], ERRORS);
      assert.equal(status, 1);
      const keys = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message'];
      for (const problem of problems) assert.deepEqual(Object.keys(problem), keys);
      assert.deepEqual(problems.find(problem => problem.code === 'invalid-id'), {
        file: 'tasks.md', line: 4, column: 9, endLine: 4, endColumn: 15, severity: 'error', code: 'invalid-id',
        message: '"1-test" is not a valid id: start with a letter and use only letters, digits, "_", "." and "-".',
      });
      assert.deepEqual(problems.find(problem => problem.code === 'unknown-reference'), {
        file: 'design/objectives.md', line: 6, column: 22, endLine: 6, endColumn: 28, severity: 'error', code: 'unknown-reference',
        message: 'No skill has the id "SK-RTD". Did you mean "SK-RDT"?',
      });
    });

    it('reports exactly what the analysis core finds, every position shifted to 1-based', () => {
      const { problems } = idstudioJson(['check'], ERRORS);
      assert.deepEqual(byPosition(problems), byPosition(coreProblems(ERRORS)));
      assert.deepEqual([...new Set(problems.map(problem => problem.code))].sort(),
        ['invalid-id', 'objective-not-measurable', 'unknown-reference', 'wrong-reference-kind']);
    });

    it('names files relative to the current folder when given a folder path', () => {
      const { problems } = idstudioJson(['check', 'test/fixtures/cli/errors'], path.resolve(FIXTURES, '..', '..', '..'));
      assert.deepEqual(byPosition(problems), byPosition(coreProblems(ERRORS, 'test/fixtures/cli/errors/')));
    });

    it('sorts by file, then line and column', () => {
      const { problems } = idstudioJson(['check'], ERRORS);
      assert.deepEqual(problems.map(problem => `${problem.file}:${problem.line}:${problem.column}`), [
        'design/assessment with space.md:4:34', 'design/objectives.md:6:22', 'design/objectives.md:8:16', 'tasks.md:4:9',
      ]);
    });

    it('prints an empty array for a clean design', () => {
      assert.deepEqual(idstudioJson(['check', 'clean']), { status: 0, problems: [], stderr: '' });
    });
  });

  describe('--format text', () => {
    it('groups problems under their file, with a summary, and no colour when not a TTY', () => {
      const { status, stdout } = idstudio(['check'], ERRORS);
      assert.equal(status, 1);
      assert.ok(!stdout.includes(ESCAPE), 'no ANSI escapes');
      assert.equal(stdout, [
        'design/assessment with space.md',
        '  4:34    error    "SK-RDT" is a skill (step 5), but "objectives" must list objective ids (step 6).  wrong-reference-kind',
        '',
        'design/objectives.md',
        '  6:22    error    No skill has the id "SK-RTD". Did you mean "SK-RDT"?  unknown-reference',
        '  8:16    warning  "Know" cannot be observed or measured: say what the learner will do, for example "list", "state" or "identify".  objective-not-measurable',
        '',
        'tasks.md',
        '  4:9     error    "1-test" is not a valid id: start with a letter and use only letters, digits, "_", "." and "-".  invalid-id',
        '',
        '4 problems (3 errors, 1 warning, 0 info, 0 hints)',
        '',
      ].join('\n'));
    });

    it('prints only the summary for a clean design', () => {
      assert.deepEqual(idstudio(['check', 'clean']), { status: 0, stdout: '0 problems (0 errors, 0 warnings, 0 info, 0 hints)\n', stderr: '' });
    });
  });

  describe('--format sarif', () => {
    it('prints a SARIF 2.1.0 log with the rules and one result per problem, located relative to the source root', () => {
      const run = idstudio(['check', '--format', 'sarif'], ERRORS);
      assert.equal(run.status, 1);
      const sarif = JSON.parse(run.stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif.*2\.1\.0/);
      assert.equal(sarif.runs.length, 1);
      const [{ tool, results }] = sarif.runs;
      assert.equal(tool.driver.name, 'idstudio');
      assert.match(tool.driver.version, /^\d+\.\d+\.\d+/);
      const ruleIds: string[] = tool.driver.rules.map((rule: { id: string }) => rule.id);
      assert.ok(ruleIds.includes('objective-not-measurable') && new Set(ruleIds).size === ruleIds.length);
      for (const rule of tool.driver.rules) {
        assert.ok(rule.shortDescription.text.length > 0);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      const { problems } = idstudioJson(['check'], ERRORS);
      assert.equal(results.length, problems.length);
      results.forEach((result: any, index: number) => {
        const problem = problems[index];
        assert.equal(result.ruleId, problem.code);
        assert.equal(ruleIds[result.ruleIndex], result.ruleId);
        assert.equal(result.level, problem.severity === 'error' ? 'error' : problem.severity === 'warning' ? 'warning' : 'note');
        assert.equal(result.message.text, problem.message);
        const [{ physicalLocation }] = result.locations;
        assert.equal(physicalLocation.artifactLocation.uri, encodeURI(problem.file));
        assert.equal(physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.deepEqual(physicalLocation.region,
          { startLine: problem.line, startColumn: problem.column, endLine: problem.endLine, endColumn: problem.endColumn });
      });
      assert.ok(results.some((result: any) => result.locations[0].physicalLocation.artifactLocation.uri === 'design/assessment%20with%20space.md'));
    });

    it('prints a valid log with no results for a clean design', () => {
      const run = idstudio(['check', 'clean', '--format', 'sarif']);
      assert.equal(run.status, 0);
      assert.deepEqual(JSON.parse(run.stdout).runs[0].results, []);
    });
  });

  describe('paths', () => {
    it('checks the current folder by default', () => {
      assert.deepEqual(idstudio(['check'], ERRORS), idstudio(['check', '.'], ERRORS));
    });

    it('checks a single file within the design of its folder (its references resolve), reporting only that file', () => {
      const { status, problems } = idstudioJson(['check', 'design/objectives.md'], ERRORS);
      assert.equal(status, 1);
      assert.deepEqual(problems.map(problem => `${problem.file} ${problem.code}`),
        ['design/objectives.md unknown-reference', 'design/objectives.md objective-not-measurable']);
    });

    it('checks a single file under the configuration of the nearest `.idstudio.json`', () => {
      const { status, problems } = idstudioJson(['check', 'configured/objective-2.md']);
      assert.equal(status, 0);
      assert.deepEqual(problems.map(problem => `${problem.file} ${problem.code} ${problem.severity}`),
        ['configured/objective-2.md unknown-reference warning']);
    });

    it('checks several folders, each as its own design (the same id in two folders is no duplicate)', () => {
      const { status, problems } = idstudioJson(['check', 'clean', 'warnings', 'errors']);
      assert.equal(status, 1);
      assert.deepEqual([...new Set(problems.map(problem => problem.file))],
        ['errors/design/assessment with space.md', 'errors/design/objectives.md', 'errors/tasks.md', 'warnings/objective.md']);
      assert.ok(!problems.some(problem => problem.code === 'duplicate-id'));
      assert.deepEqual(problems.filter(problem => problem.file.startsWith('warnings/')),
        coreProblems(path.join(FIXTURES, 'warnings'), 'warnings/').sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)));
    });

    it('reports a file named twice, or by its folder and itself, once', () => {
      const once = idstudioJson(['check', 'errors/tasks.md']).problems;
      assert.deepEqual(idstudioJson(['check', 'errors/tasks.md', 'errors/tasks.md']).problems, once);
      const all = idstudioJson(['check', 'errors']).problems;
      assert.deepEqual(idstudioJson(['check', 'errors', 'errors/tasks.md']).problems, all);
    });

    it('prints the same output on every run', () => {
      for (const format of ['text', 'json', 'sarif']) {
        const first = idstudio(['check', 'clean', 'warnings', 'errors', 'configured', '--format', format]);
        const second = idstudio(['check', 'clean', 'warnings', 'errors', 'configured', '--format', format]);
        assert.equal(second.stdout, first.stdout, format);
      }
    });
  });

  describe('configuration', () => {
    it('applies severities, `off`, extra verbs, ignore globs and suppression comments of `.idstudio.json`', () => {
      const { status, problems } = idstudioJson(['check', 'configured']);
      assert.equal(status, 0);
      // objective-missing-criterion is off, unknown-reference a warning, "kangaroo" measurable, drafts/ ignored,
      // and objective-2.md silences objective-not-assessed in its body.
      assert.deepEqual(problems.map(problem => `${problem.file} ${problem.code} ${problem.severity}`),
        ['configured/objective-2.md unknown-reference warning']);
    });
  });

  describe('exit codes', () => {
    it('is 0 with warnings and info only', () => {
      const { status, problems } = idstudioJson(['check', 'warnings']);
      assert.equal(status, 0);
      assert.ok(problems.length > 0 && problems.every(problem => problem.severity !== 'error'));
    });

    it('is 1 with at least one error, in any format', () => {
      for (const format of ['text', 'json', 'sarif']) assert.equal(idstudio(['check', 'errors', '--format', format]).status, 1, format);
    });

    const usageFailures: [string, string[], RegExp][] = [
      ['a missing path', ['check', 'clean', 'no-such-folder'], /no such file or folder: no-such-folder/],
      ['an unknown format', ['check', '--format', 'xml'], /--format must be one of text, json, sarif, not "xml"/],
      ['an unknown option', ['check', '--colour'], /Unknown option '--colour'/],
      ['an unknown command', ['lint'], /unknown command "lint"/],
      ['no command', [], /missing command/],
    ];
    for (const [what, args, message] of usageFailures) {
      it(`is 2 on ${what}, with the reason and the usage on stderr`, () => {
        const { status, stdout, stderr } = idstudio(args);
        assert.equal(status, 2);
        assert.equal(stdout, '');
        assert.match(stderr, message);
        assert.match(stderr, /Usage:/);
      });
    }

    it('is 2 on an invalid `.idstudio.json`, naming each problem', () => {
      const { status, stdout, stderr } = idstudio(['check', 'bad-config']);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.equal(stderr, [
        'idstudio: invalid configuration bad-config/.idstudio.json:',
        '  2:14 "rules/no-such-rule": must NOT have additional properties (not a rule code).',
        '  2:60 "rules/unknown-reference": must be equal to one of the allowed values: error, warning, info, hint, off.',
        '',
      ].join('\n'));
      assert.doesNotMatch(stderr, /Usage:/);
    });

    it('is 2 on a `.idstudio.json` that is not JSON', () => {
      const { status, stderr } = idstudio(['check', 'bad-json']);
      assert.equal(status, 2);
      assert.match(stderr, /invalid configuration bad-json\/\.idstudio\.json:\n  1:46 Not valid JSON: property name expected\./);
    });

    it('is 0 for --help and --version', () => {
      const help = idstudio(['--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /check \[paths\.\.\.\] +check design documents/);
      assert.equal(idstudio(['check', '--help']).status, 0);
      const version = idstudio(['--version']);
      assert.equal(version.status, 0);
      assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    });
  });
});
