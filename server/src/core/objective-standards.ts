/**
 * The condition and the criterion of an objective statement, read as a designer reads them.
 * Condition: what the learner is given or works with, or where and when ("Given a case scenario, ...",
 * "Using a MUAC tape, ...", "without a job aid", "in a simulated ward", "when a client presents with ...").
 * Not a condition: the tool or technique being taught ("write a query using SQL").
 * Criterion: how well — accuracy, speed, a count correct, a standard, checklist or protocol, an observer.
 * Not a criterion: a bare count of what is listed ("Name the four stages"), numbers inside the condition, ids.
 */
import type { Span } from './types';

export interface StatementPart { span: Span; text: string }

/** Equipment, materials or information the learner is given: "Using a MUAC tape, ...", "Using the partograph, ...". */
const LEADING_USING = /^\s*using (?:a|an|the|their|your|his|her|its|only|appropriate|standard|available)\b[^,:;]*[,:]/i;

const CONDITION_PATTERNS: readonly RegExp[] = [
  // A leading clause closed by a comma or a colon: "Given ..., ", "With a calculator, ", "When a client presents, ".
  /^\s*(?:given|with(?:out)?|provided with|presented with|when|if|once|in (?:a|an|the) (?:simulated|simulation|skills?|role[- ]play|laboratory|lab|practice|mock)|during (?:a |an |the )?(?:simulat|role[- ]play|practi|lab|supervised)|on (?:a|an) (?:manikin|mannequin|model|simulator|simulated)|under (?:supervision|the supervision|direct)|from (?:a|an|the) (?:list|set|table|chart|scenario|case))\b[^,:;]*(?:,[^,:;]*\b(?:and|or)\b[^,:;]*)?[,:]/i,
  LEADING_USING,
  // "Given" anywhere: "Given a problem statement and tests write ...", "satisfy given requirements".
  /(?<!\b(?:a|any|be|been|are|is) )\bgiven (?!that\b|time\b|opportunit)[\w"“]/i,
  /\b(?:provided with|presented with|with access to|with the (?:aid|help|use) of|by referring to|by reference to|referring to|in the event of)\b/i,
  /\bwith(?:out)? (?:a |an |the )?(?:calculator|job aid|reference|references|notes|assistance|help|prompting|prompts|supervision|aids?|textbook|access to)\b/i,
  /\b(?:unaided|from memory|without reference to|closed[- ]book|open[- ]book)\b/i,
  /\bunder (?:the )?(?:direct |indirect )?supervision\b/i,
  // A simulated or practice setting: "a simulated customer issue", "during the simulation", "on an adult manikin".
  /\b(?:in|during|on|with|given) (?:a |an |the )?simulat(?:ed|ion)\b|\bsimulated (?!environment)\w+/i,
  /\bin (?:a |an |the )?(?:skills? lab|skills laboratory|laboratory setting|lab setting|role[- ]play|mock|practice session|practical session|clinical placement|practicum)\b/i,
  /\bduring (?:practice|role[- ]play|the practical|clinical practice|open lab|lab sessions?)\b/i,
  /\bon (?:a|an|the) (?:[\w-]+ ){0,2}(?:manikin|mannequin|simulator|simulated patient|standardi[sz]ed patient|peer|model)\b/i,
  /\bin (?:a |an |the |both a |both )?(?:(?:light|dark|noisy|quiet|controlled|field|austere|combat|tactical|low[- ]light|wet|cold|confined|night-?time) (?:and (?:a )?)?){1,2}environments?\b/i,
  // A case or scenario to work from: "based on a patient scenario", "in clinical scenarios".
  /\bbased on (?:a |an |the )?(?:[\w-]+ ){0,2}(?:scenarios?|case stud(?:y|ies)|vignettes?)\b|\bin (?:a |the )?(?:clinical|simulated|case|practice|written) scenarios?\b/i,
  /\bfrom (?:a |an |the )?(?:written|given|provided|supplied) \w+/i,
  // A "when"/"if" clause stating the situation: "when requested", "when interacting with ...", "if a client ...".
  /\bwhen (?:seen|shown|given|presented|provided|asked|requested|prompted|required|needed|indicated|appropriate|interacting)\b/i,
  /\b(?:when|if|whenever) (?:a|an|the)? ?(?:client|patient|child|mother|caregiver|customer|user|colleague|case|situation|scenario|emergency|woman|man|person|baby|infant|newborn|address)\b/i,
  // A part of a structured statement: "Conditions: ...", "You see a casualty who ...", "Necessary equipment: ...".
  /(?:^|[.;]\s*)(?:conditions?(?: and standards)?|given)\s*:/i,
  /\bnecessary (?:materials|equipment)\b/i,
  /(?:^|[.:]\s+)you (?:see|have|are|find|encounter|notice|arrive|respond) /i,
];
/** Upper case only: "CONDITIONS You see ...", "CONDITION Given ...". */
const CONDITION_LABEL = /\b(?:CONDITIONS?|GIVEN)\b/;

/** Documents that set a standard: what "according to ..." must name to be a criterion. */
const STANDARD_NOUNS = "(?:guidelines?|protocols?|polic(?:y|ies)|standards?|procedures?|checklists?|rubrics?|criteria|format|specifications?|instructions|regulations?|laws?|sop|code|algorithm|schedule|manual|who|cdc|manufacturer's|requirements)";

const CRITERION_PATTERNS: readonly RegExp[] = [
  // Accuracy
  /\b\d+(?:\.\d+)? ?(?:%|percent|per cent)/i,
  /\bwith (?:\d+ ?% |complete |full |total |high |100 ?% |perfect )?(?:accuracy|precision)\b/i,
  /\b(?:with(?:out)?|making|and) (?:no|zero|fewer than \w+|less than \w+|at most \w+|not more than \w+|a maximum of \w+|no more than \w+|\w+ or fewer) (?:errors?|omissions?|mistakes?|prompts?|deviations?|misses)\b/i,
  /\bwithout (?:any )?(?:errors?|omissions?|mistakes?|prompting|cues|deviation|contaminat\w*)\b/i,
  /\b(?:error[- ]free|zero errors|no errors|100 percent|to the nearest)\b/i,
  /\bwithin (?:\+|±|plus or minus )?\.?\d+(?:\.\d+)? ?(?:of\b|mm|mmhg|cm|kg|g|mg|ml|percent|%|degrees?|units?|beats?|breaths?)/i,
  // Speed and timing
  /\b(?:with)?in (?:less than |under |no more than |a maximum of |the first |a time limit of )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|sixty|ninety)(?:[- ]to[- ]\d+)? ?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|attempts?|tries)\b/i,
  /\b(?:at least|no more than|no less than|not more than|not less than|a minimum of|a maximum of|up to) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|sixty|ninety|twice|once)\b/i,
  /\bevery (?:\w+ )?(?:steps?|items?|signs?|elements?|components?|points?|criteri(?:on|a)|surfaces?)\b/i,
  /\b(?:\d+|one|two|three|four|five|ten|twenty|thirty|seventy) (?:or more|or less|or fewer)\b/i,
  /\b(?:\d+|one|two|three|four|five|ten|twenty|thirty) (?:seconds?|minutes?|hours?) (?:to complete|or less|or fewer)\b/i,
  /\bhave (?:\d+|one|two|three|five|ten|fifteen|twenty|thirty) (?:seconds?|minutes?|hours?) to\b/i,
  /\b(?:within|in under|in less than) (?:the )?(?:time limit|allotted time|given time|golden minute|first minute|first hour)\b/i,
  /\bat a rate of\b/i,
  /\bin advance of\b/i,
  /\b(?:on|at) the first (?:attempt|try)\b/i,
  // Count correct
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:out )?of (?:\d+|the )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b/i,
  /\b(?:all|each|every one) of the (?:\w+ )?(?:steps|items|criteria|elements|components|points|signs|unit ?tests)\b/i,
  /\ball (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|the) ?(?:required |critical |essential )?(?:steps|items|criteria|elements|components|points|surfaces)\b/i,
  /\bpass(?:es)? all\b/i,
  /\b\d+ (?:points?|marks?)\b/i,
  /\b(?:score|scoring|pass mark|passing score|achieve|achieving|obtain) (?:of |at least |a score of |a minimum of )?\d/i,
  /\bin the correct (?:order|sequence)\b/i,
  /\bfollowing the correct (?:sequence|order|procedure|steps)\b/i,
  // Standard, checklist, protocol
  new RegExp(`\\b(?:according to|in accordance with|in line with|consistent with|as per|per|following|follow|meets?|meeting|satisf(?:y|ies|ying)) (?:the |a |an |all |their |its |your |current |local |national )?(?:[\\w'/-]+ ){0,4}${STANDARD_NOUNS}\\b`, 'i'),
  /\bas (?:specified|prescribed|set out)\b/i,
  /\b(?:to|at|meeting|meets?) (?:the |a |an )?(?:\w+ )?(?:standard|standards|criteria) (?:of|set|required|expected|specified|defined|described|in|on|for)\b/i,
  /\bto (?:\w+ )?(?:rubric )?standards?\b/i,
  /\bat an? "?(?:satisfactory|competent|proficient|acceptable|passing|mastery)"? level\b/i,
  /\buntil deemed (?:competent|independent|proficient)\b/i,
  /\bmaintaining (?:sterile|aseptic) (?:technique|field)\b/i,
  // Observer
  /\bas (?:judged|assessed|observed|verified|rated|evaluated|determined|confirmed|checked|measured) by\b/i,
  /\bto the satisfaction of\b/i,
  /(?:^|[.;]\s*)(?:criterion|standards?)\s*:/i,
];
/** Lower case only: a "Skills Checklist" heading a list is not a checklist the learner is held to. */
const STANDARD_TOOL = /\b(?:checklist|rubric|scoring guide|marking scheme|competency standard|assessment criteria)\b/;
/** "STANDARDS Gave first aid ...", ". Standard Give first aid ...": the standards part of a task statement. */
const STANDARD_LABEL = /\bSTANDARDS?\b|[.;]\s+Standards?\s+[A-Z]/;

