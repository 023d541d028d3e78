// Mocha entry point for the web-worker extension host (vscode.dev's): the same suites, with
// mocha's browser build. A worker has no environment and no Node fs: the launcher passes its
// parameters in the user settings ("idstudioTest.grep", "idstudioTest.resultFile"), and the
// outcomes are written with vscode.workspace.fs into the workspace folder, where it reads them.
import * as vscode from 'vscode';
import { collectOutcomes, throwOnFailures } from './outcomes';

interface BrowserMocha {
  setup(options: { ui: string; timeout: number; color: boolean; reporter?: string }): void;
  grep(pattern: string): void;
  run(done: () => void): Mocha.Runner;
}

/** `loadSuites` requires the suite modules once mocha has defined suite() and test(). */
export async function runSuites(loadSuites: () => void): Promise<void> {
  require('mocha/mocha');
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'tdd', timeout: 30_000, color: false, reporter: undefined }); // undefined: spec, to the console
  const settings = vscode.workspace.getConfiguration('idstudioTest');
  const grep = settings.get<string>('grep');
  if (grep) mocha.grep(grep);
  loadSuites();
  const outcomes = await collectOutcomes((done) => mocha.run(done));
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const resultFile = settings.get<string>('resultFile');
  if (folder && resultFile) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, resultFile), new TextEncoder().encode(JSON.stringify(outcomes, null, 2)));
  }
  throwOnFailures(outcomes);
}
