// Drives the real VS Code workbench (code-server) with playwright-core. One code-server and
// one Chromium serve the whole run (mochaHooks below); each scenario gets a fresh browser
// context and its own copy of sample-workspace, so edits and renames never leak.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/e2e/browser.mjs';
import { startCodeServer, type CodeServer, type CodeServerOptions } from '../../scripts/e2e/code-server.mjs';
import { copySampleWorkspace, repoRoot, testResultsDir } from '../../scripts/e2e/paths.mjs';

const SCREENSHOT_DIR = path.join(testResultsDir, 'e2e');
const VIEWPORT = { width: 1400, height: 900 };
// The web workbench saves after a delay by default; scenarios save explicitly instead.
const SCENARIO_SETTINGS = { 'files.autoSave': 'off' };

let browser: Browser | undefined;
let developmentServer: CodeServer | undefined;

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await browser?.close();
    await developmentServer?.stop();
  },
};

async function sharedBrowser(): Promise<Browser> {
  browser ??= await launchBrowser();
  return browser;
}

export interface Workbench {
  page: Page;
  workspace: string;
  /** When the workbench page started loading (Date.now()), to time what follows. */
  loadStarted: number;
  /** Saves test-results/e2e/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens a fresh copy of sample-workspace in the workbench. By default the built extension
 * is loaded as a development extension (workbench URL payload); pass `server` to use
 * another code-server, for example one with the .vsix installed (or, with
 * `developmentExtension`, one with other settings).
 */
export async function openWorkbench({ server, prepare, developmentExtension = !server }:
  { server?: CodeServer; prepare?: (workspace: string) => void; developmentExtension?: boolean } = {}): Promise<Workbench> {
  const workspace = copySampleWorkspace();
  prepare?.(workspace);
  const useDevelopmentExtension = developmentExtension;
  developmentServer ??= server ? undefined : await startServerWith({});
  const target = server ?? (developmentServer as CodeServer);
  const context: BrowserContext = await (await sharedBrowser()).newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const close = async () => {
    await context.close();
    rmSync(path.dirname(workspace), { recursive: true, force: true });
  };
  const loadStarted = Date.now();
  try {
    await page.goto(target.workbenchUrl({ folder: workspace, extensionDevelopmentPath: useDevelopmentExtension ? repoRoot : undefined }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    page,
    workspace,
    loadStarted,
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^A-Za-z0-9-]+/g, '-')}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    close,
  };
}

export function startServerWith(options: CodeServerOptions): Promise<CodeServer> {
  return startCodeServer({ ...options, settings: { ...SCENARIO_SETTINGS, ...options.settings } });
}

type WorkbenchOptions = Parameters<typeof openWorkbench>[0];

/**
 * Registers setup/teardown giving each test of the suite a fresh workbench; after each test
 * a screenshot is kept as test-results/e2e/<scenario>[-failed].png.
 */
export function workbenchPerTest(scenario: string, options?: WorkbenchOptions | (() => WorkbenchOptions)): () => Workbench {
  let workbench: Workbench | undefined;
  setup(async () => {
    workbench = await openWorkbench(typeof options === 'function' ? options() : options);
  });
  teardown(async function () {
    await workbench?.screenshot(`${scenario}${this.currentTest?.state === 'failed' ? '-failed' : ''}`);
    await workbench?.close();
    workbench = undefined;
  });
  return () => {
    if (!workbench) throw new Error('no workbench: call inside a test');
    return workbench;
  };
}

// ---- workbench gestures -------------------------------------------------------------

const COMMAND_TIMEOUT = 20_000;

/** Runs a command by its title through the command palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: COMMAND_TIMEOUT });
  await page.keyboard.press('Enter');
}

/** Opens a workspace file with quick open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relativePath);
  const fileName = path.basename(relativePath);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: COMMAND_TIMEOUT });
  await page.keyboard.press('Enter');
  await activeTab(page, fileName).waitFor({ timeout: COMMAND_TIMEOUT });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  await waitForLanguageServer(page);
}

/**
 * The extension shows its design progress in the status bar once the language server has
 * answered, so its editor features (definition, rename, completion) are registered by then.
 */
export async function waitForLanguageServer(page: Page): Promise<void> {
  await page.locator('.statusbar-item', { hasText: /Design \d+\/12 steps/ }).waitFor({ timeout: 30_000 });
}

export function activeTab(page: Page, fileName: string): Locator {
  return page.locator('.tabs-container .tab.active', { hasText: fileName });
}

