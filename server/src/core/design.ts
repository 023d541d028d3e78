import { defaultConfig, type Config } from './config';
import type { DesignDocument, Item, Reference } from './document';
import type { Kind } from './kinds';
import { MethodClassifier } from './methods';
import { ObjectiveVocabulary } from './objective-vocabulary';
import { RULES, type DesignView, type Rule } from './rules';
import { NearMissIndex } from './suggest';
import { hashOf } from './text';
import { applySuppressions } from './suppression';
import type { Finding, RelatedLocation, Severity, SeveritySetting, Span } from './types';
import { Vocabulary } from './vocabulary';

/**
 * The design of one design root: its documents, an index of item ids, and the findings of every
 * design document. Updates are incremental: changing a document re-checks only that document and the
 * documents that define or reference the ids it defines or references (rules see nothing else).
 */
export class Design implements DesignView {
  private readonly documents = new Map<string, DesignDocument>();
  private readonly definitions = new Map<string, Item[]>();
  private readonly referrers = new Map<string, Reference[]>();
  private readonly idsByKind = new Map<Kind, Map<string, number>>();
  /** How many design documents of each kind: rules such as lesson-not-pretested ask whether a step has begun. */
  private readonly documentsByKind = new Map<Kind, number>();
  /** Built for a kind on its first near-miss search, then kept up to date with its ids. */
  private readonly nearMisses = new Map<Kind, NearMissIndex>();
  /** Ids that documents with broken front matter seem to define, with how many such documents. */
  private readonly unread = new Map<string, number>();
  /** Per checked document, its findings and a hash of them, to tell whether they changed. */
  private readonly published = new Map<string, { findings: Finding[]; key: number }>();
  private readonly dirty = new Set<string>();
  /** Whether findings were computed yet: before, every document set is waiting for its first check. */
  private flushedOnce = false;
  private changes = 0;
  /** Kinds whose set of ids changed since the last flush (their dangling references re-suggest). */
  private readonly kindsWithChangedIds = new Set<Kind>();
  /** Findings of document-scope rules, per parsed document: a re-parse is a new object, so a cache miss. */
  private localFindings = new WeakMap<DesignDocument, Finding[]>();
  private config: Config = defaultConfig();
  private objectiveVocabulary = new ObjectiveVocabulary();
  private vocabulary = new Vocabulary();
  private methods = new MethodClassifier();
  /** Whether the design's root holds `.idstudio.json`, which makes it a design even before any document. */
  private declared = false;
  /** Documents whose type is one of the kinds: one is enough to make this a design. */
  private designDocuments = 0;
  /** Documents checked only inside a design (a near-miss type, an unreadable file). */
  private readonly conditional = new Set<string>();

  constructor(config?: Config) {
    if (config) this.setConfig(config);
  }

  setConfig(config: Config): void {
    this.config = config;
    this.objectiveVocabulary = new ObjectiveVocabulary(config.verbs);
    this.vocabulary = new Vocabulary(config.vocabulary);
    this.methods = new MethodClassifier(config.methods);
    this.localFindings = new WeakMap();
    this.changes++;
    for (const uri of this.documents.keys()) this.dirty.add(uri);
  }

  getConfig(): Config {
    return this.config;
  }

  /** The method vocabulary of this design's configuration (for views that classify, like the matrix). */
  get classifiers(): { methods: MethodClassifier } {
    return { methods: this.methods };
  }

  /** Records whether the root holds `.idstudio.json` (contract v2: then it is a design, whatever it holds). */
  setDeclared(declared: boolean): void {
    if (declared === this.declared) return;
    const before = this.isDesign();
    this.declared = declared;
    this.changes++;
    if (before !== this.isDesign()) this.markConditional();
  }

  /** A design exists when its root holds `.idstudio.json` or it has at least one valid design document. */
  isDesign(): boolean {
    return this.declared || this.designDocuments > 0;
  }

