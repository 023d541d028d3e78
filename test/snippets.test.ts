import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkTexts, FACTOR_VALUES, PERFORMANCE_FACTORS, STEPS, type Finding, type Kind } from '../server/src/core';
import { TEMPLATE_GUIDANCE } from '../server/src/core/rules/placeholder-text';

interface Snippet { prefix: string; description: string; body: string[] }

const ROOT = path.resolve(__dirname, '..');
const SNIPPETS_PATH = 'snippets/design.json';
const snippets: Snippet[] = Object.values(JSON.parse(fs.readFileSync(path.join(ROOT, SNIPPETS_PATH), 'utf8')));

const STEP_PREFIXES = ['step1-goal', 'step2-learners', 'step3-resources', 'step4-tasks', 'step5-skills',
  'step6-objectives', 'step7-assessments', 'step8-activities', 'step9-lessons', 'step10-implementation',
  'step11-monitoring', 'step12-evaluation'];
const ITEM_KINDS: Kind[] = ['task', 'skill', 'objective', 'assessment', 'activity', 'lesson'];

/** Problems of a snippet's own making: with default values, a snippet must give a well-formed document. */
const SHAPE_CODES = ['front-matter-syntax', 'unknown-type', 'invalid-id', 'missing-id', 'invalid-value',
  'missing-statement', 'objective-not-measurable'];

const PLACEHOLDER = /\$\{(\d+):([^${}]*)\}/g;
const CHOICE = /\$\{(\d+)\|([^|]*)\|\}/g;
const TABSTOP = /\$(?:(\d+)|\{(\d+)\})/g;

/** Inserts the snippet as VS Code does when every tab stop keeps its default: first choice, mirrors copy it, $0 empty. */
function expand(body: readonly string[]): string {
  const defaults = new Map<string, string>();
  const text = body.join('\n')
    .replace(PLACEHOLDER, (_, n: string, value: string) => (defaults.set(n, value), value))
    .replace(CHOICE, (_, n: string, choices: string) => {
      const first = choices.split(',')[0];
      defaults.set(n, first);
      return first;
    });
  return text.replace(TABSTOP, (_, bare?: string, braced?: string) => defaults.get(bare ?? braced!) ?? '');
}

/** What the twelve templates report before they are filled in: placeholders, unassessed factors, a draft lesson. */
const TEMPLATE_FINDINGS: Record<string, number> = {
  'step1-goal.md: placeholder-text': 4,
  'step1-goal.md: factor-not-assessed': 4,
  'step2-learners.md: placeholder-text': 3,
  'step3-resources.md: placeholder-text': 2,
  'step4-tasks.md: placeholder-text': 2,
  'step5-skills.md: placeholder-text': 1,
  'step6-objectives.md: placeholder-text': 5,
  'step7-assessments.md: placeholder-text': 1,
  'step8-activities.md: placeholder-text': 1,
  'step9-lessons.md: placeholder-text': 1,
  'step9-lessons.md: lesson-not-pretested': 1,
  'step10-implementation.md: placeholder-text': 3,
  'step11-monitoring.md: placeholder-text': 2,
  'step12-evaluation.md: placeholder-text': 2,
};

/** Defaults that are plausible real values, not guidance: a designer may keep them. */
const KEPT_DEFAULTS = ['20', 'daily', 'Job aid', 'small groups, 30 minutes', '2 hours', 'Existing resources and requirements',
  'Preparing for implementation', 'Materials printed and supplies checked', 'Monitoring learning and logistics', 'After every cohort',
  'Assessing effectiveness and revising', 'Three and six months after the course', 'perform the task'];

function tabStopDefaults(body: readonly string[]): string[] {
  return [...body.join('\n').matchAll(PLACEHOLDER)].map(match => match[2]);
}

/** The snippet as a designer fills it in: own words for the guidance, assessed factors, a pretested lesson. */
function fillIn(body: readonly string[]): string {
  const own = new Map<string, string>();
  const text = body.join('\n')
    .replace(PLACEHOLDER, (_, n: string, value: string) => {
      const filled = /^[A-Z]+-\d+$/.test(value) || KEPT_DEFAULTS.includes(value) ? value : `own words ${n}`;
      own.set(n, filled);
      return filled;
    })
    .replace(CHOICE, (_, n: string, choices: string) => {
      const chosen = choices.split(',').find(choice => !['unknown', 'draft'].includes(choice))!;
      own.set(n, chosen);
      return chosen;
    });
  return text.replace(TABSTOP, (_, bare?: string, braced?: string) => own.get(bare ?? braced!) ?? '');
}

