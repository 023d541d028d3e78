import { METHOD_CLASSES, type MethodClass } from './methods';
import type { SeveritySetting } from './types';
import type { VocabularySettings } from './vocabulary';

/** Settings shared by the editor and the CLI; read from `.idstudio.json` and, in VS Code, user settings. */
export interface Config {
  /** Severity overrides by rule code. */
  rules: Record<string, SeveritySetting>;
  verbs: { measurable: string[]; nonMeasurable: string[] };
  /** Extra words that classify a task's free-text `frequency` and `criticality` (kinds.ts `TASK_VOCABULARY`). */
  vocabulary: VocabularySettings;
  /** Extra terms per method class, added to the built-in vocabulary of `method:` values. */
  methods: Partial<Record<MethodClass, string[]>>;
  /** Globs (relative to the design root) of files that are not checked. */
  ignore: string[];
}

export const CONFIG_FILE_NAME = '.idstudio.json';
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export function defaultConfig(): Config {
  return { rules: {}, verbs: { measurable: [], nonMeasurable: [] }, vocabulary: { infrequent: [], critical: [] }, methods: {}, ignore: [] };
}

export interface ConfigResult { config: Config; errors: string[] }

/** Validates raw configuration (parsed JSON); keeps what is valid and explains what is not. */
export function readConfig(raw: unknown, knownCodes: ReadonlySet<string>): ConfigResult {
  const config = defaultConfig();
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { config, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { config, errors: ['the configuration must be a JSON object'] };
  const { rules, verbs, vocabulary, methods, ignore } = raw as Record<string, unknown>;
  if (rules !== undefined) readRules(rules, knownCodes, config, errors);
  if (verbs !== undefined) {
    if (typeof verbs !== 'object' || verbs === null || Array.isArray(verbs)) errors.push('"verbs" must be an object');
    else {
      const { measurable, nonMeasurable } = verbs as Record<string, unknown>;
      config.verbs.measurable = stringList(measurable, 'verbs.measurable', errors);
      config.verbs.nonMeasurable = stringList(nonMeasurable, 'verbs.nonMeasurable', errors);
    }
  }
  if (vocabulary !== undefined) {
    if (typeof vocabulary !== 'object' || vocabulary === null || Array.isArray(vocabulary)) errors.push('"vocabulary" must be an object');
    else {
      const { infrequent, critical } = vocabulary as Record<string, unknown>;
      config.vocabulary.infrequent = stringList(infrequent, 'vocabulary.infrequent', errors);
      config.vocabulary.critical = stringList(critical, 'vocabulary.critical', errors);
    }
  }
  if (methods !== undefined) readMethods(methods, config, errors);
  config.ignore = stringList(ignore, 'ignore', errors);
  return { config, errors };
}

function readMethods(methods: unknown, config: Config, errors: string[]): void {
  if (typeof methods !== 'object' || methods === null || Array.isArray(methods)) {
    errors.push(`"methods" must map method classes (${METHOD_CLASSES.join(', ')}) to lists of terms`);
    return;
  }
  for (const [methodClass, terms] of Object.entries(methods)) {
    if (!METHOD_CLASSES.includes(methodClass as MethodClass)) {
      errors.push(`unknown method class "${methodClass}" in "methods": use ${METHOD_CLASSES.join(', ')}`);
    } else config.methods[methodClass as MethodClass] = stringList(terms, `methods.${methodClass}`, errors);
  }
}

function readRules(rules: unknown, knownCodes: ReadonlySet<string>, config: Config, errors: string[]): void {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    errors.push('"rules" must map rule codes to error, warning, info, hint or off');
    return;
  }
  for (const [code, severity] of Object.entries(rules)) {
    if (!knownCodes.has(code)) errors.push(`unknown rule code "${code}" in "rules"`);
    else if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
      errors.push(`rule "${code}": severity must be one of ${SEVERITIES.join(', ')}`);
    } else config.rules[code] = severity as SeveritySetting;
  }
}

function stringList(value: unknown, name: string, errors: string[]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every(entry => typeof entry === 'string')) return value as string[];
  errors.push(`"${name}" must be a list of strings`);
  return [];
}

/** Layers overrides (for example VS Code settings) on top of a base configuration. */
export function mergeConfig(base: Config, override: Partial<Config>): Config {
  return {
    rules: { ...base.rules, ...override.rules },
    verbs: {
      measurable: [...base.verbs.measurable, ...(override.verbs?.measurable ?? [])],
      nonMeasurable: [...base.verbs.nonMeasurable, ...(override.verbs?.nonMeasurable ?? [])],
    },
    vocabulary: {
      infrequent: [...base.vocabulary.infrequent, ...(override.vocabulary?.infrequent ?? [])],
      critical: [...base.vocabulary.critical, ...(override.vocabulary?.critical ?? [])],
    },
    methods: Object.fromEntries(METHOD_CLASSES.map(methodClass =>
      [methodClass, [...(base.methods[methodClass] ?? []), ...(override.methods?.[methodClass] ?? [])]])),
    ignore: [...base.ignore, ...(override.ignore ?? [])],
  };
}
