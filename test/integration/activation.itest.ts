import * as assert from 'node:assert/strict';
import { activateExtension } from './helpers';

suite('activation', () => {
  test('activates with the language server started and the design tree loaded', async function () {
    const api = await activateExtension() as { activationMs?: number };
    assert.equal(typeof api.activationMs, 'number');
    assert.ok(api.activationMs! < 10_000, `activation took ${api.activationMs} ms`);
    // The report shows titles: carry the measured figure in it.
    this.test!.title += ` (${api.activationMs} ms)`;
  });
});
