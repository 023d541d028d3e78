import { Random } from './random';

/**
 * Markdown bodies with realistic prose: headings, wrapped paragraphs, lists,
 * tables and quotes, so parsers and linters see the mix real design notes have.
 * Lines stay within 80 columns and blocks are separated by blank lines, so a
 * default markdownlint run reports few findings, as on a maintained repository.
 */

const SUBJECTS = [
  'The ward educator', 'Each participant', 'The charge nurse', 'A new starter', 'The preceptor',
  'Each learner', 'The review panel', 'The clinical lead', 'The facilitator', 'Every trainee',
  'The unit manager', 'An experienced colleague', 'The quality team', 'The pilot group',
] as const;

const PREDICATES = [
  'reviews', 'checks', 'records', 'discusses', 'practises', 'compares', 'walks through',
  'demonstrates', 'observes', 'rehearses', 'summarises', 'questions', 'audits', 'updates',
] as const;

const OBJECTS = [
  'the current procedure', 'the incident reports from last quarter', 'the equipment checklist',
  'the printed job aid', 'the handover notes', 'the patient chart', 'the local policy',
  'the observation form', 'the escalation pathway', 'the consent record', 'the stock list',
  'the shift roster', 'the audit results', 'the simulation scenario', 'the feedback sheet',
] as const;

const QUALIFIERS = [
  'before the first shift', 'during the simulation', 'with a peer', 'at the end of each week',
  'using the printed job aid', 'so that gaps are visible early', 'under supervision',
  'without prompting', 'in the skills lab', 'on the ward', 'within the first month',
  'as part of the induction', 'while the patient is awake', 'against the agreed standard',
] as const;

const OPENERS = [
  'In practice,', 'During the pilot,', 'As noted by reviewers,', 'For this reason,',
  'In most units,', 'After the last revision,', 'Where time is short,', 'In the first week,',
] as const;

const OBSERVATIONS = [
  'most errors happen when the routine is interrupted',
  'staff rarely have the checklist at hand',
  'the old handout described a procedure that is no longer used',
  'supervisors disagree about what counts as complete',
  'night shifts have fewer people available to coach',
  'the audit showed the same omission in several wards',
  'learners asked for more time with the real equipment',
  'the printed forms and the electronic record ask for different fields',
] as const;

const HEADINGS = [
  'Purpose', 'Context', 'Notes for reviewers', 'Procedure', 'Evidence from the audit',
  'Open questions', 'Materials', 'Timing', 'Risks', 'Revision history', 'Facilitator notes',
  'Common mistakes', 'Follow-up', 'Links', 'Decisions', 'Pretest findings',
] as const;

const LINE_WIDTH = 80;

export interface ProseTopic {
  topic: string;
  subtopic: string;
}

export function sentence(random: Random, about: ProseTopic): string {
  const shape = random.int(0, 3);
  if (shape === 0) {
    return `${random.pick(OPENERS)} ${random.pick(OBSERVATIONS)}.`;
  }
  if (shape === 1) {
    return `${random.pick(SUBJECTS)} ${random.pick(PREDICATES)} the ${about.topic} ${about.subtopic} ${random.pick(QUALIFIERS)}.`;
  }
  return `${random.pick(SUBJECTS)} ${random.pick(PREDICATES)} ${random.pick(OBJECTS)} ${random.pick(QUALIFIERS)}.`;
}

/** Wraps words into lines of at most `width` columns, each starting with `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

function paragraph(random: Random, about: ProseTopic): string {
  const sentences = Array.from({ length: random.int(3, 6) }, () => sentence(random, about));
  if (random.chance(0.3)) {
    sentences[1] = sentences[1].replace(' the ', ' the *agreed* ');
  }
  return wrap(sentences.join(' '), LINE_WIDTH).join('\n');
}

function bulletList(random: Random, about: ProseTopic, ordered: boolean): string {
  const count = random.int(3, 6);
  return Array.from({ length: count }, (_, index) => {
    const marker = ordered ? `${index + 1}. ` : '- ';
    const text = sentence(random, about);
    return wrap(text, LINE_WIDTH - marker.length).map((line, at) =>
      (at === 0 ? marker : ' '.repeat(marker.length)) + line).join('\n');
  }).join('\n');
}

function table(random: Random): string {
  const rows = Array.from({ length: random.int(3, 5) }, (_, index) =>
    `| ${index + 1} | ${random.pick(SUBJECTS)} | ${random.pick(QUALIFIERS)} |`);
  return ['| Step | Owner | When |', '| --- | --- | --- |', ...rows].join('\n');
}

function quote(random: Random): string {
  return wrap(`"${random.pick(OBSERVATIONS)}," one reviewer wrote, "and ${random.pick(OBSERVATIONS)}."`,
    LINE_WIDTH, '> ').join('\n');
}

function block(random: Random, about: ProseTopic): string {
  const roll = random.next();
  if (roll < 0.5) return paragraph(random, about);
  if (roll < 0.7) return bulletList(random, about, false);
  if (roll < 0.85) return bulletList(random, about, true);
  if (roll < 0.95) return table(random);
  return quote(random);
}

/**
 * A body of about `targetBytes` bytes. `title` opens it as a top heading: only
 * for files without front matter (markdownlint takes a front matter `title:` as the top heading).
 */
export function body(random: Random, about: ProseTopic, targetBytes: number, title?: string): string {
  const blocks: string[] = [];
  if (title) blocks.push(`# ${title}`);
  blocks.push(paragraph(random, about));
  let size = blocks.join('\n\n').length;
  const unusedHeadings = [...HEADINGS];
  while (size < targetBytes) {
    // A paragraph after each block keeps lists and quotes apart (adjacent ones would merge).
    const section = [block(random, about), paragraph(random, about)];
    if (unusedHeadings.length > 0) {
      const heading = unusedHeadings.splice(random.int(0, unusedHeadings.length - 1), 1)[0];
      section.unshift(`## ${heading}`);
    }
    blocks.push(...section);
    size += section.join('\n\n').length + 2;
  }
  return `${blocks.join('\n\n')}\n`;
}
