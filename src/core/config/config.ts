// The shared configuration file `.wiredesk.json`: what it may hold, how it is read, and how it combines
// with one user's settings. Pure (no Node API, no `vscode`): the CLI reads the file with `fs`, the
// extension with `vscode.workspace.fs`, and both hand its text to `parseConfig`.
//
// A bad config never stops a review: every mistake becomes a problem naming the file, the key and the
// line, and the default is used for that key only.
import type { Acceptance, ReviewOptions, Severity } from '../model';
import { parseJsonc, type JsonNode, type JsonProperty } from './jsonc';

export const CONFIG_FILE_NAME = '.wiredesk.json';

export type RuleLevel = Severity | 'off';
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface WireDeskConfig {
  /** Severity per rule id, only for the rules the file sets. */
  severity: Record<string, RuleLevel>;
  /** Extra disclaimer phrases (literal text). */
  disclaimerPhrases: string[];
  /** Name for the review stamp, when the file sets one. */
  reviewer?: string;
  /** Globs of files not to review when walking folders or scanning the workspace, relative to the file's folder. */
  ignore: string[];
  /** Findings accepted for an item (see fingerprint.ts). */
  accepted: Acceptance[];
}

export interface ConfigProblem {
  /** The config file, as the caller named it. */
  file: string;
  /** The key in error, as a path: `severity.secondary-source`, `accepted[2].rule`; '' for the whole file. */
  key: string;
  /** 1-based line and column of the mistake. */
  line: number;
  column: number;
  message: string;
}

export interface ConfigResult {
  config: WireDeskConfig;
  problems: ConfigProblem[];
}

export const KNOWN_KEYS = ['$schema', 'severity', 'disclaimerPhrases', 'reviewer', 'ignore', 'accepted'] as const;
/** Shortest disclaimer phrase accepted (as in the settings): shorter ones would match ordinary text. */
export const MIN_PHRASE_LETTERS = 4;

export function emptyConfig(): WireDeskConfig {
  return { severity: {}, disclaimerPhrases: [], ignore: [], accepted: [] };
}

/** `file:line:column: key: message` — the form every face prints. */
export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.key ? `"${p.key}" ` : ''}${p.message}`;
}

function describe(node: JsonNode): string {
  switch (node.type) {
    case 'string':
      return JSON.stringify(node.value.length > 40 ? node.value.slice(0, 40) + '…' : node.value);
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    default:
      return String(node.value);
  }
}

/**
 * Reads the text of a `.wiredesk.json`. `file` is only used in messages; `ruleIds` are the engine's rule
 * ids (from `ruleList`).
 */
export function parseConfig(text: string, file: string, ruleIds: readonly string[]): ConfigResult {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const at = (offset: number) => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset && k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
  const problem = (key: string, offset: number, message: string) => problems.push({ file, key, ...at(offset), message });

  if (text.trim() === '') return { config, problems }; // an empty file is an empty config
  const parsed = parseJsonc(text);
  if ('error' in parsed) {
    problem('', parsed.error.offset, `is not valid JSON: ${parsed.error.message}; using the defaults for everything.`);
    return { config, problems };
  }
  const root = parsed.node;
  if (root.type !== 'object') {
    problem('', root.start, `must hold an object ({ ... }), not ${describe(root)}; using the defaults for everything.`);
    return { config, problems };
  }

  for (const prop of root.properties) {
    switch (prop.key) {
      case '$schema':
        break;
      case 'severity':
        readSeverity(prop, ruleIds, config, problem);
        break;
      case 'disclaimerPhrases':
        readPhrases(prop, config, problem);
        break;
      case 'reviewer': {
        const v = prop.value;
        if (v.type !== 'string') problem('reviewer', v.start, `must be a name (text), not ${describe(v)}; ignoring it.`);
        else if (/[\r\n]/.test(v.value)) problem('reviewer', v.start, 'must be on one line; ignoring it.');
        else if (v.value.trim() !== '') config.reviewer = v.value.replace(/\s+/g, ' ').trim();
        break;
      }
      case 'ignore':
        readIgnore(prop, config, problem);
        break;
      case 'accepted':
        readAccepted(prop, ruleIds, config, problem);
        break;
      default:
        problem(prop.key, prop.keyStart, `is not a Wire Desk setting (known: ${KNOWN_KEYS.filter((k) => k !== '$schema').join(', ')}); ignoring it.`);
    }
  }
  return { config, problems };
}

type Report = (key: string, offset: number, message: string) => void;

function readSeverity(prop: JsonProperty, ruleIds: readonly string[], config: WireDeskConfig, problem: Report): void {
  const v = prop.value;
  if (v.type !== 'object') {
    problem('severity', v.start, `must be an object of rule ids and levels, not ${describe(v)}; using the default severities.`);
    return;
  }
  for (const entry of v.properties) {
    const key = `severity.${entry.key}`;
    if (!ruleIds.includes(entry.key)) {
      problem(key, entry.keyStart, `there is no rule "${entry.key}" (rules: ${ruleIds.join(', ')}); ignoring it.`);
      continue;
    }
    const level = entry.value.type === 'string' ? entry.value.value.trim().toLowerCase() : undefined;
    if (!level || !(RULE_LEVELS as readonly string[]).includes(level)) {
      problem(key, entry.value.start, `must be one of ${RULE_LEVELS.join(', ')}, not ${describe(entry.value)}; using the rule's default.`);
      continue;
    }
    config.severity[entry.key] = level as RuleLevel;
  }
}