function snippet(prefix: string): Snippet {
  const found = snippets.find(s => s.prefix === prefix);
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

function shapeProblems(findings: readonly Finding[] | undefined): string[] {
  return (findings ?? []).filter(f => SHAPE_CODES.includes(f.code)).map(f => `${f.code}: ${f.message}`);
}

/** Wraps an item snippet, indented as it would be under `items:`, into a document of its kind. */
function inItemsList(kind: Kind, itemText: string): string {
  const indented = itemText.split('\n').map(line => `  ${line}`).join('\n');
  return `---\ntype: ${kind}\nitems:\n${indented}\n---\n`;
}

/** The values offered by the choice tab stop on a `key: ${n|...|}` line of a snippet body. */
function choicesFor(body: readonly string[], key: string): string[] {
  const line = body.find(l => new RegExp(`^\\s*(?:- )?${key}: \\$\\{\\d+\\|`).test(l));
  assert.ok(line, `no choice list for ${key}`);
  return /\|([^|]*)\|/.exec(line)![1].split(',');
}

describe('snippets', () => {
  it('are contributed to Markdown from the file tested here', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'markdown', path: `./${SNIPPETS_PATH}` }]);
  });

  it('offer one snippet per step and one per linked item kind, each described', () => {
    assert.deepEqual(snippets.map(s => s.prefix).sort(),
      [...STEP_PREFIXES, ...ITEM_KINDS.map(kind => `item-${kind}`)].sort());
    for (const s of snippets) assert.ok(s.description.length > 20, `${s.prefix} needs a description`);
  });

  it('expand every tab stop (no snippet syntax is left over)', () => {
    for (const s of snippets) assert.doesNotMatch(expand(s.body), /\$[\d{]/, s.prefix);
  });

  STEPS.forEach(({ step, kind }) => {
    const prefix = STEP_PREFIXES[step - 1];
    it(`${prefix} gives a well-formed ${kind} document with its default values`, () => {
      const text = expand(snippet(prefix).body);
      assert.match(text, new RegExp(`^---\\ntype: ${kind}\\n`));
      assert.match(text, new RegExp(`\\n# Step ${step} `), 'the body guides the designer through the step');
      const findings = checkTexts([{ path: `${prefix}.md`, text }]).get(`${prefix}.md`);
      assert.ok(findings, 'is recognised as a design document');
      assert.deepEqual(shapeProblems(findings), []);
    });
  });

  ITEM_KINDS.forEach(kind => {
    it(`item-${kind} fits into an items: list of type ${kind}`, () => {
      const text = inItemsList(kind, expand(snippet(`item-${kind}`).body));
      const findings = checkTexts([{ path: 'items.md', text }]).get('items.md');
      assert.ok(findings, 'is recognised as a design document');
      assert.deepEqual(shapeProblems(findings), []);
    });
  });

  it('with default values, the twelve steps link up into a design whose only findings are its placeholders', () => {
    const files = STEP_PREFIXES.map(prefix => ({ path: `${prefix}.md`, text: expand(snippet(prefix).body) }));
    const findings = [...checkTexts(files)].flatMap(([file, list]) => list.map(f => `${file}: ${f.code}`));
    const counted = new Map<string, number>();
    for (const finding of findings) counted.set(finding, (counted.get(finding) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(counted), TEMPLATE_FINDINGS);
    for (const prefix of STEP_PREFIXES) assert.ok(findings.some(f => f.startsWith(`${prefix}.md:`)), `${prefix} is not complete until filled in`);
  });

  it('report each placeholder on the text the user types over (a tab stop default)', () => {
    for (const prefix of STEP_PREFIXES) {
      const text = expand(snippet(prefix).body);
      const defaults = tabStopDefaults(snippet(prefix).body);
      const findings = checkTexts([{ path: 'x.md', text }]).get('x.md')!.filter(f => f.code === 'placeholder-text');
      for (const finding of findings) {
        const shown = String(finding.data?.placeholder);
        assert.ok(defaults.some(value => value.includes(shown)), `${prefix}: "${shown}" is inside a tab stop default`);
      }
    }
  });

  it('filled in, the twelve steps give no finding at all', () => {
    const files = STEP_PREFIXES.map(prefix => ({ path: `${prefix}.md`, text: fillIn(snippet(prefix).body) }));
    const findings = [...checkTexts(files)].flatMap(([file, list]) => list.map(f => `${file}: ${f.code} ${f.message}`));
    assert.deepEqual(findings, []);
  });

  it('list every guidance default of the templates in the placeholder-text rule', () => {
    const ids = /^[A-Z]+-\d+$/;
    const kept = new Set(KEPT_DEFAULTS);
    for (const s of snippets) {
      for (const value of tabStopDefaults(s.body)) {
        if (ids.test(value) || kept.has(value)) continue;
        assert.ok(TEMPLATE_GUIDANCE.some(phrase => value.toLowerCase().includes(phrase.toLowerCase())) || value.includes('...'),
          `${s.prefix}: "${value}" is neither a kept default nor guidance the rule recognises`);
      }
    }
  });

  it('offer exactly the allowed values as choices for enumerated fields', () => {
    for (const { step, kind, enums } of STEPS) {
      const prefixes = [STEP_PREFIXES[step - 1], `item-${kind}`].filter(prefix => snippets.some(s => s.prefix === prefix));
      for (const [field, allowed] of Object.entries(enums)) {
        for (const prefix of prefixes) {
          assert.deepEqual(choicesFor(snippet(prefix).body, field).sort(), [...allowed].sort(), `${prefix} ${field}`);
        }
      }
    }
    const goal = snippet('step1-goal').body;
    for (const factor of PERFORMANCE_FACTORS) assert.deepEqual(choicesFor(goal, factor).sort(), [...FACTOR_VALUES].sort(), factor);
  });

  it('keep the mirrored condition and criterion of an objective in step with its statement', () => {
    const text = expand(snippet('item-objective').body);
    const field = (key: string) => new RegExp(`^  ${key}: (.*)$`, 'm').exec(text)![1];
    assert.ok(field('statement').startsWith(`${field('condition')},`));
    assert.ok(field('statement').endsWith(`${field('criterion')}.`));
  });
});
