/**
 * The condition and the criterion of an objective statement, read as a designer reads them.
 * Condition: what the learner is given or works with, or where and when ("Given a case scenario, ...",
 * "Using a MUAC tape, ...", "without a job aid", "in a simulated ward", "when a client presents with ...").
 * Not a condition: the tool or technique being taught ("write a query using SQL").
 * Criterion: how well — accuracy, speed, a count correct, a standard, checklist or protocol, an observer.
 * Not a criterion: a bare count of what is listed ("Name the four stages"), numbers inside the condition, ids.
 */
import type { Token } from './objective-tagger';
import type { Span } from './types';

export interface StatementPart { span: Span; text: string }

const CONDITION_PATTERNS: readonly RegExp[] = [
  // A leading clause closed by a comma or a colon: "Given ..., ", "Using the chart, ", "With a calculator, ".
  /^\s*(?:given|using|with(?:out)?|provided with|presented with|when (?:given|presented with|provided with)|from (?:a|an|the) (?:list|set|table|chart|scenario|case)|in (?:a|an|the) (?:simulated|simulation|skills?|role[- ]play|clinical|laboratory|lab|practice|mock)|during (?:a|an|the)? ?(?:simulat|role[- ]play|practi|clinical|lab|supervised)|on (?:a|an) (?:manikin|mannequin|model|simulator|simulated)|under (?:supervision|the supervision|direct)|after (?:being shown|a demonstration|watching|reading)|when|if|once)\b[^,:;]*[,:]/i,
  // "Given" anywhere: "Given a problem statement and tests write ...", "... a function given sample parameters".
  /\bgiven (?:a|an|the|any|two|three|several|sample|data|access|[0-9]+)\b/i,
  /\b(?:provided with|presented with|with access to|with the (?:aid|help|use) of|by referring to|by reference to|referring to)\b/i,
  /\bwith(?:out)? (?:a |an |the )?(?:calculator|job aid|reference|references|notes|assistance|help|prompting|prompts|supervision|aids?|textbook|computer|access to)\b/i,
  /\b(?:unaided|independently|from memory|without reference to|closed[- ]book|open[- ]book)\b/i,
  /\bunder (?:the )?(?:direct |indirect )?supervision\b/i,
  /\b(?:in|on|during) (?:a|an|the) (?:simulated|simulation|skills? lab|skills laboratory|laboratory setting|lab setting|role[- ]play|mock|practice session|practical session|supervised|clinical placement|practicum)\b/i,
  /\bduring (?:practice|simulation|role[- ]play|the practical|clinical practice|open lab|lab sessions?)\b/i,
  /\bon (?:a|an) (?:manikin|mannequin|simulator|model|simulated patient|standardi[sz]ed patient|peer)\b/i,
  /\b(?:when|if|whenever) (?:a|an|the)? ?(?:client|patient|child|mother|caregiver|customer|user|colleague|case|situation|scenario|emergency|woman|man|person|baby|infant|newborn)\b/i,
  /(?:^|[.;]\s*)(?:conditions?|given)\s*:/i,
];

/**
 * "using ..." with an article names the equipment at hand ("count the breaths using a timer"); a bare tool
 * name after "using" ("using SQL", "using Python") or "by using" is the technique being taught.
 */
const USING_EQUIPMENT = /(?<!\bby )\busing (?:a|an|the|their|your|his|her|its|only|appropriate) /i;

