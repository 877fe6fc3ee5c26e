// Reading and validating the `wireDesk.*` settings. Pure: the caller passes a getter (in the extension,
// `workspace.getConfiguration('wireDesk').get`), so this module has no `vscode` import and is unit-tested.
// A bad value never throws: it produces a warning that names the setting and falls back to the default.
import type { ReviewOptions, Severity } from '../core/model';
import { english, type Translate } from './translate';

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

function describeIn(t: Translate, value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('a list');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return t('an object');
  return String(value);
}

/**
 * Validates raw setting values. `get(key)` returns the raw value of `wireDesk.<key>` (undefined when
 * unset); `ruleIds` are the known rule ids (from the core's `ruleList`).
 */
export function readSettings(
  get: (key: string) => unknown,
  ruleIds: readonly string[],
  t: Translate = english,
): SettingsResult {
  const describe = (value: unknown) => describeIn(t, value);
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
      warnings.push(t('wireDesk.reviewer must be a name (text), not {0}; using your OS user name instead.', describe(reviewer)));
    } else if (/[\r\n]/.test(reviewer)) {
      warnings.push(t('wireDesk.reviewer must be on one line; using your OS user name instead.'));
    } else if (reviewer.trim().length > MAX_REVIEWER_LENGTH) {
      warnings.push(t(
          'wireDesk.reviewer is longer than {0} characters (a review stamp is one short line); using your OS user name instead.',
          MAX_REVIEWER_LENGTH,
        ));
    } else if (/[,"\u201c\u201d\u201e\u201f\u00ab\u00bb\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(reviewer)) {
      warnings.push(
        t(
          'wireDesk.reviewer {0} has a comma, a double quote mark or a control character, which a review stamp cannot hold (the comma ends the name); using your OS user name instead.',
          describe(reviewer),
        ),
      );
    } else {
      settings.reviewer = reviewer.trim();
    }
  }

  const phrases = get('disclaimerPhrases');
  if (phrases !== undefined && phrases !== null) {
    if (!Array.isArray(phrases)) {
      warnings.push(t('wireDesk.disclaimerPhrases must be a list of phrases, not {0}; ignoring it.', describe(phrases)));
    } else {
      const seen = new Set<string>();
      for (const phrase of phrases) {
        if (typeof phrase !== 'string') {
          warnings.push(t('wireDesk.disclaimerPhrases: {0} is not a phrase (text); ignoring that entry.', describe(phrase)));
          continue;
        }
        const trimmed = phrase.trim();
        if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(trimmed)) {
          warnings.push(t('wireDesk.disclaimerPhrases: {0} holds half a character (a lone surrogate escape); ignoring that entry.', describe(phrase)));
          continue;
        }
        if (trimmed.length > MAX_PHRASE_LENGTH) {
          warnings.push(
            t(
              'wireDesk.disclaimerPhrases: {0} is longer than {1} characters, longer than any disclaimer (a short paragraph); ignoring that entry.',
              describe(phrase),
              MAX_PHRASE_LENGTH,
            ),
          );
          continue;
        }
        if (settings.disclaimerPhrases.length >= MAX_PHRASES) {
          warnings.push(t('wireDesk.disclaimerPhrases has more than {0} phrases; using the first {0}.', MAX_PHRASES));
          break;
        }
        if (trimmed.replace(/\s+/g, '').length < MIN_PHRASE_LENGTH) {
          warnings.push(
            t(
              'wireDesk.disclaimerPhrases: {0} is too short to identify a disclaimer (at least {1} letters); ignoring that entry.',
              describe(phrase),
              MIN_PHRASE_LENGTH,
            ),
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
      warnings.push(t('wireDesk.detectWireItems must be true or false, not {0}; using true.', describe(detect)));
    } else {
      settings.detectWireItems = detect;
    }
  }

  const severity = get('severity');
  if (severity !== undefined && severity !== null) {
    if (typeof severity !== 'object' || Array.isArray(severity)) {
      warnings.push(t('wireDesk.severity must be an object of rule ids and levels, not {0}; using the default severities.', describe(severity)));
    } else {
      const known = new Set(ruleIds);
      for (const [rule, value] of Object.entries(severity as Record<string, unknown>)) {
        if (!known.has(rule)) {
          warnings.push(t('wireDesk.severity: there is no rule "{0}" (rules: {1}); ignoring it.', rule, ruleIds.join(', ')));
          continue;
        }
        const level = typeof value === 'string' ? value.trim().toLowerCase() : value;
        if (typeof level !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(level)) {
          warnings.push(
            t(
              'wireDesk.severity: "{0}" is set to {1}, which is not one of {2}; using the rule\'s default.',
              rule,
              describe(value),
              RULE_SETTINGS.join(', '),
            ),
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
