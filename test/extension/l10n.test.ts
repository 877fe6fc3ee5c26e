// Localisable UI: every user-visible string of the manifest is a %key% of package.nls.json, and every
// runtime string of the extension goes through vscode.l10n.t with a literal message that the English
// bundle (l10n/bundle.l10n.json, written by scripts/l10n-export.mjs) lists.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers';
import { NLS } from './nls';

const raw = readFileSync(join(ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(raw);
const VISIBLE = new Set(['displayName', 'description', 'markdownDescription', 'title', 'category', 'name', 'contextualTitle']);

/** [path, value] of every string in the manifest's user-visible fields. */
function visibleStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, k) => visibleStrings(v, `${path}[${k}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && VISIBLE.has(k)) out.push([`${path}.${k}`, v]);
      else visibleStrings(v, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('localisable UI', () => {
  it('every user-visible manifest string is a %key% of package.nls.json', () => {
    const strings = [
      ['displayName', manifest.displayName],
      ['description', manifest.description],
      ...visibleStrings(manifest.contributes, 'contributes'),
    ];
    // Setting names inside `properties` are ids, not text: only the fields above are checked.
    const plain = strings.filter(([, v]) => !/^%[^%]+%$/.test(v));
    assert.deepEqual(plain, []);
    for (const [path, v] of strings) assert.ok(v.slice(1, -1) in NLS, `${path}: ${v} is not in package.nls.json`);
  });

  it('package.nls.json has no key the manifest does not use', () => {
    const used = new Set([...raw.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]));
    assert.deepEqual(Object.keys(NLS).filter((k) => !used.has(k)), []);
  });

  it('runtime strings: every vscode.l10n.t message is a literal, and l10n/bundle.l10n.json is up to date', async () => {
    assert.equal(manifest.l10n, './l10n');
    const url = pathToFileURL(join(ROOT, 'scripts', 'l10n-export.mjs')).href;
    const { collect } = (await import(url)) as { collect(): { text: string; dynamic: string[]; bundle: Record<string, string> } };
    const { text, dynamic, bundle } = collect();
    assert.deepEqual(dynamic, [], 'a message built at run time cannot be translated');
    assert.equal(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8'), text, 'run node scripts/l10n-export.mjs');
    assert.ok('Mark item as reviewed' in bundle);
  });

  it('the package ships package.nls.json and l10n/', () => {
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!package.nls*.json'));
    assert.ok(ignore.includes('!l10n/**'));
  });
});