const CRITERION_PATTERNS: readonly RegExp[] = [
  // Accuracy
  /\b\d+(?:\.\d+)? ?(?:%|percent|per cent)/i,
  /\bwith (?:\d+ ?% |complete |full |total |high |100 ?% |perfect )?(?:accuracy|precision)\b/i,
  /\b(?:with(?:out)?|making|and) (?:no|zero|fewer than \w+|less than \w+|at most \w+|not more than \w+|a maximum of \w+|no more than \w+|\w+ or fewer) (?:errors?|omissions?|mistakes?|prompts?|deviations?|misses)\b/i,
  /\bwithout (?:any )?(?:errors?|omissions?|mistakes?|prompting|cues|deviation|contaminat\w*)\b/i,
  /\b(?:error[- ]free|zero errors|no errors|100 percent|to the nearest)\b/i,
  /\bwithin (?:\+|±|plus or minus )?\d+(?:\.\d+)? ?(?:mm|mmhg|cm|kg|g|mg|ml|percent|%|degrees?|units?|beats?|breaths?)\b/i,
  // Speed
  /\b(?:with)?in (?:less than |under |no more than |a maximum of |the first |a time limit of )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|sixty|ninety)(?:[- ]to[- ]\d+)? ?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|attempts?|tries)\b/i,
  /\b(?:at least|no more than|no less than|not more than|not less than|a minimum of|a maximum of|up to) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|sixty|ninety) ?(?:seconds?|minutes?|hours?|days?|times?|percent|%|of|out of|correct)?/i,
  /\b(?:within|in under|in less than) (?:the )?(?:time limit|allotted time|given time|golden minute|first minute|first hour)\b/i,
  /\b(?:on|at) the first (?:attempt|try)\b/i,
  // Count correct
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:out )?of (?:\d+|the )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b/i,
  /\b(?:all|each|every one) of the (?:\w+ )?(?:steps|items|criteria|elements|components|points|signs)\b/i,
  /\ball (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|the) ?(?:required |critical |essential )?(?:steps|items|criteria|elements|components|points|surfaces)\b/i,
  /\b\d+ (?:points?|marks?)\b/i,
  /\b(?:score|scoring|pass mark|passing score|pass|passes|achieve|achieving|obtain) (?:of |at least |a score of |a minimum of )?\d/i,
  /\bpasses all\b/i,
  // Standard, checklist, protocol
  /\b(?:according to|in accordance with|in line with|as (?:per|specified|described|outlined|defined|set out|required|prescribed|indicated)|per (?:the |local |national |WHO )?(?:protocol|guidelines?|checklist|standards?|policy|procedure|SOP)|following the (?:\w+ )?(?:protocol|guidelines?|checklist|algorithm|procedure|SOP|standards?)|consistent with (?:the )?(?:\w+ )?(?:guidelines?|standards?|protocol)|that (?:meets?|satisf(?:y|ies)) (?:the )?(?:\w+ )?(?:criteria|standards?|requirements|specification))/i,
  /\b(?:to|at|meeting|meets?) (?:the |a |an )?(?:\w+ )?(?:standard|standards|level|criteria) (?:of|set|required|expected|specified|defined|described|in|on|for)\b/i,
  /\b(?:checklist|rubric|scoring guide|marking scheme|competency standard|assessment criteria|performance criteria)\b/i,
  // Observer
  /\bas (?:judged|assessed|observed|verified|rated|evaluated|determined|confirmed|checked|measured) by\b/i,
  /\bto the satisfaction of\b/i,
  /(?:^|[.;]\s*)(?:criterion|criteria|standard)\s*:/i,
];

export function readCondition(text: string, _tokens: readonly Token[]): StatementPart | undefined {
  for (const pattern of [...CONDITION_PATTERNS, USING_EQUIPMENT]) {
    const match = pattern.exec(text);
    if (match && !isLeadInClause(match[0])) return partOf(text, match.index, match[0]);
  }
  return undefined;
}

/** "On completing this module, ", "By the end of the course, ", "After studying this chapter, ": lead-ins, not conditions. */
function isLeadInClause(clause: string): boolean {
  return /\b(?:complet\w*|end of|conclusion of|studying|finish\w*|successful|this (?:course|module|lesson|unit|session|chapter|training|workshop|program|programme|class|section|tutorial)|the (?:course|module|lesson|unit|session|chapter|training|workshop|program|programme|class|section|tutorial))\b/i.test(clause);
}

export function readCriterion(text: string, _tokens: readonly Token[]): StatementPart | undefined {
  for (const pattern of CRITERION_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return partOf(text, match.index, match[0]);
  }
  return undefined;
}

function partOf(text: string, index: number, matched: string): StatementPart {
  const leading = matched.length - matched.trimStart().length;
  const trimmed = matched.trim().replace(/[,:]$/, '');
  const start = index + leading;
  return { span: { start, end: start + trimmed.length }, text: text.slice(start, start + trimmed.length) };
}
