// Reading and validating the `wireDesk.*` settings. Pure: the caller passes a getter (in the extension,
// `workspace.getConfiguration('wireDesk').get`), so this module has no `vscode` import and is unit-tested.
// A bad value never throws: it produces a warning that names the setting and falls back to the default.
import type { ReviewOptions, Severity } from '../core/model';

export type RuleSetting = Severity | 'off';

export interface WireDeskSettings {
  /** Name written in the review stamp; empty means "use the OS user name". */
  reviewer: string;
  /** Extra disclaimer phrases, literal text. */
  disclaimerPhrases: string[];
  /** Switch plain-text documents that start with a wire header to `wirefeed`. */
  detectWireItems: boolean;
  /** Severity per rule id, only for rules the user configured (and validly). */
  severity: Record<string, RuleSetting>;
}

export const DEFAULT_SETTINGS: Readonly<WireDeskSettings> = Object.freeze({
  reviewer: '',
  disclaimerPhrases: [],
  detectWireItems: true,
  severity: {},
});

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface SettingsResult {
  settings: WireDeskSettings;
  /** One plain sentence per bad value, each naming the setting (`wireDesk.severity`). */
  warnings: string[];
}

/** Shortest phrase we accept: anything shorter would mark ordinary text as a disclaimer. */
export const MIN_PHRASE_LENGTH = 4;
/** Longest phrase: the engine reads a paragraph longer than 700 characters as article text, never a disclaimer. */
export const MAX_PHRASE_LENGTH = 600;
/** Most phrases: each paragraph is compared with every phrase. */
export const MAX_PHRASES = 100;
/** Longest reviewer name (the core writes at most 100 characters of it in a stamp). */
export const MAX_REVIEWER_LENGTH = 100;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * Validates raw setting values. `get(key)` returns the raw value of `wireDesk.<key>` (undefined when
 * unset); `ruleIds` are the known rule ids (from the core's `ruleList`).
 */
export function readSettings(get: (key: string) => unknown, ruleIds: readonly string[]): SettingsResult {
  const warnings: string[] = [];
  const settings: WireDeskSettings = {
    reviewer: DEFAULT_SETTINGS.reviewer,
    disclaimerPhrases: [],
    detectWireItems: DEFAULT_SETTINGS.detectWireItems,
    severity: {},
  };

  const reviewer = get('reviewer');
  if (reviewer !== undefined && reviewer !== null) {
    if (typeof reviewer !== 'string') {
      warnings.push(`wireDesk.reviewer must be a name (text), not ${describe(reviewer)}; using your OS user name instead.`);
    } else if (/[\r\n]/.test(reviewer)) {
      warnings.push('wireDesk.reviewer must be on one line; using your OS user name instead.');
    } else if (reviewer.trim().length > MAX_REVIEWER_LENGTH) {
      warnings.push(`wireDesk.reviewer is longer than ${MAX_REVIEWER_LENGTH} characters (a review stamp is one short line); using your OS user name instead.`);
    } else if (/[,"\u201c\u201d\u201e\u201f\u00ab\u00bb\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(reviewer)) {
      warnings.push(
        `wireDesk.reviewer ${describe(reviewer)} has a comma, a double quote mark or a control character, which a review stamp cannot hold (the comma ends the name); using your OS user name instead.`,
      );
    } else {
      settings.reviewer = reviewer.trim();
    }
  }

  const phrases = get('disclaimerPhrases');
  if (phrases !== undefined && phrases !== null) {
    if (!Array.isArray(phrases)) {
      warnings.push(`wireDesk.disclaimerPhrases must be a list of phrases, not ${describe(phrases)}; ignoring it.`);
    } else {
      const seen = new Set<string>();
      for (const phrase of phrases) {
        if (typeof phrase !== 'string') {
          warnings.push(`wireDesk.disclaimerPhrases: ${describe(phrase)} is not a phrase (text); ignoring that entry.`);
          continue;
        }
        const trimmed = phrase.trim();
        if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(trimmed)) {
          warnings.push(`wireDesk.disclaimerPhrases: ${describe(phrase)} holds half a character (a lone surrogate escape); ignoring that entry.`);
          continue;
        }
        if (trimmed.length > MAX_PHRASE_LENGTH) {
          warnings.push(
            `wireDesk.disclaimerPhrases: ${describe(phrase)} is longer than ${MAX_PHRASE_LENGTH} characters, longer than any disclaimer (a short paragraph); ignoring that entry.`,
          );
          continue;
        }
        if (settings.disclaimerPhrases.length >= MAX_PHRASES) {
          warnings.push(`wireDesk.disclaimerPhrases has more than ${MAX_PHRASES} phrases; using the first ${MAX_PHRASES}.`);
          break;
        }
        if (trimmed.replace(/\s+/g, '').length < MIN_PHRASE_LENGTH) {
          warnings.push(
            `wireDesk.disclaimerPhrases: ${describe(phrase)} is too short to identify a disclaimer (at least ${MIN_PHRASE_LENGTH} letters); ignoring that entry.`,
          );
          continue;
        }
        const key = trimmed.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        settings.disclaimerPhrases.push(trimmed);
      }
    }
  }

  const detect = get('detectWireItems');
  if (detect !== undefined && detect !== null) {
    if (typeof detect !== 'boolean') {
      warnings.push(`wireDesk.detectWireItems must be true or false, not ${describe(detect)}; using true.`);
    } else {
      settings.detectWireItems = detect;
    }
  }

  const severity = get('severity');
  if (severity !== undefined && severity !== null) {
    if (typeof severity !== 'object' || Array.isArray(severity)) {
      warnings.push(`wireDesk.severity must be an object of rule ids and levels, not ${describe(severity)}; using the default severities.`);
    } else {
      const known = new Set(ruleIds);
      for (const [rule, value] of Object.entries(severity as Record<string, unknown>)) {
        if (!known.has(rule)) {
          warnings.push(`wireDesk.severity: there is no rule "${rule}" (rules: ${ruleIds.join(', ')}); ignoring it.`);
          continue;
        }
        const level = typeof value === 'string' ? value.trim().toLowerCase() : value;
        if (typeof level !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(level)) {
          warnings.push(
            `wireDesk.severity: "${rule}" is set to ${describe(value)}, which is not one of ${RULE_SETTINGS.join(', ')}; using the rule's default.`,
          );
          continue;
        }
        settings.severity[rule] = level as RuleSetting;
      }
    }
  }

  return { settings, warnings };
}

/** The engine options these settings stand for (what the review cache is keyed on). */
export function reviewOptions(settings: WireDeskSettings, wholeTextIsItem: boolean): ReviewOptions {
  return {
    disclaimerPhrases: settings.disclaimerPhrases,
    severities: settings.severity,
    wholeTextIsItem,
  };
}