/** Moves the cursor to a 1-based line and column (Go to Line, Ctrl+G accepts `line:column`). */
export async function goToPosition(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

export async function waitForCursorLine(page: Page, line: number): Promise<void> {
  const status = page.locator('#status\\.editor\\.selection');
  try {
    await status.filter({ hasText: new RegExp(`^Ln ${line},`) }).waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(`the cursor is not on line ${line}: the status bar says "${await status.innerText()}"`);
  }
}

export interface ProblemRow {
  file: string; // `folder/name` as the panel groups it, for example `2-design/06-objectives.md`
  severity: string; // Error, Warning, Info or Hint
  line: number;
  column: number;
  source: string;
  code: string;
  message: string;
}

const FILE_ROW = /^\d+ problems? in file (.+) of folder (.+)$/;
const MARKER_ROW = /^(\w+): .* at line (\d+) and character (\d+)\. generated by (.+)$/s;

/** Shows the Problems panel and reads its rows (aria-label for position and severity, text for the code). */
export async function readProblems(page: Page): Promise<ProblemRow[]> {
  await showProblems(page);
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) =>
    elements.map((element) => ({ label: element.getAttribute('aria-label') ?? '', text: (element as unknown as { innerText: string }).innerText })));
  const problems: ProblemRow[] = [];
  let file = '';
  for (const { label, text } of rows) {
    const fileRow = FILE_ROW.exec(label);
    if (fileRow) file = `${fileRow[2]}/${fileRow[1]}`;
    const markerRow = MARKER_ROW.exec(label);
    if (!markerRow) continue;
    const lines = text.split('\n');
    const [source, code] = lines.slice(-3, -1);
    problems.push({ file, severity: markerRow[1], line: Number(markerRow[2]), column: Number(markerRow[3]), source, code, message: lines.slice(0, -3).join(' ') });
  }
  return problems;
}

/** Reads the Problems panel until `isComplete` accepts it or the time is up; returns the last reading. */
export async function readProblemsUntil(page: Page, isComplete: (rows: ProblemRow[]) => boolean, timeoutMs = 30_000): Promise<ProblemRow[]> {
  const deadline = Date.now() + timeoutMs;
  let rows = await readProblems(page);
  while (!isComplete(rows) && Date.now() < deadline) {
    await page.waitForTimeout(250);
    rows = await readProblems(page);
  }
  return rows;
}

async function showProblems(page: Page): Promise<void> {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor();
}

/** The 1-based line number of the first line of a workspace file that contains `text`. */
export function lineOf(workspace: string, relativePath: string, text: string): number {
  const index = readFileSync(path.join(workspace, relativePath), 'utf8').split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in ${relativePath}`);
  return index + 1;
}

/** Places the cursor on the first occurrence of `text` in a line of the open file (1-based). */
export async function placeCursorAt(workbench: Workbench, relativePath: string, text: string, offsetInText = 0): Promise<void> {
  const line = lineOf(workbench.workspace, relativePath, text);
  const lineText = readFileSync(path.join(workbench.workspace, relativePath), 'utf8').split('\n')[line - 1];
  await goToPosition(workbench.page, line, lineText.indexOf(text) + 1 + offsetInText);
}

export function readWorkspaceFile(workbench: Workbench, relativePath: string): string {
  return readFileSync(path.join(workbench.workspace, relativePath), 'utf8');
}

/** Squiggles of one severity (error, warning, info) in the visible editor. */
export function squiggles(page: Page, severity: 'error' | 'warning' | 'info'): Locator {
  return page.locator(`.editor-instance .monaco-editor .squiggly-${severity}`);
}

/**
 * Waits until a squiggle of the severity lies under `word` in the editor: a squiggle anywhere else (an older
 * problem of the file) does not count, and a request made before the server re-checked would find nothing.
 */
export async function waitForSquiggleUnder(page: Page, severity: 'error' | 'warning' | 'info', word: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(([kind, text]) => {
    const squiggleBoxes = [...document.querySelectorAll(`.editor-instance .monaco-editor .squiggly-${kind}`)].map(squiggle => squiggle.getBoundingClientRect());
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const word = range.getBoundingClientRect();
        if (squiggleBoxes.some(box => box.left < word.right && box.right > word.left && box.top < word.bottom && box.bottom > word.top)) return true;
      }
    }
    return false;
  }, [severity, word] as const, { timeout });
}

export async function saveActiveEditor(page: Page): Promise<void> {
  const dirtyTab = page.locator('.tabs-container .tab.active.dirty');
  await dirtyTab.waitFor();
  await page.keyboard.press('Control+S');
  await dirtyTab.waitFor({ state: 'detached' });
}
