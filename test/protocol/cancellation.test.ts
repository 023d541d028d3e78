import assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type SymbolInformation } from 'vscode-languageserver-protocol';
import { MemoryHost } from '../harness/memory-host';
import { LspTestClient } from './client';
import { DESIGN } from './features-helpers';

describe('protocol: cancellation (in process)', () => {
  it('a heavy request cancelled while the design is being indexed is answered "cancelled", not computed', async () => {
    const host = MemoryHost.fromFolders([DESIGN]);
    const release = host.holdListings();
    const client = await LspTestClient.start(DESIGN, { inProcess: true, host: () => host });
    try {
      const source = new CancellationTokenSource();
      const cancelled = client.connection.sendRequest('workspace/symbol', { query: 'OBJ' }, source.token);
      source.cancel();
      await new Promise(resolve => setTimeout(resolve, 50)); // the cancellation reaches the server first
      release();
      await assert.rejects(cancelled, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
      const answered = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'OBJ' });
      assert.ok(answered.length > 0, 'the same request, not cancelled, is answered');
    } finally {
      await client.stop();
    }
  });
});
