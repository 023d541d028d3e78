import { distance } from 'fastest-levenshtein';

/** Up to `limit` candidates closest to `word` by edit distance (case-insensitive), nearest first. */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = word.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(target.length / 2));
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    // The length difference bounds the distance from below: skip what cannot be close.
    if (Math.abs(candidate.length - target.length) > maxDistance) continue;
    const score = distance(target, candidate.toLowerCase());
    if (score <= maxDistance) scored.push([candidate, score]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([candidate]) => candidate);
}