  /** Whether a document gets diagnostics: a design document, or a near miss inside a design. */
  private checks(document: DesignDocument): boolean {
    return document.isDesign || (document.onlyInDesign && this.isDesign());
  }

  private markConditional(): void {
    for (const uri of this.conditional) this.dirty.add(uri);
  }

  /** The verb lists of this design's configuration, with which its objective statements are read. */
  get measurability(): ObjectiveVocabulary {
    return this.objectiveVocabulary;
  }

  /** Counts changes (documents set or deleted, configuration), so views can skip rebuilding what did not move. */
  get version(): number {
    return this.changes;
  }

  /** Adds or replaces a document. */
  set(document: DesignDocument): void {
    const previous = this.documents.get(document.uri);
    if (previous) this.unindex(previous);
    this.documents.set(document.uri, document);
    this.count(previous, document);
    this.changes++;
    this.index(document);
    this.markAffected(document.uri, previous, document);
  }

  delete(uri: string): void {
    const previous = this.documents.get(uri);
    if (!previous) return;
    this.unindex(previous);
    this.documents.delete(uri);
    this.count(previous, undefined);
    this.changes++;
    this.markAffected(uri, previous, undefined);
  }

  get(uri: string): DesignDocument | undefined {
    return this.documents.get(uri);
  }

  allDocuments(): IterableIterator<DesignDocument> {
    return this.documents.values();
  }

  definitionsOf(id: string): readonly Item[] {
    return this.definitions.get(id) ?? [];
  }

  referrersOf(id: string): readonly Reference[] {
    return this.referrers.get(id) ?? [];
  }

  idsOfKind(kind: Kind): Iterable<string> {
    return this.idsByKind.get(kind)?.keys() ?? [];
  }

  hasDocumentOf(kind: Kind): boolean {
    return (this.documentsByKind.get(kind) ?? 0) > 0;
  }

  closestIds(word: string, kind: Kind): string[] {
    let index = this.nearMisses.get(kind);
    if (!index) {
      index = new NearMissIndex(this.idsOfKind(kind));
      this.nearMisses.set(kind, index);
    }
    return index.closest(word);
  }

  isUnread(id: string): boolean {
    return this.unread.has(id);
  }

  /** The findings last computed for a document ([] for non-design documents). */
  findingsOf(uri: string): Finding[] {
    return this.published.get(uri)?.findings ?? [];
  }

  /** Whether the document is a design document whose findings have been computed. */
  isChecked(uri: string): boolean {
    return this.published.has(uri);
  }

  /**
   * Re-checks what changed since the last call; returns the documents whose findings changed ([] = cleared).
   * With `stop`, it checks documents until `stop()` says so and leaves the rest for the next call: a caller
   * can then do other work in between (see `pending`).
   */
  flush(stop: () => boolean = () => false): Map<string, Finding[]> {
    this.flushedOnce = true;
    this.markUnresolvedOf(this.kindsWithChangedIds);
    this.kindsWithChangedIds.clear();
    const changed = new Map<string, Finding[]>();
    let checked = 0;
    for (const uri of this.dirty) {
      // At least one document a call, so that a caller looping until nothing is pending gets there.
      if (checked++ > 0 && stop()) break;
      this.dirty.delete(uri);
      const document = this.documents.get(uri);
      const before = this.published.get(uri);
      if (!document || !this.checks(document)) {
        if (before) changed.set(uri, []);
        this.published.delete(uri);
        continue;
      }
      const findings = this.check(document);
      const key = hashOf(JSON.stringify(findings));
      if (before?.key !== key) changed.set(uri, findings);
      this.published.set(uri, { findings, key });
    }
    return changed;
  }

  /** Whether documents are left to check since the last flush. */
  get pending(): boolean {
    return this.dirty.size > 0;
  }

  severityOf(code: string, fallback: Severity): SeveritySetting {
    return this.config.rules[code] ?? fallback;
  }

