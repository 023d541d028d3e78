import assert from 'node:assert/strict';
import fc from 'fast-check';
import { designRootOf, groupByDesignRoot, isDesignCandidate, isInside, nearKind, parentFolder } from '../../server/src/core/scope';

describe('scope: design candidates and design roots', () => {
  it('takes .md files in any case as candidates, whatever the query or fragment of their address', () => {
    for (const uri of ['file:///w/goal.md', 'file:///w/README.MD', 'C:\\w\\skills.Md', 'vscode-vfs://github/o/r/a.md?ref=main', 'file:///w/a.md#L3']) {
      assert.equal(isDesignCandidate(uri), true, uri);
    }
    for (const uri of ['file:///w/a.markdown', 'file:///w/a.mdx', 'file:///w/md', 'file:///w/a.md.txt', 'file:///w/a.txt?x=.md']) {
      assert.equal(isDesignCandidate(uri), false, uri);
    }
  });

  it('names the parent folder, up to the top of the file system', () => {
    assert.equal(parentFolder('file:///w/designs/goal.md'), 'file:///w/designs');
    assert.equal(parentFolder('file:///w/designs'), 'file:///w');
    assert.equal(parentFolder('file:///w'), undefined, 'file:// is no folder');
    assert.equal(parentFolder('file:///c:/w'), 'file:///c:');
    assert.equal(parentFolder('c:/w'), undefined, 'c: is no folder');
    assert.equal(parentFolder('vscode-userdata:/notes.md'), undefined, 'a scheme of its own (letters, digits, +, . and -) is no folder');
    assert.equal(parentFolder('svn+ssh2:/notes.md'), undefined);
    assert.equal(parentFolder('file:///w/a:/b.md'), 'file:///w/a:', 'a folder name with a colon below the top is a folder');
    assert.equal(parentFolder('vscode-vfs://github/o/r/docs/a.md?ref=x/y'), 'vscode-vfs://github/o/r/docs');
    assert.equal(parentFolder('/'), undefined);
    assert.equal(parentFolder('goal.md'), undefined);
  });

  it('tells a folder\'s own files from those of a folder that merely starts with its name', () => {
    assert.equal(isInside('file:///w/a', 'file:///w/a'), true);
    assert.equal(isInside('file:///w/a/b.md', 'file:///w/a'), true);
    assert.equal(isInside('file:///w/ab/b.md', 'file:///w/a'), false);
  });

  it('roots a file at the nearest folder with .idstudio.json, else the innermost fallback, else its folder', () => {
    const configs = new Set(['file:///w', 'file:///w/course/unit']);
    const isConfig = (folder: string) => configs.has(folder);
    assert.equal(designRootOf('file:///w/course/unit/deep/a.md', isConfig, []), 'file:///w/course/unit');
    assert.equal(designRootOf('file:///w/course/a.md', isConfig, ['file:///w/course']), 'file:///w', 'a configuration above wins over a fallback');
    const none = () => false;
    assert.equal(designRootOf('file:///x/y/z/a.md', none, ['file:///x', 'file:///x/y', 'file:///q']), 'file:///x/y');
    assert.equal(designRootOf('file:///x/y/z/a.md', none, ['file:///x/yz']), 'file:///x/y/z');
    assert.equal(designRootOf('file:///a.md', none, []), 'file:///a.md', 'a file at the top is its own root');
  });

  it('groups files by design root, in the order given', () => {
    const groups = groupByDesignRoot(['file:///w/b/1.md', 'file:///w/a/1.md', 'file:///w/b/2.md', 'file:///v/1.md'], new Set(['file:///w/b']), ['file:///w']);
    assert.deepEqual([...groups], [
      ['file:///w/b', ['file:///w/b/1.md', 'file:///w/b/2.md']],
      ['file:///w', ['file:///w/a/1.md']],
      ['file:///v', ['file:///v/1.md']],
    ]);
  });

  it('groups every file under the root designRootOf gives it, however files, configuration folders and fallback roots lie', () => {
    const folder = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }).map(parts => ['file:///w', ...parts].join('/'));
    const file = fc.tuple(folder, fc.constantFrom('1.md', '2.md')).map(([parent, name]) => `${parent}/${name}`);
    fc.assert(fc.property(fc.array(file, { maxLength: 12 }), fc.uniqueArray(folder, { maxLength: 3 }), fc.uniqueArray(folder, { maxLength: 2 }),
      (files, configFolders, fallbackRoots) => {
        const expected = new Map<string, string[]>();
        for (const uri of files) {
          const root = designRootOf(uri, candidate => configFolders.includes(candidate), fallbackRoots);
          expected.set(root, [...expected.get(root) ?? [], uri]);
        }
        assert.deepEqual(groupByDesignRoot(files, new Set(configFolders), fallbackRoots), expected);
      }), { numRuns: 300 });
  });

  it('reads a near miss of a kind: another case or number, or a small typo that keeps the first letter', () => {
    assert.equal(nearKind(' Objective '), 'objective');
    assert.equal(nearKind('activities'), 'activity');
    assert.equal(nearKind('Learner'), 'learners');
    assert.equal(nearKind('objectiv'), 'objective');
    assert.equal(nearKind('assesment'), 'assessment');
    assert.equal(nearKind('asessmnt'), 'assessment', 'two edits for a long kind');
    assert.equal(nearKind('gaol'), undefined, 'two edits are too many for a short kind');
    assert.equal(nearKind('tsk'), 'task', 'one edit for a short kind');
    assert.equal(nearKind('sklil'), undefined, 'a kind of five letters is short');
    assert.equal(nearKind('bjective'), undefined, 'the first letter is kept');
    for (const other of ['test', 'tag', 'post', 'docs', 'session', 'person', 'objective 2', '', 'x']) assert.equal(nearKind(other), undefined, other);
  });
});
