import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { DesignDocument } from './document';
import type { Finding } from './types';

const NEXT_LINE_COMMENT = /^[ \t]*#[ \t]*idstudio-disable-next-line\b(.*)$/;
const BODY_COMMENT = /^<!--\s*idstudio-disable\b([\s\S]*?)-->$/;
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Codes listed after a directive; an empty list means every rule. */
function codesOf(rest: string): string[] {
  return rest.split(/[\s,]+/).filter(Boolean);
}

interface Suppressions { lines: Map<number, string[]>; file: string[][] }

/**
 * Reads `# idstudio-disable-next-line CODE` in the front matter and `<!-- idstudio-disable CODE -->` in the
 * body. The body is parsed with remark only when it mentions a directive, so a comment inside a code block
 * does not count and documents without directives cost nothing.
 */
export function suppressionsOf(document: DesignDocument): Suppressions {
  const suppressions: Suppressions = { lines: new Map(), file: [] };
  const { text, frontMatter, lines } = document;
  if (!text.includes('idstudio-disable')) return suppressions;
  if (frontMatter) {
    const first = lines.positionAt(frontMatter.start).line;
    const last = lines.positionAt(frontMatter.end).line;
    for (let line = first; line < last; line++) {
      const span = lines.lineSpan(line);
      const match = NEXT_LINE_COMMENT.exec(text.slice(span.start, span.end));
      if (match) suppressions.lines.set(line + 1, codesOf(match[1]));
    }
  }
  const bodyStart = frontMatter ? frontMatter.end : 0;
  if (text.indexOf('idstudio-disable', bodyStart) !== -1) {
    const tree = markdown.parse(text);
    for (const node of tree.children) {
      const match = node.type === 'html' ? BODY_COMMENT.exec(node.value.trim()) : null;
      if (match) suppressions.file.push(codesOf(match[1]));
    }
  }
  return suppressions;
}

export function applySuppressions(document: DesignDocument, findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  const { lines, file } = suppressionsOf(document);
  const covers = (codes: string[] | undefined, code: string) => codes !== undefined && (codes.length === 0 || codes.includes(code));
  return findings.filter(finding =>
    !covers(lines.get(finding.range.start.line), finding.code) && !file.some(codes => covers(codes, finding.code)));
}
