/** Snippet and front matter text handling for templates: pure, so it is unit-tested without VS Code. */

export interface Snippet { prefix: string | string[]; body: string | string[] }

export function bodyOf(snippet: Snippet): string {
  return [snippet.body].flat().join('\n');
}

/** Whether a snippet body is a whole document of the given kind (its front matter says `type: <kind>`). */
export function isDocumentOf(body: string, kind: string): boolean {
  const end = body.indexOf('\n---', 3);
  return body.startsWith('---\n') && end !== -1 && `${body.slice(0, end)}\n`.includes(`\ntype: ${kind}\n`);
}

const PLACEHOLDER = /\$\{(\d+):([^${}]*)\}|\$\{(\d+)\|([^|]*)\|\}/g;
const TAB_STOP = /\$(\d+)|\$\{(\d+)\}/g;

/** The text a snippet inserts when every tab stop keeps its default: first choice, mirrors copy, `$0` empty. */
export function withDefaults(snippet: string): string {
  const defaults = new Map<string, string>();
  const filled = snippet.replace(PLACEHOLDER, (_, stop?: string, value?: string, choiceStop?: string, choices?: string) => {
    const text = value ?? choices!.split(',')[0];
    defaults.set(stop ?? choiceStop!, text);
    return text;
  });
  return filled.replace(TAB_STOP, (_, bare?: string, braced?: string) => defaults.get(bare ?? braced!) ?? '');
}

/** Where one more entry goes in a document's `items:` block list, and with which indentation. */
export function itemsListEnd(text: string): { line: number; indent: string } | undefined {
  const lines = text.split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  const start = lines.findIndex((line, index) => index < close && /^items:\s*(#.*)?$/.test(line));
  if (close === -1 || start === -1) return undefined;
  let end = start + 1;
  let indent: string | undefined;
  for (let index = start + 1; index < close; index++) {
    const line = lines[index];
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^[\s-]/.test(line)) break;
    indent ??= /^(\s*)- /.exec(line)?.[1];
    end = index + 1;
  }
  return indent === undefined ? undefined : { line: end, indent };
}

/** An item snippet indented to sit in a list whose dashes are at `indent`, ending with a line break. */
export function indentItem(body: string, indent: string): string {
  return `${body.split('\n').map(line => indent + line).join('\n')}\n`;
}

/** An id a template defines with a default (`id: ${1:T-1}`, `- id: ${1:SK-2}`). */
const DEFINED_ID = /^[ \t]*(?:- )?id: \$\{\d+:([A-Za-z][A-Za-z0-9_.-]*)\}/gm;

/**
 * Templates whose defined ids never clash with `taken` (the design's ids) nor with each other: a clashing
 * id is renumbered to the next free one of its prefix (`OBJ-1` → `OBJ-3`), and every mention of it in the
 * templates follows, so templates created together still link up (`skills: [SK-1]` → `[SK-2]`).
 */
export function withFreshIds(templates: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set(taken);
  const renames = new Map<string, string>();
  for (const template of templates) {
    for (const [, id] of template.matchAll(DEFINED_ID)) {
      if (renames.has(id)) continue;
      const fresh = used.has(id) ? nextFree(id, used) : id;
      used.add(fresh);
      if (fresh !== id) renames.set(id, fresh);
    }
  }
  if (renames.size === 0) return [...templates];
  const mention = new RegExp(`(?<![A-Za-z0-9_.-])(?:${[...renames.keys()].map(id => id.replace(/[.]/g, '\\.')).join('|')})(?![A-Za-z0-9_.-])`, 'g');
  return templates.map(template => template.replace(mention, id => renames.get(id)!));
}

function nextFree(id: string, used: ReadonlySet<string>): string {
  const prefix = id.replace(/-?\d+$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