function readPhrases(prop: JsonProperty, config: WireDeskConfig, problem: Report): void {
  const v = prop.value;
  if (v.type !== 'array') {
    problem('disclaimerPhrases', v.start, `must be a list of phrases, not ${describe(v)}; ignoring it.`);
    return;
  }
  const seen = new Set<string>();
  v.items.forEach((item, k) => {
    const key = `disclaimerPhrases[${k}]`;
    if (item.type !== 'string') {
      problem(key, item.start, `${describe(item)} is not a phrase (text); ignoring that entry.`);
      return;
    }
    const phrase = item.value.replace(/\s+/g, ' ').trim();
    if (phrase.replace(/\s+/g, '').length < MIN_PHRASE_LETTERS) {
      problem(key, item.start, `${describe(item)} is too short to identify a disclaimer (at least ${MIN_PHRASE_LETTERS} letters); ignoring that entry.`);
      return;
    }
    if (seen.has(phrase.toLowerCase())) return;
    seen.add(phrase.toLowerCase());
    config.disclaimerPhrases.push(phrase);
  });
}

function readIgnore(prop: JsonProperty, config: WireDeskConfig, problem: Report): void {
  const v = prop.value;
  if (v.type !== 'array') {
    problem('ignore', v.start, `must be a list of globs (such as "archive/**"), not ${describe(v)}; ignoring it.`);
    return;
  }
  v.items.forEach((item, k) => {
    if (item.type !== 'string' || item.value.trim() === '') {
      problem(`ignore[${k}]`, item.start, `${describe(item)} is not a glob (text); ignoring that entry.`);
      return;
    }
    config.ignore.push(item.value.trim());
  });
}

/** The fields of an accepted finding, in the order they are read and written; the first three are required. */
export const ACCEPTANCE_KEYS: readonly (keyof Acceptance)[] = ['rule', 'item', 'text', 'hash', 'note', 'by', 'date'];

