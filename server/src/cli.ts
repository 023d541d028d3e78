import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { checkPaths, UsageError } from './cli/check';
import { REPORT_USAGE, reportCommand } from './cli/design-report';
import { formatJson, formatSarif, formatText, type Problem } from './cli/report';

declare const IDSTUDIO_VERSION: string;
const VERSION = typeof IDSTUDIO_VERSION === 'string' ? IDSTUDIO_VERSION : '0.0.0-dev';

const USAGE = `Usage: idstudio <command> [options]

Commands:
  check [paths...]   check design documents (default: the current folder)
${REPORT_USAGE.replace('  idstudio ', '  ')}
  server --stdio     run the language server over stdin/stdout (for any LSP client)

Options:
  -h, --help         show help (idstudio check --help: every option of check)
  -v, --version      print the version

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage, configuration or I/O failure.`;

const CHECK_USAGE = `Usage: idstudio check [options] [paths...]

Analyses every design that a path lies in or contains, whole (a design is the
folder of the nearest .idstudio.json, else the folder given), and reports the
files under the paths only. Default: the current folder.

Options:
  -f, --format <format>    text (default), json or sarif (SARIF 2.1.0, for code scanning)
  -o, --output-file <file> write the report to <file> instead of standard output
      --max-warnings <n>   exit 1 when there are more than <n> warnings (they count even with --quiet)
  -q, --quiet              report errors only
      --color, --no-color  force or turn off colour in text output (default: colour on a
                           terminal, unless NO_COLOR is set)
  -h, --help               show this help

Examples:
  idstudio check                                    check the design in the current folder
  idstudio check designs/ --max-warnings 0          fail on any error or warning
  idstudio check -f sarif -o idstudio.sarif         a SARIF report for GitHub code scanning
  idstudio check designs/objectives.md --quiet      errors of one file only
  idstudio check -f json | jq '.[].code'            problems as JSON

Exit codes: 0 no errors (and no more than --max-warnings warnings), 1 otherwise,
2 usage, configuration or I/O failure.`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** What `idstudio check` was asked for, validated. */
interface CheckOptions {
  paths: string[];
  format: Format;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  colour?: boolean;
}

function parseCheckArgs(args: string[]): CheckOptions | 'help' {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true, allowNegative: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      'output-file': { type: 'string', short: 'o' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      color: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    throw new UsageError(`--max-warnings takes a whole number of warnings, not "${maxWarnings}"`);
  }
  if (values['output-file'] === '') throw new UsageError('--output-file needs a file name');
  return {
    paths: positionals.length ? positionals : ['.'], format, quiet: values.quiet, colour: values.color,
    outputFile: values['output-file'], maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
  };
}

/** The exit code of a check: errors fail it, and so do more warnings than allowed (hidden or not). */
function exitCodeOf(problems: readonly Problem[], maxWarnings: number | undefined): number {
  if (problems.some(problem => problem.severity === 'error')) return 1;
  const warnings = problems.filter(problem => problem.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

async function check(args: string[]): Promise<number> {
  const options = parseCheckArgs(args);
  if (options === 'help') return print(CHECK_USAGE, 0);
  const cwd = process.cwd();
  const { problems, failures, documents } = await checkPaths(options.paths, cwd);
  const code = failures.length ? 2 : exitCodeOf(problems, options.maxWarnings);
  const shown = options.quiet ? problems.filter(problem => problem.severity === 'error') : problems;
  const toTerminal = options.outputFile === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report = options.format === 'json' ? formatJson(shown)
    : options.format === 'sarif' ? formatSarif(shown, { version: VERSION, root: cwd })
      : formatText(shown, options.colour ?? toTerminal);
  for (const failure of failures) process.stderr.write(`idstudio: ${failure}\n`);
  if (documents === 0) process.stderr.write(`idstudio: no design documents in ${options.paths.map(given => `"${given}"`).join(', ')} (a design document is a .md file whose front matter has a "type:" of one of the 12 kinds)\n`);
  if (options.outputFile === undefined) return print(report, code);
  const file = path.resolve(cwd, options.outputFile);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${report}\n`);
  return code;
}

/**
 * Writes to standard output and settles on `code`. A reader that goes away early (`idstudio check | head`)
 * ends the run quietly with that code, as other command-line tools do, instead of an EPIPE stack trace.
 */
function print(text: string, code: number): number {
  process.exitCode = code;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(code);
  });
  process.stdout.write(`${text}\n`);
  return code;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return check(rest);
  if (command === 'report') return reportCommand(rest);
  if (command === 'help' && rest[0] === 'check') return print(CHECK_USAGE, 0);
  if (command === 'server') {
    const { runServer } = await import('./node/main');
    runServer();
    return -1;
  }
  if (command === '--version' || command === '-v') return print(VERSION, 0);
  if (command === '--help' || command === '-h' || command === 'help') return print(USAGE, 0);
  throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
}

main(process.argv.slice(2)).then(code => {
  if (code >= 0) process.exitCode = code;
}, (error: unknown) => {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  const forCheck = process.argv[2] === 'check';
  process.stderr.write(`idstudio: ${(error as Error).message}\n${usage ? `\n${forCheck ? CHECK_USAGE : USAGE}\n` : ''}`);
  process.exitCode = 2;
});
