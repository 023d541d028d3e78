import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, type DesignLanguageServer } from '../server';
import { NodeHost } from './host';

/** The language server in Node (stdio or IPC, as the client chose): files from the local disk. */
export function runServer(): DesignLanguageServer {
  const connection = createConnection(ProposedFeatures.all);
  return startServer(connection, new NodeHost(message => connection.console.error(message)));
}
