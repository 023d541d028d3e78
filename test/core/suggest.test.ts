import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Design, parseDocument } from '../../server/src/core';
import { NearMissIndex, closest } from '../../server/src/core/suggest';

/** Ids on one template, as a large curriculum numbers them: OBJ-M01-U01-1 ... */
function templatedIds(modules: number, units: number, perUnit: number, prefix = 'OBJ'): string[] {
  const ids: string[] = [];
  const two = (n: number) => String(n).padStart(2, '0');
  for (let m = 1; m <= modules; m++) for (let u = 1; u <= units; u++) for (let n = 1; n <= perUnit; n++) ids.push(`${prefix}-M${two(m)}-U${two(u)}-${n}`);
  return ids;
}

describe('near-miss search (NearMissIndex)', () => {
  it('answers exactly as closest() while a kind has at most MAX_COMPARISONS ids', () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[A-Za-z]{1,3}-[A-Za-z0-9]{1,6}$/), { maxLength: 60 });
    fc.assert(fc.property(ids, fc.stringMatching(/^[A-Za-z0-9-]{0,10}$/), (candidates, word) => {
      assert.deepEqual(new NearMissIndex(candidates).closest(word), closest(word, candidates));
    }));
  });

  it('follows ids as they are added and deleted, case-insensitively', () => {
    const index = new NearMissIndex(['OBJ-PPE-1', 'OBJ-PPE-2']);
    assert.deepEqual(index.closest('obj-ppe-3'), ['OBJ-PPE-1', 'OBJ-PPE-2']);
    index.add('OBJ-PPE-3');
    assert.deepEqual(index.closest('obj-ppe-3'), ['OBJ-PPE-3', 'OBJ-PPE-1', 'OBJ-PPE-2']);
    index.delete('OBJ-PPE-1');
    index.delete('OBJ-PPE-9'); // never there: nothing happens
    assert.deepEqual(index.closest('obj-ppe-3'), ['OBJ-PPE-3', 'OBJ-PPE-2']);
    assert.deepEqual(index.closest('completely-unrelated'), []);
  });

  it('in a kind with many templated ids, finds the misspelt id whether the typo is at the start, middle or end', () => {
    const ids = templatedIds(40, 12, 10);
    assert.ok(ids.length > 4 * NearMissIndex.MAX_COMPARISONS);
    const index = new NearMissIndex(ids);
    for (const [word, intended] of [
      ['OBJ-MISSING-M17-U05-7', 'OBJ-M17-U05-7'], ['OB-M23-U11-4', 'OBJ-M23-U11-4'], ['OBJ-M31-U07-', 'OBJ-M31-U07-1'],
      ['obj-m02-u09-10x', 'OBJ-M02-U09-10'], ['XBJ-M39-U12-3', 'OBJ-M39-U12-3'],
    ]) {
      assert.equal(index.closest(word)[0], intended, word);
    }
  });

  it('in a large kind, suggests only ids within the distance closest() allows, and never a deleted one', () => {
    const ids = templatedIds(30, 10, 10, 'SK');
    const index = new NearMissIndex(ids);
    index.delete('SK-M12-U04-5');
    const suggestions = index.closest('SK-M12-U04-5x');
    assert.equal(suggestions.length, 3);
    assert.ok(!suggestions.includes('SK-M12-U04-5'));
    for (const id of suggestions) assert.deepEqual(closest('SK-M12-U04-5x', [id]), [id]);
    index.add('SK-M12-U04-5');
    assert.equal(index.closest('SK-M12-U04-5x')[0], 'SK-M12-U04-5');
    assert.deepEqual(index.closest('nothing-like-them-at-all'), []);
  });
});

describe('Design.closestIds', () => {
  const objective = (id: string) => `---\ntype: objective\nid: ${id}\nstatement: The nurse will list the steps.\n---\n`;

  it('suggests ids of the kind asked for, and follows documents set and deleted after its first search', () => {
    const design = new Design();
    design.set(parseDocument('a.md', objective('OBJ-HH-1')));
    design.set(parseDocument('skills.md', '---\ntype: skill\nid: OBJ-HH-3\ntitle: A skill named like an objective\n---\n'));
    assert.deepEqual(design.closestIds('OBJ-HH-2', 'objective'), ['OBJ-HH-1']);
    design.set(parseDocument('b.md', objective('OBJ-HH-4')));
    assert.deepEqual(design.closestIds('OBJ-HH-2', 'objective'), ['OBJ-HH-1', 'OBJ-HH-4']);
    design.set(parseDocument('c.md', objective('OBJ-HH-1'))); // a duplicate: deleting one copy keeps the id
    design.delete('a.md');
    assert.deepEqual(design.closestIds('OBJ-HH-2', 'objective'), ['OBJ-HH-1', 'OBJ-HH-4']);
    design.delete('c.md');
    assert.deepEqual(design.closestIds('OBJ-HH-2', 'objective'), ['OBJ-HH-4']);
  });
});

