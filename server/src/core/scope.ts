/**
 * Which files can be design documents and which design each belongs to (contract v2, "Designs and design
 * roots"). Folders and files are named by URI strings (`file:///a/b`, `vscode-vfs://github/o/r/docs`),
 * folders without a trailing slash, so the editor, the CLI and a browser host share one answer.
 */
import { distance } from 'fastest-levenshtein';
import pluralize from 'pluralize';
import { STEPS, type Kind } from './kinds';

/**
 * A design candidate is a `.md` file, the extension in any case (`.MD`, `.Md`): the contract says `.md`,
 * and on Windows and macOS `README.MD` and `readme.md` name the same kind of file. `.markdown`, `.mdx`
 * and other Markdown extensions are never design documents, in the CLI, the index, the watcher or an
 * editor that opens them. The one predicate every entry point uses.
 */
export function isDesignCandidate(uriOrPath: string): boolean {
  return /\.md$/i.test(pathOf(uriOrPath));
}

/** A watcher glob (LSP and VS Code syntax) matching exactly the design candidates. */
export const DESIGN_CANDIDATE_GLOB = '**/*.[mM][dD]';

/** The path of a URI or file path, without query or fragment. */
function pathOf(uriOrPath: string): string {
  const end = uriOrPath.search(/[?#]/);
  return end === -1 ? uriOrPath : uriOrPath.slice(0, end);
}

/** The folder holding a file or folder, or undefined at the top of its file system. */
export function parentFolder(uri: string): string | undefined {
  const path = pathOf(uri);
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const parent = path.slice(0, slash);
  // `file://` (authority only) or `c:` is no folder of its own.
  if (parent.endsWith('/') || /^[A-Za-z][\w+.-]*:$/.test(parent)) return undefined;
  return parent;
}

/** Whether `uri` is `folder` itself or lies below it. */
export function isInside(uri: string, folder: string): boolean {
  return uri === folder || uri.startsWith(`${folder}/`);
}

/**
 * The design root of a file: the nearest folder at or above its own that holds `.idstudio.json`;
 * otherwise the innermost fallback root holding it (the workspace folder in the editor, the folder given
 * on the command line); otherwise the file's own folder (a file opened outside every folder).
 */
export function designRootOf(fileUri: string, isConfigFolder: (folder: string) => boolean, fallbackRoots: readonly string[]): string {
  for (let folder = parentFolder(fileUri); folder !== undefined; folder = parentFolder(folder)) {
    if (isConfigFolder(folder)) return folder;
  }
  const fallback = fallbackRoots.filter(root => isInside(fileUri, root)).sort((a, b) => b.length - a.length)[0];
  return fallback ?? parentFolder(fileUri) ?? fileUri;
}

/** A kind's singular and plural, lower-case: "objective" and "objectives", "activity" and "activities". */
const SPELLINGS = new Map<string, Kind>(STEPS.flatMap(({ kind }) =>
  [[pluralize.singular(kind), kind], [pluralize.plural(kind), kind]] as [string, Kind][]));

/**
 * The kind a `type:` value nearly spells, or undefined when it is no near miss: the same word in another
 * case or number (`Objective`, `objectives`, `Learner`), or a small typo (`objectiv`, `assesment`) that
 * keeps the first letter: at most 2 edits for long kinds and 1 for kinds of up to 5 letters, so that other
 * tools' page types (`test`, `tag`, `post`, `docs`, `session`, `person`) never read as a kind.
 */
export function nearKind(value: string): Kind | undefined {
  const word = value.trim().toLowerCase();
  if (!/^[a-z][a-z _-]*$/.test(word)) return undefined;
  const spelled = SPELLINGS.get(word) ?? SPELLINGS.get(pluralize.singular(word));
  if (spelled) return spelled;
  let best: { kind: Kind; edits: number } | undefined;
  for (const [spelling, kind] of SPELLINGS) {
    const allowed = kind.length <= 5 ? 1 : 2;
    if (spelling[0] !== word[0] || Math.abs(spelling.length - word.length) > allowed) continue;
    const edits = distance(word, spelling);
    if (edits <= allowed && (!best || edits < best.edits)) best = { kind, edits };
  }
  return best?.kind;
}

/**
 * Sorts files into designs: the files of each design root (see `designRootOf`), in the order given. Files of
 * one folder share their root, which is looked up once per folder (20,000 files lie in 6,000 folders of the
 * 100,000-item benchmark).
 */
export function groupByDesignRoot(fileUris: readonly string[], configFolders: ReadonlySet<string>, fallbackRoots: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const isConfigFolder = (folder: string) => configFolders.has(folder);
  const rootOfFolder = new Map<string, string>();
  for (const uri of fileUris) {
    const folder = parentFolder(uri) ?? uri;
    let root = rootOfFolder.get(folder);
    if (root === undefined) {
      root = designRootOf(uri, isConfigFolder, fallbackRoots);
      rootOfFolder.set(folder, root);
    }
    const group = groups.get(root);
    if (group) group.push(uri); else groups.set(root, [uri]);
  }
  return groups;
}
