import { parseArgs } from 'node:util';
import { checkPaths, UsageError } from './cli/check';
import { REPORT_USAGE, reportCommand } from './cli/design-report';
import { formatJson, formatSarif, formatText } from './cli/report';

declare const IDSTUDIO_VERSION: string;
const VERSION = typeof IDSTUDIO_VERSION === 'string' ? IDSTUDIO_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  idstudio check [paths...] [--format text|json|sarif]   check design documents (default: the current folder)
${REPORT_USAGE}
  idstudio server --stdio                                 run the language server over stdin/stdout
  idstudio --version | --help

Exit codes: 0 no errors, 1 at least one error, 2 usage or I/O failure.`;

const FORMATS = ['text', 'json', 'sarif'] as const;

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { format: { type: 'string', short: 'f', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const { problems, failures } = await checkPaths(positionals.length ? positionals : ['.'], process.cwd());
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output = format === 'json' ? formatJson(problems) : format === 'sarif' ? formatSarif(problems, VERSION) : formatText(problems, colour);
  process.stdout.write(`${output}\n`);
  for (const failure of failures) process.stderr.write(`idstudio: ${failure}\n`);
  if (failures.length) return 2;
  return problems.some(problem => problem.severity === 'error') ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return check(rest);
  if (command === 'report') return reportCommand(rest);
  if (command === 'server') {
    const { runServer } = await import('./node/main');
    runServer();
    return -1;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
}

main(process.argv.slice(2)).then(code => {
  if (code >= 0) process.exitCode = code;
}, (error: unknown) => {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`idstudio: ${(error as Error).message}\n${usage ? `\n${USAGE}\n` : ''}`);
  process.exitCode = 2;
});