export function readCondition(text: string): StatementPart | undefined {
  for (const pattern of [...CONDITION_PATTERNS, CONDITION_LABEL]) {
    const match = pattern.exec(text);
    if (match && !isLeadInClause(match[0])) return partOf(text, match.index, match[0]);
  }
  return undefined;
}

/** "When you have completed this module, ", "If you finish the course, ": lead-ins, not conditions. */
function isLeadInClause(clause: string): boolean {
  return /^\s*(?:when|if|once|on|upon|in|during|with)\b/i.test(clause)
    && /\b(?:complet\w*|end of|conclusion of|studied|studying|finish\w*|successful|this (?:course|module|lesson|unit|session|chapter|training|workshop|program|programme|class|section|tutorial))\b/i.test(clause);
}

export function readCriterion(text: string): StatementPart | undefined {
  for (const pattern of [...CRITERION_PATTERNS, STANDARD_TOOL, STANDARD_LABEL]) {
    const match = pattern.exec(text);
    if (match) return partOf(text, match.index, match[0]);
  }
  return undefined;
}

/** The part as matched, without the spaces and the end of the sentence before it ("... Criterion:") nor the comma after it. */
function partOf(text: string, index: number, matched: string): StatementPart {
  const leading = matched.length - matched.replace(/^[\s.;:]+/, '').length;
  const trimmed = matched.slice(leading).trimEnd().replace(/[,:]$/, '');
  const start = index + leading;
  return { span: { start, end: start + trimmed.length }, text: text.slice(start, start + trimmed.length) };
}
