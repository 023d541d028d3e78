// The server reading a folder through the client: the browser server's only way, and the Node server's
// for folders on a virtual file system (github.dev's, or GitHub Repositories on the desktop).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { SchemeHost } from '../../server/src/host/scheme-host';
import { ClientHost } from '../../server/src/lsp/client-host';
import { NodeHost } from '../../server/src/node/host';
import { fileUri, LspTestClient } from './client';
import { DESIGN } from './features-helpers';

const VIRTUAL_FOLDER = 'vscode-vfs://github/idstudio/design';

/** The fixture's files under the virtual folder's URIs. */
function virtualCopy(folder: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.md') || name.endsWith('.idstudio.json')) files.set(`${VIRTUAL_FOLDER}/${name.split(path.sep).join('/')}`, readFileSync(path.join(folder, name)));
  }
  return files;
}

/** Every published diagnostic, as `file:line:character code`, with URIs relative to their folder. */
async function findings(client: LspTestClient, folderUri: string, file: string): Promise<string[]> {
  await client.waitForDiagnostics(`${folderUri}/${file}`);
  await client.settle();
  return [...client.diagnostics].flatMap(([uri, diagnostics]) => diagnostics.map((diagnostic: Diagnostic) =>
    `${uri.slice(folderUri.length + 1)}:${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`)).sort();
}

describe('protocol: files read through the client (in process)', () => {
  it('a folder on a virtual file system gets the findings it has on disk', async () => {
    const fromDisk = await LspTestClient.start(DESIGN, { inProcess: true, host: connection => new NodeHost(message => connection.console.error(message)) });
    const throughClient = await LspTestClient.start(DESIGN, {
      inProcess: true, folderUris: [VIRTUAL_FOLDER], clientFiles: virtualCopy(DESIGN),
      host: connection => new SchemeHost(new NodeHost(message => connection.console.error(message)), new ClientHost(connection)),
    });
    try {
      const expected = await findings(fromDisk, fileUri(DESIGN), '06-objectives.md');
      assert.ok(expected.length > 3, `the fixture has findings: ${expected}`);
      assert.deepEqual(await findings(throughClient, VIRTUAL_FOLDER, '06-objectives.md'), expected);
    } finally {
      await fromDisk.stop();
      await throughClient.stop();
    }
  });
});
