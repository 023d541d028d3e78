import type { ServerCapabilities } from 'vscode-languageserver';
import type { DesignLanguageServer } from '../server';
import { codeActions } from './code-actions';
import { codeLens } from './code-lens';
import { completion } from './completion';
import { hover } from './hover';
import { definition, documentLinks, references } from './navigation';
import { rename } from './rename';
import { semanticTokens } from './semantic-tokens';
import { documentSymbols, workspaceSymbols } from './symbols';
import { tree } from './tree';

/**
 * An editor feature: the capabilities it announces and the handlers it registers. Each feature lives in
 * its own module under features/ and reads the model through `server.workspace`.
 */
export interface Feature {
  capabilities: ServerCapabilities;
  register(server: DesignLanguageServer): void;
}

export const FEATURES: readonly Feature[] = [
  tree,
  completion,
  hover,
  definition,
  references,
  rename,
  documentSymbols,
  workspaceSymbols,
  documentLinks,
  codeActions,
  codeLens,
  semanticTokens,
];