  /** Findings of the rules that read only this document (cached per parsed document). */
  localFindingsOf(document: DesignDocument): Finding[] {
    let local = this.localFindings.get(document);
    if (!local) {
      local = this.runRules(document, 'document');
      this.localFindings.set(document, local);
    }
    return local;
  }

  private check(document: DesignDocument): Finding[] {
    const findings = [...this.localFindingsOf(document), ...this.runRules(document, 'design')];
    return applySuppressions(document, findings).sort(compareFindings);
  }

  private runRules(document: DesignDocument, scope: Rule['scope']): Finding[] {
    const findings: Finding[] = [];
    for (const rule of RULES) {
      if (rule.scope !== scope) continue;
      const severity = this.severityOf(rule.code, rule.defaultSeverity);
      if (severity === 'off') continue;
      const report = (span: Span, message: string, data?: Record<string, unknown>, related?: RelatedLocation[]) =>
        findings.push({
          code: rule.code, severity, message, range: document.lines.rangeOf(span), ...(data && { data }), ...(related && { related }),
        });
      try {
        rule.check({ document, design: this, measurability: this.objectiveVocabulary, vocabulary: this.vocabulary, methods: this.methods, report });
      } catch (error) {
        report({ start: 0, end: 0 }, `Internal error in rule ${rule.code}: ${(error as Error).message}. Please report it.`);
      }
    }
    return findings;
  }

  /** Keeps the counts that decide whether this is a design, and re-checks near misses when that flips. */
  private count(previous: DesignDocument | undefined, current: DesignDocument | undefined): void {
    const before = this.isDesign();
    this.designDocuments += Number(current?.isDesign ?? false) - Number(previous?.isDesign ?? false);
    if (current?.onlyInDesign) this.conditional.add(current.uri);
    else this.conditional.delete((previous ?? current)!.uri);
    if (before !== this.isDesign()) this.markConditional();
  }

  /** The document itself, and every document whose findings may depend on the ids it touches. */
  private markAffected(uri: string, previous: DesignDocument | undefined, current: DesignDocument | undefined): void {
    this.dirty.add(uri);
    // Until the first flush every document waits for its check anyway: loading a design marks nothing else.
    if (!this.flushedOnce) return;
    const defined = new Set<string>();
    const referenced = new Set<string>();
    for (const document of [previous, current]) {
      for (const id of document?.unreadIds ?? []) defined.add(id);
      for (const item of document?.items ?? []) {
        if (item.id !== undefined) defined.add(item.id);
        for (const reference of item.references) referenced.add(reference.id);
      }
    }
    for (const id of [...defined, ...referenced]) {
      for (const item of this.definitionsOf(id)) this.dirty.add(item.document.uri);
    }
    for (const id of defined) {
      for (const reference of this.referrersOf(id)) {
        this.dirty.add(reference.item.document.uri);
        // An activity's method counts for the objectives of the lessons that list it (activity-without-practice).
        if (reference.item.kind === 'lesson') this.markDefinitionsOf(reference.item.references.map(ref => ref.id));
      }
    }
    for (const kind of kindsWithChangedIds(previous, current)) this.kindsWithChangedIds.add(kind);
    if (this.startedOrEmptiedStep(previous, current)) for (const other of this.documents.keys()) this.dirty.add(other);
  }

  /**
   * Whether a step just got its first design document or lost its last one: design rules may depend on
   * which steps have begun (lesson-not-pretested), so every document is re-checked. It happens once per step.
   */
  private startedOrEmptiedStep(previous: DesignDocument | undefined, current: DesignDocument | undefined): boolean {
    const before = previous?.isDesign ? previous.kind : undefined;
    const after = current?.isDesign ? current.kind : undefined;
    if (before === after) return false;
    return (after !== undefined && this.documentsByKind.get(after) === 1) || (before !== undefined && !this.hasDocumentOf(before));
  }

