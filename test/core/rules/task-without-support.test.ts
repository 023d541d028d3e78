import assert from 'node:assert/strict';
import { CLEAN, cleanWith, expectReports, expectSilent } from '../helpers';

const task = (id: string, frequency: string, criticality: string, extra = '') =>
  `---\ntype: task\nid: ${id}\nfrequency: ${frequency}\ncriticality: ${criticality}\nskills: [SK-HH-rub]\n${extra}---\n`;

describe('rule task-without-support', () => {
  it('reports a rare, highly critical task without support on its id', () => {
    const [finding] = expectReports('task-without-support', cleanWith({ 'task-2.md': task('«T-EXPO»', 'rare (twice a year per ward)', 'high') }));
    assert.equal(finding.message, 'Task "T-EXPO" is performed rarely ("rare (twice a year per ward)") but is critical ("high"): skills used rarely fade, so name a job aid, checklist or other support at the point of need under "support:".');
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.data, { id: 'T-EXPO' });
  });

  it('names a task without id as "This task"', () => {
    const [finding] = expectReports('task-without-support', cleanWith({ 'task-2.md': '---\n«type: task»\nfrequency: rare\ncriticality: high\n---\n' }));
    assert.match(finding.message, /^This task is performed rarely \("rare"\)/);
  });

  it('quotes the frequency and criticality without the spaces around them', () => {
    const [finding] = expectReports('task-without-support', cleanWith({ 'task-2.md': task('«T-2»', '" yearly "', '" critical  "') }));
    assert.match(finding.message, /rarely \("yearly"\) but is critical \("critical"\)/);
  });

  it('classifies frequency and criticality by whole words and phrases, in any case', () => {
    for (const [frequency, criticality] of [['A few times a year', 'Critical'], ['yearly', 'life-threatening'], ['Only in emergencies', 'very high']]) {
      expectReports('task-without-support', cleanWith({ 'task-2.md': task('«T-2»', frequency, criticality) }));
    }
  });

  it('does not report frequent, non-critical or negated tasks, nor a task with support', () => {
    for (const [frequency, criticality] of [['daily', 'high'], ['rare', 'low'], ['rare', 'not critical'], ['rarefied air', 'high'], ['weekly', 'critical']]) {
      expectSilent('task-without-support', cleanWith({ 'task-2.md': task('T-2', frequency, criticality) }));
    }
    expectSilent('task-without-support', cleanWith({ 'task-2.md': task('T-2', 'rare', 'high', 'support: Exposure flowchart on every ward\n') }));
    expectSilent('task-without-support', cleanWith({ 'task-2.md': task('T-2', 'rare', 'high', 'support:\n  - PEP checklist\n') }));
    expectSilent('task-without-support', CLEAN);
  });

  it('uses the extra words of `.idstudio.json` vocabulary', () => {
    const files = cleanWith({ 'task-2.md': task('«T-2»', 'at each outbreak', 'red') });
    expectSilent('task-without-support', files);
    expectReports('task-without-support', files, { settings: { vocabulary: { infrequent: ['at each outbreak'], critical: ['red'] } } });
  });

  it('still reports when the support is empty or only spaces', () => {
    expectReports('task-without-support', cleanWith({ 'task-2.md': task('«T-2»', 'rare', 'high', 'support: []\n') }));
    expectReports('task-without-support', cleanWith({ 'task-2.md': task('«T-2»', 'rare', 'high', 'support: "   "\n') }));
    expectReports('task-without-support', cleanWith({ 'task-2.md': task('«T-2»', 'rare', 'high', 'support: ["", " "]\n') }));
  });
});
