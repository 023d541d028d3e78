import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { parseDocument, type DesignDocument } from '../core';
import { DIAGNOSTIC_SOURCE } from '../lsp/convert';
import type { Feature, ServerContext } from './context';
import type { Fix, FixContext } from './fix-context';
import { FIXES } from './fixes';
import { frontMatterLines } from './locate';
import { answerFor, EditCollector, lineBreakOf, type RequestContext } from './support';

const DISABLE_COMMENT = /^([ \t]*)#[ \t]*idstudio-disable-next-line\b(.*?)[ \t]*\r?$/;

/** Quick fixes for idstudio diagnostics, plus "disable this rule here" for each. */
export const codeActions: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false } },
  register(server) {
    server.connection.onCodeAction(({ textDocument, context }, token) => answerFor(server, textDocument.uri, [], async request => {
      if (context.only && !context.only.some(kind => kind === '' || `${CodeActionKind.QuickFix}.`.startsWith(`${kind}.`))) return [];
      const actions = await Promise.all(context.diagnostics.filter(diagnostic => diagnostic.source === DIAGNOSTIC_SOURCE)
        .map(diagnostic => actionsFor(server, { ...request, ...fixContext(request, diagnostic) })));
      return actions.flat();
    }, token));
  },
};

function fixContext(request: RequestContext, diagnostic: Diagnostic): Pick<FixContext, 'diagnostic' | 'data' | 'span'> {
  const { document, design } = request;
  const span = { start: document.lines.offsetAt(diagnostic.range.start), end: document.lines.offsetAt(diagnostic.range.end) };
  const sameFinding = design.findingsOf(document.uri).find(finding => finding.code === diagnostic.code
    && finding.range.start.line === diagnostic.range.start.line && finding.range.start.character === diagnostic.range.start.character);
  const data = (diagnostic.data ?? sameFinding?.data ?? {}) as Record<string, unknown>;
  return { diagnostic, data, span };
}

async function actionsFor(server: ServerContext, context: FixContext): Promise<CodeAction[]> {
  const fixes = [...(await FIXES[String(context.diagnostic.code)]?.(context) ?? []), ...disableFix(context)];
  return fixes.filter(fix => !fix.edit || keepsFrontMatterValid(server, fix.edit)).flatMap((fix): CodeAction[] => {
    if (fix.command) return [{ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [context.diagnostic], command: fix.command }];
    const edit = fix.edit.build();
    return edit ? [{
      title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [context.diagnostic], edit,
      ...(fix.preferred && { isPreferred: true }),
    }] : [];
  });
}

/** `# idstudio-disable-next-line CODE` above the diagnostic's line (added to a directive already there). */
function disableFix(context: FixContext): Fix[] {
  const { document, diagnostic, server } = context;
  const code = String(diagnostic.code);
  const line = diagnostic.range.start.line;
  const lines = document.text.split('\n');
  const region = frontMatterLines(document.text, lines);
  if (!region || line < region.first || line > region.last) return [];
  const edit = new EditCollector(server);
  const title = `Disable "${code}" for this line`;
  const above = DISABLE_COMMENT.exec(lines[line - 1] ?? '');
  if (above && line - 1 >= region.first) {
    const end = document.lines.lineSpan(line - 1).end;
    return [{ title, edit: edit.insert(document, end, ` ${code}`) }];
  }
  const indent = /^[ \t]*/.exec(lines[line])![0];
  const start = document.lines.lineSpan(line).start;
  return [{ title, edit: edit.insert(document, start, `${indent}# idstudio-disable-next-line ${code}${lineBreakOf(document)}`) }];
}

/** Whether the fix leaves every front matter it edits as parseable as before (a fix must never break YAML). */
function keepsFrontMatterValid(server: ServerContext, edit: EditCollector): boolean {
  for (const [uri, edits] of edit.editsByUri()) {
    const document = server.workspace.document(uri);
    if (!document) continue;
    const edited = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, document.text), [...edits]);
    if (syntaxProblems(parseDocument(uri, edited)) > syntaxProblems(document)) return false;
  }
  return true;
}

function syntaxProblems(document: DesignDocument): number {
  return document.problems.filter(problem => problem.code === 'front-matter-syntax').length;
}
