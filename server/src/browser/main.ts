/** The language server in a Web Worker (vscode.dev, github.dev): messages through postMessage, files through the client. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { ClientHost } from '../lsp/client-host';
import { normalizingReader } from '../lsp/uris';
import { startServer } from '../server';

/** The worker's global scope (the project compiles without the webworker lib). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, normalizingReader(new BrowserMessageReader(self)), new BrowserMessageWriter(self));
startServer(connection, new ClientHost(connection));
