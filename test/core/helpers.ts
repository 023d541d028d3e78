import assert from 'node:assert/strict';
import {
  checkTexts, defaultConfig, mergeConfig, ruleFor, type Config, type Finding, type Range, type Severity,
} from '../../server/src/core';

/** Files of one in-memory design folder, by path; texts may carry «range markers». */
export type Files = Readonly<Record<string, string>>;

/** A finding with the file it belongs to. */
export interface Located extends Finding { path: string }

const OPEN = '«';
const CLOSE = '»';

/**
 * Dedents a template literal (drops the first line break and the common indentation), so documents can be
 * written inline at the indentation of the test.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\r?\n/, '').replace(/\n[ \t]*$/, '\n');
  const indents = raw.split('\n').filter(line => line.trim()).map(line => /^[ \t]*/.exec(line)![0].length);
  const common = Math.min(...indents);
  return raw.split('\n').map(line => line.slice(common)).join('\n');
}

/** Removes «» markers from a text; returns the bare text and the marked ranges (0-based, as LSP). */
export function unmark(marked: string): { text: string; marks: Range[] } {
  const marks: Range[] = [];
  let text = '';
  let line = 0;
  let character = 0;
  let open: { line: number; character: number } | undefined;
  for (const char of marked) {
    if (char === OPEN) {
      assert.equal(open, undefined, 'nested « markers');
      open = { line, character };
      continue;
    }
    if (char === CLOSE) {
      assert.ok(open, '» without «');
      marks.push({ start: open, end: { line, character } });
      open = undefined;
      continue;
    }
    text += char;
    if (char === '\n') {
      line++;
      character = 0;
    } else character += char.length;
  }
  assert.equal(open, undefined, '« without »');
  return { text, marks };
}

/** Builds a configuration from partial settings over the defaults. */
export function configOf(settings: Partial<Config> = {}): Config {
  return mergeConfig(defaultConfig(), settings);
}

/** Checks the files as one design (markers removed) and returns every finding with its path. */
export function check(files: Files, settings?: Partial<Config>): Located[] {
  const results = checkTexts(Object.entries(files).map(([path, text]) => ({ path, text: unmark(text).text })), configOf(settings));
  const located = [...results].flatMap(([path, findings]) => findings.map(finding => ({ path, ...finding })));
  // Messages are plain text in the Problems panel and the CLI: a Markdown backtick would show literally.
  for (const finding of located) assert.ok(!finding.message.includes('`'), `backtick in ${finding.code}: ${finding.message}`);
  return located;
}

export function findingsWith(code: string, files: Files, settings?: Partial<Config>): Located[] {
  return check(files, settings).filter(finding => finding.code === code);
}

const where = (path: string, range: Range) =>
  `${path}:${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/**
 * Asserts that `code` is reported exactly on the marked ranges of the files (nowhere else), each with the
 * expected severity (the rule's default unless given). Returns the findings, in file order.
 */
export function expectReports(code: string, files: Files, options: { severity?: Severity; settings?: Partial<Config> } = {}): Located[] {
  const severity = options.severity ?? ruleFor(code)?.defaultSeverity;
  assert.ok(severity, `unknown rule ${code}`);
  const expected = Object.entries(files).flatMap(([path, text]) => unmark(text).marks.map(range => where(path, range))).sort();
  assert.ok(expected.length > 0, 'mark where the finding is expected with «»');
  const found = findingsWith(code, files, options.settings);
  assert.deepEqual(found.map(finding => where(finding.path, finding.range)).sort(), expected, `${code} ranges`);
  for (const finding of found) assert.equal(finding.severity, severity, `${code} severity at ${where(finding.path, finding.range)}`);
  return found;
}

/** Asserts that `code` is not reported on any of the files. */
export function expectSilent(code: string, files: Files, settings?: Partial<Config>): void {
  const found = findingsWith(code, files, settings);
  assert.deepEqual(found.map(finding => `${where(finding.path, finding.range)} ${finding.message}`), [], `${code} should not be reported`);
}

/**
 * A complete, well-linked design (all 12 steps) with no findings at all: tests replace one file to provoke
 * exactly one problem.
 */
export const CLEAN: Files = {
  'goal.md': md`
    ---
    type: goal
    id: GOAL-HH
    title: Nurses clean their hands at every WHO moment
    gap: Nurses clean their hands at 31% of observed moments; the target is 80%.
    performance_factors:
      job_expectations: present
      feedback: present
      environment: present
      motivation: present
      skills_knowledge: lacking
    goal: Nurses on the medical wards perform hand hygiene at each of the five moments.
    ---
    # Step 1
  `,
  'learners.md': md`
    ---
    type: learners
    title: Ward nurses
    count: 40
    work_setting: Medical wards of a district hospital
    profile: Diploma nurses, 2 to 20 years of experience
    ---
  `,
  'resources.md': md`
    ---
    type: resources
    existing: WHO hand hygiene posters, alcohol rub dispensers at each bed
    requirements: Training within working hours
    ---
  `,
  'tasks.md': md`
    ---
    type: task
    items:
      - id: T-HH
        title: Perform hand hygiene
        description: Clean hands at the five moments
        frequency: many times per shift
        criticality: high
        skills: [SK-HH-rub]
    ---
  `,
  'skills.md': md`
    ---
    type: skill
    items:
      - id: SK-HH-rub
        title: Hand rub technique
        kind: skill
        tasks: [T-HH]
    ---
  `,
  'objective.md': md`
    ---
    type: objective
    id: OBJ-HH-1
    title: Perform a hand rub
    statement: Given alcohol-based hand rub, the nurse will perform a hand rub covering all surfaces in 20 to 30 seconds.
    condition: Given alcohol-based hand rub
    criterion: all surfaces, 20 to 30 seconds
    skills: [SK-HH-rub]
    ---
  `,
  'assessments.md': md`
    ---
    type: assessment
    items:
      - id: AS-HH-1
        title: Observed hand rub
        method: observation checklist
        objectives: [OBJ-HH-1]
    ---
  `,
  'activities.md': md`
    ---
    type: activity
    items:
      - id: ACT-HH-1
        title: Hand rub practice with UV gel
        method: demonstration and return demonstration
        materials: UV lamp, fluorescent gel
        format: small groups
        objectives: [OBJ-HH-1]
    ---
  `,
  'lesson.md': md`
    ---
    type: lesson
    id: LES-HH
    title: Hand hygiene
    duration: 90 minutes
    status: pretested
    objectives: [OBJ-HH-1]
    activities: [ACT-HH-1]
    assessments: [AS-HH-1]
    ---
  `,
  'implementation.md': md`
    ---
    type: implementation
    title: Prepare trainers and venue
    objectives: [OBJ-HH-1]
    ---
  `,
  'monitoring.md': md`
    ---
    type: monitoring
    title: Monitor sessions
    objectives: [OBJ-HH-1]
    ---
  `,
  'evaluation.md': md`
    ---
    type: evaluation
    title: Three-month audit
    objectives: [OBJ-HH-1]
    ---
  `,
};

/** The clean design with some files replaced or added. */
export function cleanWith(changes: Files): Files {
  return { ...CLEAN, ...changes };
}

/**
 * A design with one objective (`OBJ-1`) and the given statement, double-quoted so any text is valid YAML;
 * `fields` are extra YAML lines.
 */
export function objectiveFile(statement: string, { fields = '', markId = false } = {}): Files {
  const id = markId ? '«OBJ-1»' : 'OBJ-1';
  return { 'objective.md': `---\ntype: objective\nid: ${id}\nstatement: ${JSON.stringify(statement)}\n${fields}---\n` };
}
