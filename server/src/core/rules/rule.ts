import type { DesignDocument, Item, ParseProblem, Reference } from '../document';
import type { Kind } from '../kinds';
import type { MethodClassifier } from '../methods';
import type { ObjectiveVocabulary } from '../objective-vocabulary';
import type { RelatedLocation, Severity, Span } from '../types';
import type { Vocabulary } from '../vocabulary';

/** What a rule may know of the rest of the design: definitions and referrers of ids, nothing else. */
export interface DesignView {
  definitionsOf(id: string): readonly Item[];
  referrersOf(id: string): readonly Reference[];
  idsOfKind(kind: Kind): Iterable<string>;
  /** Whether the design has at least one design document of this kind (a step has been started). */
  hasDocumentOf(kind: Kind): boolean;
  /** The ids of a kind nearest to a word that names none (see `NearMissIndex`), nearest first. */
  closestIds(word: string, kind: Kind): string[];
  /** Whether a document whose front matter is broken seems to define the id (see DesignDocument.unreadIds). */
  isUnread(id: string): boolean;
}

export interface RuleContext {
  document: DesignDocument;
  design: DesignView;
  /** The verb lists of this design's configuration, with which objective statements are read. */
  measurability: ObjectiveVocabulary;
  vocabulary: Vocabulary;
  methods: MethodClassifier;
  report(span: Span, message: string, data?: Record<string, unknown>, related?: RelatedLocation[]): void;
}

export interface Rule {
  code: string;
  defaultSeverity: Severity;
  /**
   * `document` rules read only their own document, so their findings are cached until it changes;
   * `design` rules also read other documents' ids and are re-run whenever those change.
   */
  scope: 'document' | 'design';
  /** One sentence for documentation, hovers and SARIF. */
  description: string;
  check(context: RuleContext): void;
}

export function itemsOf(document: DesignDocument, kind: Kind): Item[] {
  return document.kind === kind ? document.items : [];
}

export function referencesIn(item: Item, field: string): Reference[] {
  return item.references.filter(reference => reference.field === field);
}

/** Whether any item of the given kinds references this item through `field`. */
export function isReferencedBy(design: DesignView, item: Item, kinds: readonly Kind[], field: string): boolean {
  if (item.id === undefined) return false;
  return design.referrersOf(item.id).some(reference => reference.field === field && kinds.includes(reference.item.kind));
}

/** A rule that reports what the parser already found (syntax errors, unknown types, skipped files). */
export function parseProblemRule(code: ParseProblem['code'], defaultSeverity: Severity, description: string): Rule {
  return {
    code, defaultSeverity, description, scope: 'document',
    check({ document, report }) {
      for (const problem of document.problems) if (problem.code === code) report(problem.span, problem.message, problem.data);
    },
  };
}

/** A rule that flags items of a kind lacking any reference in one of their fields. */
export function missingLinkRule(code: string, kind: Kind, field: string, message: string, description: string): Rule {
  return {
    code, defaultSeverity: 'warning', description, scope: 'document',
    check({ document, report }) {
      for (const item of itemsOf(document, kind)) {
        if (referencesIn(item, field).length === 0) report(item.anchor, message.replace('{item}', itemLabel(item)), { id: item.id });
      }
    },
  };
}

/** A rule that flags items of a kind no other item references through `field`. */
export function unreferencedRule(code: string, kind: Kind, referrers: readonly Kind[], field: string,
  message: string, description: string): Rule {
  return {
    code, defaultSeverity: 'warning', description, scope: 'design',
    check({ document, design, report }) {
      for (const item of itemsOf(document, kind)) {
        if (item.id !== undefined && !isReferencedBy(design, item, referrers, field)) {
          report(item.anchor, message.replace('{id}', `"${item.id}"`), { id: item.id });
        }
      }
    },
  };
}

/** An item as related information of a finding: its anchor (the id) in its own document. */
/** Items in file order, then by position: what a message names must not depend on the order files were read or edited in. */
export function inFileOrder(items: readonly Item[]): Item[] {
  return [...items].sort((a, b) => a.document.uri.localeCompare(b.document.uri) || a.anchor.start - b.anchor.start);
}

export function relatedItem(item: Item, message: string): RelatedLocation {
  return { uri: item.document.uri, range: item.document.lines.rangeOf(item.anchor), message };
}

/** "Objective `OBJ-1`", or "This objective" for an item without an id. */
export function itemLabel(item: Item): string {
  if (item.id === undefined) return `This ${item.kind}`;
  return `${item.kind.charAt(0).toUpperCase()}${item.kind.slice(1)} "${item.id}"`;
}
