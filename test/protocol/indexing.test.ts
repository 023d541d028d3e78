import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CompletionItem, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { generateWorkspace, type WorkspaceManifest } from '../../bench/generate';
import { LspTestClient } from './client';
import { at, openFile } from './features-helpers';

/**
 * A large workspace takes the server seconds to index. Hover, completion and definition do not wait for
 * it: they are answered from what is known (open editors first), and completed once indexing ends.
 */
describe('requests while the first indexing runs (5,000 items)', function () {
  this.timeout(120_000);
  let folder: string;
  let manifest: WorkspaceManifest;
  let client: LspTestClient;
  const ASSESSMENTS = 'modules/m01-hand-hygiene/u01-preparation/assessments.md';

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'idstudio-indexing-'));
    manifest = generateWorkspace(folder, 5000);
  });
  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const published = () => manifest.designFiles.filter(file => client.diagnostics.has(client.uri(file))).length;

  it('answers hover, completion and definition before the diagnostics of the whole design are out, then completely', async () => {
    client = await LspTestClient.start(folder);
    const { uri, text } = await openFile(client, ASSESSMENTS);
    const reference = /objectives: \[(OBJ-[\w-]+)/.exec(text)![1];
    const onReference = at(client, uri, reference, 2);
    const hoverWhileIndexing = client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: onReference });
    const completionWhileIndexing = client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri }, position: onReference });
    const definitionWhileIndexing = client.request<Location | Location[] | null>('textDocument/definition', { textDocument: { uri }, position: onReference });

    const hover = await hoverWhileIndexing;
    const publishedAtHover = published();
    await completionWhileIndexing;
    await definitionWhileIndexing;
    const publishedAtAnswers = published();
    assert.ok(publishedAtAnswers < manifest.designFiles.length,
      `answered only after ${publishedAtAnswers} of ${manifest.designFiles.length} documents had their diagnostics`);
    // Partial, and saying so: never "no item has the id" for an id in a file not read yet.
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.doesNotMatch(value, /No item has the id/, `hover after ${publishedAtHover} documents: ${value}`);

    await waitUntil(() => published() === manifest.designFiles.length);
    const complete = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: onReference });
    assert.match((complete?.contents as MarkupContent).value, /objective/i);
    const definition = await client.request<Location | Location[] | null>('textDocument/definition', { textDocument: { uri }, position: onReference });
    const target = Array.isArray(definition) ? definition[0] : definition;
    assert.ok(target && target.uri !== uri, `the definition of ${reference} lies in another file`);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 100_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the design\'s diagnostics');
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}
