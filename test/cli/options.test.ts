// idstudio's command line as a CI tool: help, version, options, exit codes, files and pipes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, FIXTURES, PROJECT_ROOT, ensureBuilt, idstudio } from './helpers';

const ESCAPE = '\u001b[';
const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));

/** A design with thousands of problems: its report is far larger than a pipe's buffer. */
function writeBigDesign(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const objectives = Array.from({ length: 1500 }, (_, index) => `  - id: OBJ-${index}\n    statement: Understand topic ${index}.\n    skills: [SK-MISSING-${index}]`);
  writeFileSync(path.join(folder, 'objectives.md'), `---\ntype: objective\nitems:\n${objectives.join('\n')}\n---\n`);
}

describe('idstudio command line', function () {
  this.timeout(180_000); // several runs of the CLI per test, on a possibly busy machine
  before(ensureBuilt);

  describe('help and version', () => {
    it('prints the commands on --help, -h and help, exit 0', () => {
      for (const flag of ['--help', '-h', 'help']) {
        const run = idstudio([flag]);
        assert.equal(run.status, 0, flag);
        assert.match(run.stdout, /^Usage: idstudio <command>/);
        assert.match(run.stdout, /check \[paths\.\.\.\]/);
        assert.match(run.stdout, /server --stdio/);
        assert.match(run.stdout, /Exit codes: 0 .*, 1 .*, 2 /);
      }
    });

    it('prints every option of check, with examples, on check --help and help check', () => {
      const run = idstudio(['check', '--help']);
      assert.equal(run.status, 0);
      for (const option of ['--format', '--output-file', '--max-warnings', '--quiet', '--color', '--no-color', '--help', '-f,', '-o,', '-q,']) {
        assert.ok(run.stdout.includes(option), option);
      }
      assert.match(run.stdout, /Examples:\n {2}idstudio check/);
      assert.equal(idstudio(['help', 'check']).stdout, run.stdout);
    });

    it('prints the package version on --version and -v', () => {
      assert.deepEqual(idstudio(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
      assert.equal(idstudio(['-v']).stdout, `${version}\n`);
    });
  });

  describe('usage errors (exit 2, with the usage)', () => {
    const usageError = (args: string[], message: RegExp, usage: RegExp) => {
      const run = idstudio(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, usage);
    };

    it('rejects an unknown option of check with the usage of check', () => {
      usageError(['check', '--bogus'], /^idstudio: Unknown option '--bogus'/, /Usage: idstudio check \[options\]/);
      usageError(['check', '-z'], /Unknown option '-z'/, /Usage: idstudio check/);
    });

    it('rejects an unknown or missing command with the general usage', () => {
      usageError(['lint'], /^idstudio: unknown command "lint"/, /Usage: idstudio <command>/);
      usageError([], /^idstudio: missing command/, /Usage: idstudio <command>/);
    });

    it('rejects bad option values', () => {
      usageError(['check', '--format', 'xml'], /--format must be one of text, json, sarif, not "xml"/, /Usage: idstudio check/);
      usageError(['check', '--max-warnings', 'many'], /--max-warnings takes a whole number of warnings, not "many"/, /Usage/);
      usageError(['check', '--max-warnings', '-1'], /--max-warnings/, /Usage/);
      usageError(['check', '--max-warnings'], /--max-warnings/, /Usage/);
    });
  });

  describe('--max-warnings and --quiet', () => {
    // warnings/ has 4 warnings, 2 info and no error.
    it('exits 1 only past the allowed number of warnings', () => {
      assert.equal(idstudio(['check', 'warnings']).status, 0, 'no limit by default');
      assert.equal(idstudio(['check', 'warnings', '--max-warnings', '4']).status, 0, 'at the limit');
      assert.equal(idstudio(['check', 'warnings', '--max-warnings', '3']).status, 1, 'past the limit');
      assert.equal(idstudio(['check', 'warnings', '--max-warnings', '0']).status, 1);
      assert.equal(idstudio(['check', 'clean', '--max-warnings', '0']).status, 0);
      assert.equal(idstudio(['check', 'errors', '--max-warnings', '100']).status, 1, 'errors fail whatever the limit');
    });

    it('reports errors only with --quiet, still counting the hidden warnings against --max-warnings', () => {
      const quiet = idstudio(['check', 'warnings', '--quiet', '--format', 'json']);
      assert.deepEqual({ status: quiet.status, problems: JSON.parse(quiet.stdout) }, { status: 0, problems: [] });
      assert.equal(idstudio(['check', 'warnings', '-q', '--max-warnings', '1']).status, 1);
      const mixed = JSON.parse(idstudio(['check', 'errors', 'warnings', '-q', '-f', 'json']).stdout) as { severity: string }[];
      assert.ok(mixed.length === 3 && mixed.every(problem => problem.severity === 'error'), JSON.stringify(mixed));
    });
  });

  describe('--output-file', () => {
    let scratch: string;
    beforeEach(() => { scratch = mkdtempSync(path.join(tmpdir(), 'idstudio-out-')); });
    afterEach(() => rmSync(scratch, { recursive: true, force: true }));

    it('writes the report to the file (creating its folder), nothing to stdout, with the same exit code', () => {
      const file = path.join(scratch, 'reports', 'idstudio.sarif');
      const run = idstudio(['check', 'errors', '--format', 'sarif', '--output-file', file]);
      assert.deepEqual({ status: run.status, stdout: run.stdout, stderr: run.stderr }, { status: 1, stdout: '', stderr: '' });
      assert.equal(readFileSync(file, 'utf8'), idstudio(['check', 'errors', '--format', 'sarif']).stdout);
    });

    it('writes text without colour to a file unless --color asks for it', () => {
      const file = path.join(scratch, 'report.txt');
      idstudio(['check', 'errors', '-o', file]);
      assert.ok(!readFileSync(file, 'utf8').includes(ESCAPE));
      idstudio(['check', 'errors', '-o', file, '--color']);
      assert.ok(readFileSync(file, 'utf8').includes(`${ESCAPE}31merror`));
    });

    it('fails with exit 2 and a message when the file cannot be written', () => {
      writeFileSync(path.join(scratch, 'a-file'), '');
      const run = idstudio(['check', 'errors', '-o', path.join(scratch, 'a-file', 'report.txt')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^idstudio: .*(ENOTDIR|EEXIST)/);
      assert.ok(!run.stderr.includes('    at '), 'no stack trace');
    });
  });

  describe('--color and --no-color', () => {
    it('forces colour into a pipe with --color, and keeps it out with --no-color', () => {
      assert.ok(idstudio(['check', 'errors', '--color']).stdout.includes(`${ESCAPE}31merror`));
      assert.ok(!idstudio(['check', 'errors', '--no-color']).stdout.includes(ESCAPE));
    });

    it('uses colour on a terminal unless NO_COLOR is set or --no-color is given', () => {
      // `script` (util-linux, in every Debian base) runs the CLI on a pseudo-terminal.
      const onTerminal = (command: string) => spawnSync('script', ['-qec', command, '/dev/null'], { cwd: FIXTURES, encoding: 'utf8' });
      const coloured = onTerminal(`node ${CLI} check errors`);
      assert.ifError(coloured.error);
      assert.ok(coloured.stdout.includes(`${ESCAPE}31merror`), 'errors in red on a TTY');
      assert.ok(!onTerminal(`NO_COLOR=1 node ${CLI} check errors`).stdout.includes(ESCAPE), 'NO_COLOR');
      assert.ok(!onTerminal(`node ${CLI} check errors --no-color`).stdout.includes(ESCAPE), '--no-color');
    });
  });

  describe('a reader that stops early (idstudio check | head)', () => {
    let scratch: string;
    before(() => {
      scratch = mkdtempSync(path.join(tmpdir(), 'idstudio-pipe-'));
      writeBigDesign(path.join(scratch, 'big'));
    });
    after(() => rmSync(scratch, { recursive: true, force: true }));

    for (const format of ['text', 'json', 'sarif']) {
      it(`ends quietly with the check's exit code (${format})`, () => {
        const run = spawnSync('bash', ['-c', `node "${CLI}" check big --format ${format} | head -c 100 >/dev/null; echo "exit \${PIPESTATUS[0]}"`],
          { cwd: scratch, encoding: 'utf8' });
        assert.equal(run.stdout, 'exit 1\n', 'errors (unknown references) give exit 1');
        assert.equal(run.stderr, '', 'no EPIPE stack trace');
      });
    }

    it('produces far more than a pipe holds, so the reader really stops early', () => {
      const full = spawnSync(process.execPath, [CLI, 'check', 'big'], { cwd: scratch, encoding: 'utf8', maxBuffer: 1 << 30 });
      assert.ok(full.stdout.length > 1 << 20, `${full.stdout.length} bytes`);
    });
  });
});
