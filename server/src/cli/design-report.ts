import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'vscode-uri';
import { loadRootDesign } from '../host/designs';
import { NodeHost } from '../node/host';
import { renderHtml } from '../report/html';
import { renderMarkdown } from '../report/markdown';
import { buildReport } from '../report/model';
import { designRootOfPath, UsageError } from './check';

export const REPORT_USAGE = '  idstudio report [path] [--out FILE] [--format html|markdown]   write the design report (HTML by default; Markdown for a PR comment)';

const FORMATS = ['html', 'markdown'] as const;

/** `idstudio report`: the report of the design a folder or file belongs to, to a file or standard output. */
export async function reportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' } },
  });
  if (positionals.length > 1) throw new UsageError('report takes one folder or file');
  const format = (values.format ?? (values.out?.endsWith('.md') ? 'markdown' : 'html')) as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const cwd = process.cwd();
  const given = path.resolve(cwd, positionals[0] ?? '.');
  const stat = await fs.stat(given).catch(() => undefined);
  if (!stat) throw new UsageError(`no such file or folder: ${positionals[0]}`);
  const root = await designRootOfPath(given, stat.isDirectory(), cwd);
  const failures: string[] = [];
  const onError = (message: string) => failures.push(message);
  const { design, configFile } = await loadRootDesign(new NodeHost(onError), URI.file(root).toString(), onError);
  if (configFile?.errors.length) {
    throw new Error(`invalid configuration ${path.relative(cwd, URI.parse(configFile.uri).fsPath)}: ${configFile.errors.join('; ')}`);
  }
  const relative = (uri: string) => path.relative(root, URI.parse(uri).fsPath).split(path.sep).join('/');
  const report = buildReport(path.basename(root), design, relative);
  const output = format === 'markdown' ? renderMarkdown(report) : renderHtml(report);
  if (values.out) await fs.writeFile(path.resolve(cwd, values.out), output);
  else process.stdout.write(output);
  for (const failure of failures) process.stderr.write(`idstudio: ${failure}\n`);
  return failures.length ? 2 : 0;
}