function readAccepted(prop: JsonProperty, ruleIds: readonly string[], config: WireDeskConfig, problem: Report): void {
  const v = prop.value;
  if (v.type !== 'array') {
    problem('accepted', v.start, `must be a list of accepted findings, not ${describe(v)}; no finding is accepted.`);
    return;
  }
  v.items.forEach((entry, k) => {
    const key = `accepted[${k}]`;
    if (entry.type !== 'object') {
      problem(key, entry.start, `must be an object ({ "rule": ..., "item": ..., "text": ... }), not ${describe(entry)}; ignoring that entry.`);
      return;
    }
    const fields: Record<string, string> = {};
    let bad = false;
    for (const p of entry.properties) {
      if (!(ACCEPTANCE_KEYS as readonly string[]).includes(p.key)) {
        problem(`${key}.${p.key}`, p.keyStart, `is not a field of an accepted finding (fields: ${ACCEPTANCE_KEYS.join(', ')}); ignoring it.`);
        continue;
      }
      if (p.value.type !== 'string') {
        problem(`${key}.${p.key}`, p.value.start, `must be text, not ${describe(p.value)}; ignoring that entry.`);
        bad = true;
        continue;
      }
      fields[p.key] = p.value.value;
    }
    if (bad) return;
    for (const required of ACCEPTANCE_KEYS.slice(0, 3)) {
      if (fields[required] === undefined) {
        problem(key, entry.start, `has no "${required}"; ignoring that entry.`);
        return;
      }
    }
    if (!ruleIds.includes(fields.rule)) {
      const ruleProp = entry.properties.find((p) => p.key === 'rule')!;
      problem(`${key}.rule`, ruleProp.value.start, `there is no rule "${fields.rule}" (rules: ${ruleIds.join(', ')}); ignoring that entry.`);
      return;
    }
    const acceptance = {} as Acceptance;
    for (const name of ACCEPTANCE_KEYS) if (fields[name] !== undefined) acceptance[name] = fields[name];
    config.accepted.push(acceptance);
  });
}

/** What one user's settings add to a config (the extension's `wireDesk.*` settings, the CLI's options). */
export interface UserOverrides {
  /** Per-rule severity set by the user: wins over the config for those rules. */
  severity?: Readonly<Record<string, RuleLevel>>;
  /** Extra disclaimer phrases: added to the config's. */
  disclaimerPhrases?: readonly string[];
  /** The user's own name: wins over the config's when not empty. */
  reviewer?: string;
}

export interface Effective {
  options: ReviewOptions;
  /** The reviewer's name, '' when neither the user nor the config gives one. */
  reviewer: string;
  ignore: string[];
}

/** The config (may be absent) with one user's settings on top: settings override it for that user. */
export function mergeConfig(config: WireDeskConfig | undefined, user: UserOverrides = {}): Effective {
  const base = config ?? emptyConfig();
  const phrases: string[] = [];
  const seen = new Set<string>();
  for (const p of [...base.disclaimerPhrases, ...(user.disclaimerPhrases ?? [])]) {
    const k = p.replace(/\s+/g, ' ').trim().toLowerCase();
    if (k && !seen.has(k)) {
      seen.add(k);
      phrases.push(p);
    }
  }
  const options: ReviewOptions = {
    disclaimerPhrases: phrases,
    severities: { ...base.severity, ...(user.severity ?? {}) },
  };
  if (base.accepted.length > 0) options.accepted = base.accepted;
  const reviewer = (user.reviewer ?? '').trim() || base.reviewer || '';
  return { options, reviewer, ignore: [...base.ignore] };
}

/**
 * The folders where a config is looked for, nearest first: `dir` itself and each parent, stopping at
 * `stopAt` when given (a workspace folder). Paths are `/`-separated (a URI path or a POSIX path; a
 * Windows path is accepted with either separator and keeps its drive).
 */
export function configSearchDirs(dir: string, stopAt?: string): string[] {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/(.)\/+$/, '$1');
  const stop = stopAt === undefined ? undefined : norm(stopAt);
  const inside = (p: string, folder: string) => p === folder || p.startsWith(folder.endsWith('/') ? folder : folder + '/');
  const out: string[] = [];
  let current = norm(dir);
  for (;;) {
    out.push(current);
    if (stop !== undefined && current === stop) break;
    const slash = current.lastIndexOf('/');
    if (slash < 0) break;
    let parent = current.slice(0, slash);
    if (parent === '') parent = '/';
    else if (/^[A-Za-z]:$/.test(parent)) parent += '/';
    if (parent === current) break;
    if (stop !== undefined && !inside(parent, stop)) break;
    current = parent;
  }
  return out;
}

/** A path relative to `dir` (both `/`-separated, `path` inside `dir`), or undefined when it is outside. */
export function relativeTo(dir: string, path: string): string | undefined {
  const d = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  const p = path.replace(/\\/g, '/');
  if (d === '') return p.replace(/^\/+/, '');
  if (!p.startsWith(d + '/')) return undefined;
  return p.slice(d.length + 1);
}
