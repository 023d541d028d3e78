// Types for code-server.mjs, for the TypeScript scenarios in test/e2e.
export interface CodeServerOptions {
  folder?: string;
  vsix?: string[];
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  echoLog?: boolean;
  port?: number;
  /** Keep workspace trust on: folders open in Restricted Mode. */
  workspaceTrust?: boolean;
}

export interface CodeServer {
  origin: string;
  tempDir: string;
  logPath: string;
  extensionsDir: string;
  readLog(): string;
  exited: Promise<number | string>;
  workbenchUrl(options?: { folder?: string; extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
  stop(options?: { keepTemp?: boolean }): Promise<void>;
}

export function startCodeServer(options?: CodeServerOptions): Promise<CodeServer>;
