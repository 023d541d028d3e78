// Sweeps every feature over every line of the sample workspace and the feature fixtures: no request fails, no handler logs an
// error, and every quick fix keeps the front matter valid YAML.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { parseDocument } from '../../server/src/core';
import { applyEdits, fileUri, LspTestClient, PROJECT_ROOT } from './client';
import { DESIGN, editsByUri, NO_ASSESSMENTS } from './features-helpers';

const SAMPLE = path.join(PROJECT_ROOT, 'sample-workspace');
const FOLDERS = [SAMPLE, DESIGN, NO_ASSESSMENTS];

/** Every Markdown file of the folders, as absolute paths. */
function markdownFiles(): string[] {
  return FOLDERS.flatMap(folder => readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.md')).sort().map(file => path.join(folder, file)));
}

describe('protocol: features over the sample workspace', function () {
  this.timeout(60_000);
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start(SAMPLE, { moreFolders: [DESIGN, NO_ASSESSMENTS] });
    await client.waitForDiagnostics(client.uri('2-design/06-objectives.md'));
    await client.waitForDiagnostics(fileUri(path.join(NO_ASSESSMENTS, 'objective.md')));
  });
  after(async () => { await client.stop(); });

  it('answers every position request on every line without an error', async () => {
    let requests = 0;
    const started = Date.now();
    for (const file of markdownFiles()) {
      const uri = fileUri(file);
      await client.open(uri);
      const lines = client.text(uri).split('\n');
      for (const [line, text] of lines.entries()) {
        for (const character of new Set([0, Math.floor(text.length / 2), text.length, text.length + 5])) {
          const position = { line, character };
          const textDocument = { uri };
          await Promise.all([
            client.request('textDocument/completion', { textDocument, position }),
            client.request('textDocument/hover', { textDocument, position }),
            client.request('textDocument/definition', { textDocument, position }),
            client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }),
            client.request('textDocument/prepareRename', { textDocument, position }).catch(error => {
              assert.match((error as Error).message, /Place the cursor on an id/);
            }),
          ]);
          requests += 5;
        }
      }
      for (const method of ['textDocument/documentSymbol', 'textDocument/documentLink', 'textDocument/codeLens', 'textDocument/semanticTokens/full']) {
        await client.request(method, { textDocument: { uri } });
        requests++;
      }
    }
    const perRequest = (Date.now() - started) / requests;
    assert.ok(requests > 1000, `${requests} requests`);
    assert.ok(perRequest < 20, `${perRequest.toFixed(2)} ms per request`);
    assert.deepEqual(client.log.filter(message => /Error|at /.test(message)), []);
  });

  it('offers only quick fixes that keep the front matter valid', async () => {
    let checked = 0;
    for (const file of markdownFiles()) {
      const uri = fileUri(file);
      const diagnostics: Diagnostic[] = client.diagnostics.get(uri) ?? [];
      for (const diagnostic of diagnostics) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        });
        assert.ok(actions.length > 0, `${file}: no action for ${diagnostic.code}`);
        for (const action of actions) {
          if (!action.edit) {
            assert.ok(action.command, `${action.title} in ${file}: an edit or a command`);
            continue;
          }
          const created = new Set((action.edit!.documentChanges ?? []).flatMap(change => 'kind' in change && change.kind === 'create' ? [change.uri] : []));
          for (const [target, edits] of editsByUri(action.edit!)) {
            const edited = parseDocument(target, applyEdits(created.has(target) ? '' : client.text(target), edits));
            assert.deepEqual(edited.problems.filter(problem => problem.code === 'front-matter-syntax'), [], `${action.title} in ${file}`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 30, `${checked} edits checked`);
  });
});
