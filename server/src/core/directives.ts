import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const BODY_COMMENT = /^<!--\s*idstudio-disable\b([\s\S]*?)-->$/;
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Codes listed after a directive; an empty list means every rule. */
export function codesOf(rest: string): string[] {
  return rest.split(/[\s,]+/).filter(Boolean);
}

/**
 * The codes of each `<!-- idstudio-disable CODE -->` comment in the body of a whole document text (the body
 * starts at `bodyStart`). Read when the document is parsed, since a parsed document keeps no body. The text
 * is parsed with remark only when the body mentions a directive, so a comment inside a code block does not
 * count and documents without directives cost nothing.
 */
export function bodySuppressionsOf(text: string, bodyStart: number): string[][] {
  if (text.indexOf('idstudio-disable', bodyStart) === -1) return [];
  const file: string[][] = [];
  for (const node of markdown.parse(text).children) {
    const match = node.type === 'html' ? BODY_COMMENT.exec(node.value.trim()) : null;
    if (match) file.push(codesOf(match[1]));
  }
  return file;
}
