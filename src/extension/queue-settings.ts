// The review queue's settings (`wireDesk.include`, `wireDesk.exclude`, `wireDesk.workspaceDiagnostics`)
// and which files are in scope. Pure (no `vscode` import): a bad value produces a warning naming the
// setting, and its default is used.
import { compileGlobs, normalisePath } from '../core/config/glob';
import { english, type Translate } from './translate';

export interface QueueSettings {
  include: string[];
  exclude: string[];
  workspaceDiagnostics: boolean;
}

export const DEFAULT_QUEUE_SETTINGS: Readonly<QueueSettings> = Object.freeze({
  include: ['**/*.txt', '**/*.wire'],
  exclude: ['**/node_modules/**'],
  workspaceDiagnostics: false,
});

function globList(get: (key: string) => unknown, key: 'include' | 'exclude', warnings: string[], t: Translate): string[] {
  const value = get(key);
  const fallback = [...DEFAULT_QUEUE_SETTINGS[key]];
  if (value === undefined || value === null) return fallback;
  if (!Array.isArray(value)) {
    warnings.push(t('wireDesk.{0} must be a list of globs (such as "**/*.txt"); using {1}.', key, JSON.stringify(fallback)));
    return fallback;
  }
  const out: string[] = [];
  for (const glob of value) {
    if (typeof glob !== 'string' || glob.trim() === '') {
      warnings.push(t('wireDesk.{0}: {1} is not a glob; ignoring that entry.', key, String(JSON.stringify(glob))));
      continue;
    }
    out.push(glob.trim());
  }
  return out;
}

export function readQueueSettings(
  get: (key: string) => unknown,
  t: Translate = english,
): { settings: QueueSettings; warnings: string[] } {
  const warnings: string[] = [];
  const include = globList(get, 'include', warnings, t);
  const exclude = globList(get, 'exclude', warnings, t);
  let workspaceDiagnostics = DEFAULT_QUEUE_SETTINGS.workspaceDiagnostics;
  const wd = get('workspaceDiagnostics');
  if (wd !== undefined && wd !== null) {
    if (typeof wd === 'boolean') workspaceDiagnostics = wd;
    else warnings.push(t('wireDesk.workspaceDiagnostics must be true or false, not {0}; using false.', String(JSON.stringify(wd))));
  }
  return { settings: { include, exclude, workspaceDiagnostics }, warnings };
}

/**
 * A matcher for VS Code-style globs against a workspace-relative path: a glob matches the path or one of
 * its folders (so `**\/.git` and `**\/node_modules` exclude what is inside them too).
 */
export function workspaceGlobMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const cleaned = globs.filter((g) => g.trim()).map((g) => normalisePath(g.trim()).replace(/\/+$/, ''));
  if (cleaned.length === 0) return () => false;
  // Matched without regular expressions: a glob from settings must not be able to hang the extension host.
  const matches = compileGlobs(cleaned, { orBelow: true });
  return (relativePath) => matches(normalisePath(relativePath));
}

/** The globs of a `files.exclude` value that are on (`true`; conditional `{ "when": ... }` ones are left to VS Code). */
export function enabledGlobs(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

export interface Scope {
  /** Whether a workspace-relative path is a queue candidate (before ignore files and header detection). */
  includes(relativePath: string): boolean;
  /** What the scope was built from (to tell whether it changed). */
  signature: string;
}

export function queueScope(settings: QueueSettings, filesExclude: readonly string[]): Scope {
  const excluded = workspaceGlobMatcher([...settings.exclude, ...filesExclude]);
  // An include glob names files (a glob such as `*.txt` matches at the folder's root only, as in VS Code's search).
  const includeGlobs = compileGlobs(settings.include.map((g) => normalisePath(g)));
  const included = (p: string) => includeGlobs(normalisePath(p));
  return {
    includes: (path) => included(path) && !excluded(path),
    signature: JSON.stringify([settings.include, settings.exclude, filesExclude]),
  };
}
