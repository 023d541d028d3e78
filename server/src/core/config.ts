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
  if (verbs !== undefined) readStringLists(verbs, 'verbs', config.verbs, errors);
  if (vocabulary !== undefined) readStringLists(vocabulary, 'vocabulary', config.vocabulary, errors);
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

/** Fills each list of `target` from the same key of a raw object (`verbs`, `vocabulary`). */
function readStringLists<T extends { [K in keyof T]: string[] }>(raw: unknown, name: string, target: T, errors: string[]): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push(`"${name}" must be an object`);
    return;
  }
  const values = raw as Record<string, unknown>;
  for (const key of Object.keys(target) as (keyof T & string)[]) {
    target[key] = stringList(values[key], `${name}.${key}`, errors) as T[keyof T & string];
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