describe('closest', () => {
  /** The ranking spelt out: every candidate within the distance, sorted by distance then code point. */
  function byFullSort(word: string, candidates: readonly string[], limit: number): string[] {
    const target = word.toLowerCase();
    const allowed = Math.max(2, Math.floor(target.length / 2));
    const scored = [...new Set(candidates)].map(candidate => [candidate, levenshtein(target, candidate.toLowerCase())] as const)
      .filter(([, score]) => score <= allowed);
    return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit).map(([candidate]) => candidate);
  }

  function levenshtein(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = row;
    }
    return previous[b.length];
  }

  it('keeps the nearest candidates in code-point order among equals, whatever order and repeats they come in', () => {
    const candidates = fc.array(fc.stringMatching(/^[A-Ca-c]{0,2}-?[0-9]{0,2}$/), { maxLength: 40 });
    fc.assert(fc.property(candidates, fc.stringMatching(/^[A-Ca-c0-9-]{0,5}$/), fc.integer({ min: 0, max: 6 }), (list, word, limit) => {
      assert.deepEqual(closest(word, list, limit), byFullSort(word, list, limit));
    }), { numRuns: 500 });
  });
});

describe('near-miss search bounds', () => {
  it('keeps a candidate exactly at the allowed distance, an insertion or a substitution', () => {
    assert.deepEqual(closest('ab', ['abcd', 'abcde', 'xy', 'xyz']), ['abcd', 'xy']);
    assert.deepEqual(closest('OBJ-12', ['obj-1', 'OBJ-1234', 'OBJ-123456', 'SK-12'], 5), ['obj-1', 'OBJ-1234', 'SK-12']);
  });

  it('sorts ids given in any order, so a large kind finds its misspelt ids', () => {
    // A fixed shuffle (a multiplicative step through the list) of ids that would otherwise come sorted.
    const sorted = templatedIds(20, 12, 10);
    const shuffled = sorted.map((_, index) => sorted[(index * 7919) % sorted.length]);
    assert.equal(new Set(shuffled).size, sorted.length);
    const index = new NearMissIndex(shuffled);
    for (const [word, intended] of [
      ['OBJ-M17-U05-7x', 'OBJ-M17-U05-7'], ['OB-M03-U11-4', 'OBJ-M03-U11-4'], ['OBJ-M11-U07-', 'OBJ-M11-U07-1'], ['XBJ-M19-U12-3', 'OBJ-M19-U12-3'],
    ]) {
      assert.equal(index.closest(word)[0], intended, word);
    }
  });

  it('compares every id of a kind of at most MAX_COMPARISONS, only the neighbours of the word in a larger one', () => {
    // Misspelt at both ends: neither the alphabetical nor the reversed neighbours of the word hold the intended id.
    const word = 'XBJ-M01-U05-2x';
    const small = templatedIds(1, 10, 10);
    assert.equal(small.length, NearMissIndex.MAX_COMPARISONS);
    assert.equal(new NearMissIndex(small).closest(word)[0], 'OBJ-M01-U05-2');
    // Here the intended id sorts a few hundred places from the word: beyond the neighbours compared.
    const large = templatedIds(40, 12, 10);
    assert.equal(closest('XBJ-M39-U05-2x', large)[0], 'OBJ-M39-U05-2');
    const suggestions = new NearMissIndex(large).closest('XBJ-M39-U05-2x');
    assert.equal(suggestions.length, 3);
    assert.ok(!suggestions.includes('OBJ-M39-U05-2'), suggestions.join());
  });

  it('deletes the very id asked for among ids spelt alike in another case', () => {
    const index = new NearMissIndex(['OBJ-HH-1', 'obj-hh-1', 'Obj-Hh-1']);
    index.delete('obj-hh-1');
    assert.deepEqual(index.closest('obj-hh-1'), ['OBJ-HH-1', 'Obj-Hh-1']);
    index.delete('Obj-Hh-1');
    assert.deepEqual(index.closest('obj-hh-1'), ['OBJ-HH-1']);
  });
});
