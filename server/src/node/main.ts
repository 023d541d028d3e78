import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SchemeHost } from '../host/scheme-host';
import { ClientHost } from '../lsp/client-host';
import { startServer, type DesignLanguageServer } from '../server';
import { NodeHost } from './host';

/**
 * The language server in Node (stdio or IPC, as the client chose): local files from the disk, folders on
 * a virtual file system through the client.
 */
export function runServer(): DesignLanguageServer {
  const connection = createConnection(ProposedFeatures.all);
  const host = new SchemeHost(new NodeHost(message => connection.console.error(message)), new ClientHost(connection));
  return startServer(connection, host);
}