  private markDefinitionsOf(ids: readonly string[]): void {
    for (const id of ids) for (const item of this.definitionsOf(id)) this.dirty.add(item.document.uri);
  }

  /**
   * References that resolve to no item of their kind suggest the closest ids of that kind, so when ids of
   * a kind come or go they are re-checked too (only on id edits: other edits change no kind's ids).
   */
  private markUnresolvedOf(kinds: ReadonlySet<Kind>): void {
    if (kinds.size === 0) return;
    // One pass per flush, not per set(): loading N files would otherwise scan every reference N times.
    for (const [id, references] of this.referrers) {
      for (const reference of references) {
        if (kinds.has(reference.expected) && !this.definitionsOf(id).some(item => item.kind === reference.expected)) {
          this.dirty.add(reference.item.document.uri);
        }
      }
    }
  }

  private index(document: DesignDocument): void {
    if (document.isDesign && document.kind) this.documentsByKind.set(document.kind, (this.documentsByKind.get(document.kind) ?? 0) + 1);
    for (const id of document.unreadIds) this.unread.set(id, (this.unread.get(id) ?? 0) + 1);
    for (const item of document.items) {
      if (item.id !== undefined) {
        push(this.definitions, item.id, item);
        const ids = this.idsByKind.get(item.kind) ?? new Map<string, number>();
        const count = (ids.get(item.id) ?? 0) + 1;
        ids.set(item.id, count);
        this.idsByKind.set(item.kind, ids);
        if (count === 1) this.nearMisses.get(item.kind)?.add(item.id);
      }
      for (const reference of item.references) push(this.referrers, reference.id, reference);
    }
  }

  private unindex(document: DesignDocument): void {
    if (document.isDesign && document.kind) this.documentsByKind.set(document.kind, this.documentsByKind.get(document.kind)! - 1);
    for (const id of document.unreadIds) {
      const count = this.unread.get(id)! - 1;
      if (count > 0) this.unread.set(id, count); else this.unread.delete(id);
    }
    for (const item of document.items) {
      if (item.id !== undefined) {
        pull(this.definitions, item.id, entry => entry.document === document);
        const ids = this.idsByKind.get(item.kind)!;
        const count = ids.get(item.id)! - 1;
        if (count > 0) ids.set(item.id, count); else ids.delete(item.id);
        if (count === 0) this.nearMisses.get(item.kind)?.delete(item.id);
      }
      for (const reference of item.references) {
        pull(this.referrers, reference.id, entry => entry.item.document === document);
      }
    }
  }
}

/** The kinds whose set of ids differs between two versions of a document. */
function kindsWithChangedIds(previous: DesignDocument | undefined, current: DesignDocument | undefined): Set<Kind> {
  const idsOf = (document: DesignDocument | undefined) =>
    new Set((document?.items ?? []).filter(item => item.id !== undefined).map(item => `${item.kind}:${item.id}`));
  const before = idsOf(previous);
  const after = idsOf(current);
  const kinds = new Set<Kind>();
  for (const item of [...(previous?.items ?? []), ...(current?.items ?? [])]) {
    const key = `${item.kind}:${item.id}`;
    if (item.id !== undefined && before.has(key) !== after.has(key)) kinds.add(item.kind);
  }
  return kinds;
}

/**
 * Adds to the list of a key. Short lists are copied at their new length rather than grown: a list grown by
 * `push` keeps room for about 16 more, and a design of 100,000 items holds a list for each id defined and
 * each id referenced, nearly all of one or a few entries.
 */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.length < 16) map.set(key, [...list, value]);
  else list.push(value);
}

function pull<T>(map: Map<string, T[]>, key: string, belongs: (value: T) => boolean): void {
  const list = map.get(key);
  if (!list) return;
  const kept = list.filter(value => !belongs(value));
  if (kept.length) map.set(key, kept); else map.delete(key);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
    || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}
