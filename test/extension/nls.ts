// The manifest as VS Code shows it in English: every "%key%" string of package.json replaced by its text in
// package.nls.json (tests that read titles and descriptions use this).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

export const NLS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));

export function localize<T>(value: T): T {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    return (m && m[1] in NLS ? NLS[m[1]] : value) as T;
  }
  if (Array.isArray(value)) return value.map(localize) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localize(v)])) as T;
  }
  return value;
}

/** package.json with its "%key%" placeholders resolved. */
export function localizedManifest(): any {
  return localize(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));
}
