import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, ensureBuilt, idstudio, idstudioJson, type JsonProblem } from './helpers';

const SITES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'sites');
const NO_DESIGN = /no design documents in "[^"]+" \(a design document is a \.md file whose front matter has a "type:" of one of the 12 kinds\)/;

const summary = (problems: JsonProblem[]) => problems.map(problem => `${problem.file}:${problem.line} ${problem.severity} ${problem.code}`);

describe('idstudio check on real-site shapes (contract v2 scope)', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  for (const site of ['docsy', 'jekyll', 'carpentries']) {
    it(`reports nothing on a ${site} site, says so on stderr and exits 0`, () => {
      const json = idstudioJson(['check', site], SITES);
      assert.deepEqual(json.problems, []);
      assert.equal(json.status, 0);
      assert.match(json.stderr, NO_DESIGN);
      const text = idstudio(['check', site], SITES);
      assert.equal(text.status, 0);
      assert.match(text.stderr, NO_DESIGN);
    });
  }

  describe('a curriculum of three courses, each with its own .idstudio.json', () => {
    it('checks each course as its own design: the same ids are no duplicates, each course has its settings', () => {
      const { status, problems } = idstudioJson(['check', 'curriculum'], SITES);
      assert.equal(status, 1);
      assert.deepEqual(summary(problems), [
        'curriculum/hygiene/analysis/skills.md:8 warning skill-without-objective',
        // hygiene/.idstudio.json turns unknown-reference into a warning.
        'curriculum/hygiene/design/lesson.md:6 warning unknown-reference',
        'curriculum/malaria/analysis/skills.md:8 warning skill-without-objective',
        // A near miss inside a design; nutrition/.idstudio.json turns skill-without-objective off.
        'curriculum/malaria/design/typo.md:2 error unknown-type',
      ]);
    });

    it('gives a subfolder or a file exactly the whole design\'s findings for it', () => {
      const whole = idstudioJson(['check', 'curriculum'], SITES).problems;
      for (const part of ['curriculum/malaria', 'curriculum/malaria/design', 'curriculum/nutrition/design', 'curriculum/hygiene/analysis',
        'curriculum/hygiene/design/lesson.md', 'curriculum/malaria/analysis/tasks.md']) {
        const { problems, stderr } = idstudioJson(['check', part], SITES);
        assert.deepEqual(problems, whole.filter(problem => problem.file === part || problem.file.startsWith(`${part}/`)), part);
        assert.doesNotMatch(stderr, NO_DESIGN, part);
      }
    });

    it('gives the same findings from inside a course folder', () => {
      const inside = idstudioJson(['check'], path.join(SITES, 'curriculum', 'hygiene')).problems;
      const whole = idstudioJson(['check', 'curriculum/hygiene'], SITES).problems;
      assert.deepEqual(inside.map(problem => `curriculum/hygiene/${problem.file}:${problem.line}`), whole.map(problem => `${problem.file}:${problem.line}`));
    });
  });

  it('checks a subfolder of the sample within the whole sample: no coverage findings it does not have', () => {
    const whole = idstudioJson(['check', 'sample-workspace'], PROJECT_ROOT).problems;
    const analyze = idstudioJson(['check', 'sample-workspace/1-analyze'], PROJECT_ROOT).problems;
    assert.deepEqual(analyze, whole.filter(problem => problem.file.startsWith('sample-workspace/1-analyze/')));
    assert.ok(!analyze.some(problem => problem.code === 'skill-without-objective'));
  });

  describe('design candidates', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'idstudio-candidates-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('checks .md in any case, never .markdown', () => {
      const objective = '---\ntype: objective\nid: OBJ-1\nstatement: The learner will list the five moments.\nskills: [SK-1]\n---\n';
      writeFileSync(path.join(folder, 'OBJECTIVE.MD'), objective);
      writeFileSync(path.join(folder, 'copy.markdown'), objective);
      const { problems } = idstudioJson(['check', '.'], folder);
      assert.deepEqual([...new Set(problems.map(problem => problem.file))], ['OBJECTIVE.MD']);
      assert.ok(!problems.some(problem => problem.code === 'duplicate-id'));
    });

    it('prints [] and says why for a folder with no design documents', () => {
      mkdirSync(path.join(folder, 'docs'));
      writeFileSync(path.join(folder, 'docs', 'index.md'), '---\ntitle: Home\ntype: home\n---\n');
      const run = idstudio(['check', 'docs', '--format', 'json'], folder);
      assert.deepEqual({ status: run.status, stdout: run.stdout.trim() }, { status: 0, stdout: '[]' });
      assert.match(run.stderr, NO_DESIGN);
    });

    it('exits 2 naming a broken nested .idstudio.json when checking the parent', () => {
      mkdirSync(path.join(folder, 'course'));
      writeFileSync(path.join(folder, 'course', '.idstudio.json'), '{ "rules": { "no-such-rule": "off" } }');
      writeFileSync(path.join(folder, 'course', 'task.md'), '---\ntype: task\nid: T-1\n---\n');
      const run = idstudio(['check', '.'], folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /course\/\.idstudio\.json/);
    });
  });
});
