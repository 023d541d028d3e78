import type { ServerCapabilities } from 'vscode-languageserver';
import type { DesignLanguageServer } from '../server';
import { tree } from './tree';

/**
 * An editor feature: the capabilities it announces and the handlers it registers. Each feature lives in
 * its own module under features/ and reads the model through `server.workspace`.
 */
export interface Feature {
  capabilities: ServerCapabilities;
  register(server: DesignLanguageServer): void;
}

export const FEATURES: readonly Feature[] = [tree];
