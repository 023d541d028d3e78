import { codesOf } from './directives';
import type { DesignDocument } from './document';
import type { Finding } from './types';

const NEXT_LINE_COMMENT = /^[ \t]*#[ \t]*idstudio-disable-next-line\b(.*)$/;

interface Suppressions { lines: Map<number, string[]>; file: string[][] }

/** Reads `# idstudio-disable-next-line CODE` in the front matter, with the body's directives read at parse time. */
export function suppressionsOf(document: DesignDocument): Suppressions {
  const suppressions: Suppressions = { lines: new Map(), file: document.bodySuppressions };
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
  return suppressions;
}

export function applySuppressions(document: DesignDocument, findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  const { lines, file } = suppressionsOf(document);
  const covers = (codes: string[] | undefined, code: string) => codes !== undefined && (codes.length === 0 || codes.includes(code));
  return findings.filter(finding =>
    !covers(lines.get(finding.range.start.line), finding.code) && !file.some(codes => covers(codes, finding.code)));
}
