import { URI, Utils } from 'vscode-uri';

/** A folder's URI in one spelling (re-serialised, no trailing slash), so folders compare as strings. */
export function folderKey(uri: string): string {
  const parsed = URI.parse(uri);
  const trimmed = parsed.path.length > 1 ? parsed.path.replace(/\/+$/, '') : parsed.path;
  return parsed.with({ path: trimmed || '/' }).toString();
}

/**
 * The path of `uri` relative to `folderUri` with `/` separators ('' for the folder itself), or undefined
 * when it lies elsewhere (another folder, scheme or authority).
 */
export function relativePath(folderUri: string, uri: string): string | undefined {
  const folder = URI.parse(folderUri);
  const file = URI.parse(uri);
  if (folder.scheme !== file.scheme || folder.authority !== file.authority) return undefined;
  const base = folder.path.replace(/\/+$/, '');
  if (file.path === base) return '';
  return file.path.startsWith(`${base}/`) ? file.path.slice(base.length + 1) : undefined;
}

export function joinUri(folderUri: string, ...segments: string[]): string {
  return Utils.joinPath(URI.parse(folderUri), ...segments).toString();
}

export function baseName(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

/** A URI as people read it in logs and messages: the path for a local file, else the URI. */
export function displayUri(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : uri;
}
