import {
  createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, StreamMessageReader, StreamMessageWriter,
  type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';
import { SchemeHost } from '../host/scheme-host';
import { ClientHost } from '../lsp/client-host';
import { normalizingReader } from '../lsp/uris';
import { startServer, type DesignLanguageServer } from '../server';
import { NodeHost } from './host';

/**
 * The language server in Node (stdio or IPC, as the client chose): local files from the disk, folders on
 * a virtual file system through the client.
 */
export function runServer(): DesignLanguageServer {
  const connection = createConnection(ProposedFeatures.all, ...transport());
  const host = new SchemeHost(new NodeHost(message => connection.console.error(message)), new ClientHost(connection));
  return startServer(connection, host);
}

/** Standard input/output (`--stdio`, any editor) or Node IPC (`--node-ipc`, VS Code), with URIs normalised. */
function transport(): [MessageReader, MessageWriter] {
  if (process.argv.includes('--node-ipc')) return [normalizingReader(new IPCMessageReader(process)), new IPCMessageWriter(process)];
  return [normalizingReader(new StreamMessageReader(process.stdin)), new StreamMessageWriter(process.stdout)];
}
