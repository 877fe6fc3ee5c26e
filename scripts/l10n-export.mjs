// Writes l10n/bundle.l10n.json: every runtime string of the extension (each `vscode.l10n.t('...')` in
// src/extension, and each `t('...')` of the pure modules, whose translation function `t` the adapters pass
// as vscode.l10n.t: see src/extension/translate.ts), the English bundle translators start from (bundle.l10n.<locale>.json beside it, found
// through the manifest's "l10n" field). Manifest strings are in package.nls.json.
//   node scripts/l10n-export.mjs          write the bundle
//   node scripts/l10n-export.mjs --check  exit 1 when the bundle is out of date (the tests do the same)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The message of every `l10n.t(...)` call, and of every call of a bare `t(...)` (the pure modules' translation
 * parameter), in a source text; calls whose message is not a literal are listed apart.
 */
export function extractMessages(source) {
  const messages = [];
  const dynamic = [];
  const call = /\bl10n\.t\(\s*|(?<![\w.$])t\(\s*/g;
  for (let m = call.exec(source); m; m = call.exec(source)) {
    const at = call.lastIndex;
    const quote = source[at];
    if (quote !== "'" && quote !== '"' && quote !== '`') {
      dynamic.push(source.slice(at, at + 40));
      continue;
    }
    let i = at + 1;
    let raw = '';
    for (; i < source.length && source[i] !== quote; i++) {
      if (source[i] === '\\') raw += source[i++];
      raw += source[i];
    }
    if (quote === '`' && raw.includes('${')) {
      dynamic.push(source.slice(at, at + 40));
      continue;
    }
    // The literal's value: escapes as in JavaScript (the sources use \\, \', \" and \n at most).
    messages.push(raw.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c));
  }
  return { messages, dynamic };
}

export function collect() {
  const dir = join(root, 'src', 'extension');
  const bundle = {};
  const dynamic = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const found = extractMessages(readFileSync(join(dir, name), 'utf8'));
    for (const message of found.messages) bundle[message] = message;
    for (const d of found.dynamic) dynamic.push(`${name}: ${d}`);
  }
  const sorted = Object.fromEntries(Object.keys(bundle).sort().map((k) => [k, bundle[k]]));
  return { bundle: sorted, dynamic, text: JSON.stringify(sorted, null, 2) + '\n' };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { text, dynamic } = collect();
  const path = join(root, 'l10n', 'bundle.l10n.json');
  if (dynamic.length > 0) console.error(`l10n.t with a message that is not a literal (cannot be translated):\n  ${dynamic.join('\n  ')}`);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing
    }
    if (current !== text || dynamic.length > 0) {
      console.error('l10n/bundle.l10n.json is out of date: run node scripts/l10n-export.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path} (${Object.keys(JSON.parse(text)).length} strings)`);
  }
}
