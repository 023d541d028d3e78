import { distance } from 'fastest-levenshtein';

/** How far a candidate may be from `target` (lower-cased) to count as a near miss. */
function maxDistanceFor(target: string): number {
  return Math.max(2, Math.floor(target.length / 2));
}

/** Whether a scored candidate ranks before another: nearer, then first in code-point order. */
function ranksBefore(candidate: string, score: number, other: string, otherScore: number): boolean {
  return score < otherScore || (score === otherScore && candidate < other);
}

/**
 * Up to `limit` candidates closest to `word` by edit distance (case-insensitive), nearest first, then in
 * code-point order. The best are kept as they come rather than all sorted: ids on one template are nearly
 * all within the distance allowed, and only `limit` of them are wanted.
 */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = word.toLowerCase();
  const maxDistance = maxDistanceFor(target);
  const best: string[] = [];
  const scores: number[] = [];
  for (const candidate of candidates) {
    // The length difference bounds the distance from below: skip what cannot be close.
    if (Math.abs(candidate.length - target.length) > maxDistance) continue;
    const score = distance(target, candidate.toLowerCase());
    if (score > maxDistance || best.includes(candidate)) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(candidate, score, best[at - 1], scores[at - 1])) at--;
    if (at >= limit) continue;
    best.splice(at, 0, candidate);
    scores.splice(at, 0, score);
    if (best.length > limit) {
      best.pop();
      scores.pop();
    }
  }
  return best;
}

/** Compares two lower-cased ids. */
type Order = (a: string, b: string) => number;

/** Alphabetical order. */
const alphabetical: Order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of the reversed spellings, read from the end without making them. */
const byEnding: Order = (a, b) => {
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const difference = a.charCodeAt(i) - b.charCodeAt(j);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
};

/**
 * Ids in an order of their lower-cased spelling, updated as ids come and go. Only the ids are kept, and the
 * orders compare spellings in place: a design of 100,000 items has that many ids, and the index of a kind is
 * built while the server indexes (reversed copies of 24,000 ids, and the garbage they left, stalled it for
 * about 80 ms).
 */
class SortedIds {
  private readonly ids: string[];

  constructor(private readonly order: Order, ids: readonly string[]) {
    const lower = ids.map(id => id.toLowerCase());
    const positions = ids.map((_, index) => index).sort((a, b) => order(lower[a], lower[b]));
    this.ids = positions.map(index => ids[index]);
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: string): void {
    this.ids.splice(this.positionOf(id.toLowerCase()), 0, id);
  }

  delete(id: string): void {
    const lower = id.toLowerCase();
    for (let index = this.positionOf(lower); index < this.ids.length && this.order(this.ids[index].toLowerCase(), lower) === 0; index++) {
      if (this.ids[index] === id) {
        this.ids.splice(index, 1);
        return;
      }
    }
  }

  /** Up to `count` ids on each side of where `word` would sort. */
  around(word: string, count: number): string[] {
    const position = this.positionOf(word.toLowerCase());
    return this.ids.slice(Math.max(0, position - count), position + count);
  }

  all(): readonly string[] {
    return this.ids;
  }

  /** The first index whose lower-cased id does not sort before `lower` (binary search). */
  private positionOf(lower: string): number {
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.order(this.ids[middle].toLowerCase(), lower) < 0) low = middle + 1; else high = middle;
    }
    return low;
  }
}

/**
 * The near-miss search over the ids of one kind in a design, bounded so that a full check costs time
 * linear in the number of unknown references, not their product with the number of ids: each search
 * compares the word with at most `MAX_COMPARISONS` ids. Up to that many ids it compares all of them (the
 * answers are exactly `closest`'s); beyond, the ids that sort next to the word, alphabetically and by their
 * reversed spelling: those sharing the longest beginning or ending with it, which is where the intended id
 * sits unless the word is misspelt at both ends.
 *
 * An exact index cannot do better on real ids: ids that follow one template (OBJ-M01-U01-3, ...) are all
 * within a few edits of each other, inside the distance `closest` allows, so a metric tree or an n-gram
 * filter still visits most of them.
 */
export class NearMissIndex {
  static readonly MAX_COMPARISONS = 100;
  private readonly alphabetical: SortedIds;
  private readonly byEnding: SortedIds;

  constructor(ids: Iterable<string>) {
    const listed = [...ids];
    this.alphabetical = new SortedIds(alphabetical, listed);
    this.byEnding = new SortedIds(byEnding, listed);
  }

  add(id: string): void {
    this.alphabetical.add(id);
    this.byEnding.add(id);
  }

  delete(id: string): void {
    this.alphabetical.delete(id);
    this.byEnding.delete(id);
  }

  /** Up to `limit` ids closest to `word` (case-insensitive), nearest first. */
  closest(word: string, limit = 3): string[] {
    if (this.alphabetical.size <= NearMissIndex.MAX_COMPARISONS) return closest(word, this.alphabetical.all(), limit);
    const side = NearMissIndex.MAX_COMPARISONS / 4;
    return closest(word, new Set([...this.alphabetical.around(word, side), ...this.byEnding.around(word, side)]), limit);
  }
}
