/** Shared value types of the analysis core. Positions are 0-based, characters in UTF-16 code units (as LSP). */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Rule-specific facts a quick fix can use (suggested verbs, closest ids...). */
  data?: Record<string, unknown>;
  /** Other places the finding is about (the assessments of a mismatch...), shown under it. */
  related?: RelatedLocation[];
}

/** A place in another (or the same) document that a finding points to. */
export interface RelatedLocation { uri: string; range: Range; message: string }

/** A span of the document text, as offsets [start, end). */
export interface Span { start: number; end: number }
