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

/**
 * Ids in the order of a spelling (lower-cased, or lower-cased and reversed), updated as ids come and go.
 * Only the ids are kept (spellings are made again when needed): a design of 100,000 items has that many.
 */
class SortedIds {
  private readonly ids: string[];

  constructor(private readonly spell: (id: string) => string, ids: readonly string[]) {
    this.ids = ids.map(id => [spell(id), id]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, id]) => id);
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: string): void {
    this.ids.splice(this.positionOf(this.spell(id)), 0, id);
  }

  delete(id: string): void {
    const spelling = this.spell(id);
    for (let index = this.positionOf(spelling); index < this.ids.length && this.spell(this.ids[index]) === spelling; index++) {
      if (this.ids[index] === id) {
        this.ids.splice(index, 1);
        return;
      }
    }
  }

  /** Up to `count` ids on each side of where `word` would sort. */
  around(word: string, count: number): string[] {
    const position = this.positionOf(this.spell(word));
    return this.ids.slice(Math.max(0, position - count), position + count);
  }

  all(): readonly string[] {
    return this.ids;
  }

  /** The first index whose spelling does not sort before `key` (binary search). */
  private positionOf(key: string): number {
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.spell(this.ids[middle]) < key) low = middle + 1; else high = middle;
    }
    return low;
  }
}

const lowerCase = (id: string): string => id.toLowerCase();
/** Reversed by code point, so that a character outside the BMP stays whole. */
const reversedLowerCase = (id: string): string => {
  const lower = id.toLowerCase();
  let reversed = '';
  for (const char of lower) reversed = char + reversed;
  return reversed;
};

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
    this.alphabetical = new SortedIds(lowerCase, listed);
    this.byEnding = new SortedIds(reversedLowerCase, listed);
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
