import { inFileOrder, relatedItem, type Rule } from './rule';

export const duplicateId: Rule = {
  code: 'duplicate-id',
  defaultSeverity: 'error',
  scope: 'design',
  description: 'Each id is defined once in its design.',
  check({ document, design, report }) {
    for (const item of document.items) {
      if (item.id === undefined || !item.idSpan) continue;
      const others = inFileOrder(design.definitionsOf(item.id).filter(other => other !== item));
      if (others.length > 0) {
        const places = others.map(other => {
          const line = other.document.lines.positionAt(other.anchor.start).line + 1;
          return other.document === document ? `line ${line} of this file` : `${relativePath(document.uri, other.document.uri)}:${line}`;
        });
        report(item.idSpan, `The id "${item.id}" is also defined in ${places.join(', ')}: each id must be unique.`, { id: item.id },
          others.map(other => relatedItem(other, `"${item.id}" is also defined here`)));
      }
    }
  },
};

/** The path of `to` from the folder of `from`, decoded for reading: "skills.md", "../2-design/skills.md". */
function relativePath(from: string, to: string): string {
  const segments = (uri: string) => {
    const path = uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    try {
      return decodeURIComponent(path).split('/');
    } catch {
      return path.split('/');
    }
  };
  const source = segments(from).slice(0, -1);
  const target = segments(to);
  let common = 0;
  while (common < source.length && common < target.length - 1 && source[common] === target[common]) common++;
  return [...source.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}
