import picomatch from 'picomatch';
import { DEFAULT_IGNORES, locateFrontMatter } from '../core';
import type { DocumentRead, IgnoreMatcher } from './host';

/** Files larger than this are not parsed (a design document is a few KB). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** How much of a file is enough to tell binary from text, and whether a huge file claims to be a design. */
export const HEAD_BYTES = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Builds a matcher for ignore globs relative to a folder (plus node_modules and .git, always). */
export function ignoreMatcher(ignore: readonly string[]): IgnoreMatcher {
  const matchers = [...DEFAULT_IGNORES, ...ignore].map(glob => picomatch(glob, { dot: true }));
  return relativePath => matchers.some(match => match(relativePath) || match(`${relativePath}/`));
}

/**
 * Whether a path (relative to a folder, `/` separators) lies in an ignored folder or is ignored itself:
 * what a walk that skips ignored folders would leave out, for hosts that list all files at once.
 */
export function isIgnoredPath(relativePath: string, ignored: IgnoreMatcher): boolean {
  const parts = relativePath.split('/');
  return parts.some((_, index) => ignored(parts.slice(0, index + 1).join('/')));
}

/**
 * Decodes a file's bytes as UTF-8 text, or explains why it cannot be checked. `bytes` may be only the
 * first HEAD_BYTES of a file over the size limit. A huge file that does not claim to be a design document
 * reads as empty text (it gets no findings).
 */
export function decodeDesignText(bytes: Uint8Array, size = bytes.length): DocumentRead {
  if (size > MAX_FILE_BYTES) {
    const head = new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES));
    const located = locateFrontMatter(head);
    if (located === undefined || !/^type[ \t]*:/m.test(head)) return { text: '' };
    return { skipped: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for design documents.` };
  }
  if (bytes.subarray(0, HEAD_BYTES).includes(0)) return { skipped: 'the file contains NUL bytes: it looks binary, not Markdown text.' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { skipped: 'the file is not valid UTF-8 text: save it with UTF-8 encoding.' };
  }
}
