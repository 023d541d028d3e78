import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import {
  CONFIG_FILE_NAME, DEFAULT_IGNORES, RULE_CODES, defaultConfig, locateFrontMatter, parseDocument, readConfig,
  skippedDocument, type ConfigResult, type DesignDocument,
} from '../core';

/** Files larger than this are not parsed (a design document is a few KB). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Builds a matcher for ignore globs relative to a folder (plus node_modules and .git, always). */
export function ignoreMatcher(ignore: readonly string[]): (relativePath: string) => boolean {
  const matchers = [...DEFAULT_IGNORES, ...ignore].map(glob => picomatch(glob, { dot: true }));
  return relativePath => matchers.some(match => match(relativePath) || match(`${relativePath}/`));
}

/**
 * Lists the Markdown files below a folder. Directory symlinks are not followed (so symlink loops cannot
 * hang the walk); unreadable folders are reported through `onError` and skipped.
 */
export async function listMarkdownFiles(root: string, ignored: (relativePath: string) => boolean,
  onError: (message: string) => void = () => undefined): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length) {
    const folder = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      onError(`cannot read folder ${folder}: ${(error as Error).message}`);
      continue;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      if (ignored(relative)) continue;
      if (entry.isDirectory()) pending.push(full);
      else if (/\.md$/i.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) found.push(full);
    }
  }
  return found.sort();
}

/** Decodes a file's bytes as UTF-8 text, or explains why it cannot be checked. */
export function decodeDesignText(bytes: Uint8Array, size = bytes.length): { text: string } | { skipped: string } | undefined {
  if (size > MAX_FILE_BYTES) {
    const head = new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES));
    // A huge file is reported only when it claims to be a design document.
    const located = locateFrontMatter(head);
    if (located === undefined || !/^type[ \t]*:/m.test(head)) return undefined;
    return { skipped: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for design documents.` };
  }
  if (bytes.subarray(0, HEAD_BYTES).includes(0)) return { skipped: 'the file contains NUL bytes: it looks binary, not Markdown text.' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { skipped: 'the file is not valid UTF-8 text: save it with UTF-8 encoding.' };
  }
}

/**
 * Reads and parses one Markdown file; I/O errors are reported through `onError` and give undefined.
 * Reads are synchronous on purpose: for small files in the page cache they cost a tenth of the async
 * open/stat/read/close round trips through the thread pool.
 */
export function loadDocument(file: string, uri: string, onError: (message: string) => void): DesignDocument | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const { size } = fstatSync(descriptor);
    const length = Math.min(size, size > MAX_FILE_BYTES ? HEAD_BYTES : size);
    const buffer = Buffer.allocUnsafe(length);
    const bytesRead = length ? readSync(descriptor, buffer, 0, length, 0) : 0;
    const decoded = decodeDesignText(buffer.subarray(0, bytesRead), size);
    if (decoded === undefined) return parseDocument(uri, '');
    return 'text' in decoded ? parseDocument(uri, decoded.text) : skippedDocument(uri, decoded.skipped);
  } catch (error) {
    onError(`cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

export interface LoadedConfig extends ConfigResult { file: string; exists: boolean }

/** Reads `.idstudio.json` of a folder; a malformed file yields errors (and defaults), never an exception. */
export async function loadConfig(folder: string): Promise<LoadedConfig> {
  const file = path.join(folder, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { file, exists: !missing, config: defaultConfig(), errors: missing ? [] : [`cannot read: ${(error as Error).message}`] };
  }
  try {
    return { file, exists: true, ...readConfig(JSON.parse(text), RULE_CODES) };
  } catch (error) {
    return { file, exists: true, config: defaultConfig(), errors: [`not valid JSON: ${(error as Error).message}`] };
  }
}
