import type { Feature } from './context';
import { codeActions } from './code-actions';
import { codeLens } from './code-lens';
import { completion } from './completion';
import { hover } from './hover';
import { definition, documentLinks, references } from './navigation';
import { matrix } from './matrix';
import { rename } from './rename';
import { semanticTokens } from './semantic-tokens';
import { showItem } from './show-item';
import { documentSymbols, workspaceSymbols } from './symbols';
import { tree } from './tree';

export const FEATURES: readonly Feature[] = [
  tree,
  matrix,
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
  showItem,
];
