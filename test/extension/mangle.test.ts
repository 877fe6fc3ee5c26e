// The production bundles shorten the internal property names listed in scripts/bundle-options.mjs. A name
// that crosses the bundle's boundary would break the extension only once minified, so these tests hold the
// list to its rules: every name is used in src, none is spelled as a string there, none is a key of the
// review's JSON, a member of the VS Code API, a key of the manifest or the configuration schema, or a
// built-in property; and the minified bundle really has them shortened.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { reviewText, ruleList } from '../../src/core';
import { ROOT } from './helpers';

interface BundleOptions {
  INTERNAL_PROPERTIES: readonly string[];
  mangleProps: RegExp;
}

async function bundleOptions(): Promise<BundleOptions> {
  return (await import(pathToFileURL(join(ROOT, 'scripts', 'bundle-options.mjs')).href)) as BundleOptions;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : name.endsWith('.ts') ? [file] : [];
  });
}

/** TypeScript source without its comments (good enough for our code: no `//` inside its strings). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function jsonKeys(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) jsonKeys(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      for (const part of key.split('.')) into.add(part);
      jsonKeys(v, into);
    }
  } else if (typeof value === 'string' && /^[\w$.]+$/.test(value)) for (const part of value.split('.')) into.add(part);
  return into;
}

function builtInProperties(): Set<string> {
  const names = new Set<string>(['lastIndex', 'index', 'input', 'groups', 'done', 'value', 'next', 'exports', 'default', '__esModule']);
  const objects: object[] = [
    String.prototype, Array.prototype, Map.prototype, Set.prototype, WeakMap.prototype, Object.prototype, RegExp.prototype,
    Promise.prototype, Function.prototype, Error.prototype, Number.prototype, Date.prototype, Uint8Array.prototype,
    Object, Array, String, Number, Date, JSON, Math, Promise, Reflect, Symbol, Intl, globalThis, console, process, os, path, performance,
    os.userInfo(), new Error(),
  ];
  for (const o of objects) for (let p: object | null = o; p; p = Object.getPrototypeOf(p)) for (const k of Object.getOwnPropertyNames(p)) names.add(k);
  return names;
}

/** Names the VS Code API declares as members (properties, methods, enum members). */
function vscodeMembers(): Set<string> {
  const dts = withoutComments(readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8'));
  const names = new Set<string>();
  for (const m of dts.matchAll(/^\s*(?:readonly\s+|static\s+|export\s+|declare\s+|function\s+|const\s+|class\s+|interface\s+|enum\s+|namespace\s+|type\s+)*([A-Za-z_$][\w$]*)\??\s*[:(<=,;]/gm)) names.add(m[1]);
  for (const m of dts.matchAll(/\b([A-Za-z_$][\w$]*)\??\s*:/g)) names.add(m[1]);
  for (const m of dts.matchAll(/\b(?:namespace|enum|class|interface)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  return names;
}

describe('internal property names shortened in the production bundle', function () {
  this.timeout(60000);
  let list: readonly string[];
  let pattern: RegExp;
  before(async () => {
    ({ INTERNAL_PROPERTIES: list, mangleProps: pattern } = await bundleOptions());
  });

  it('lists each name once, and the pattern matches exactly the names listed', () => {
    assert.ok(list.length > 50);
    assert.equal(new Set(list).size, list.length, 'a name is listed twice');
    for (const name of list) assert.ok(pattern.test(name), name);
    for (const other of ['start', 'end', 'text', 'quotes', 'speaker', 'lowerCase', 'xlower', 'label']) assert.ok(!pattern.test(other), other);
  });

  it('no name is spelled as a string in src (a quoted name is never shortened)', () => {
    const code = sourceFiles(join(ROOT, 'src')).map((file) => withoutComments(readFileSync(file, 'utf8'))).join('\n');
    assert.ok(code.includes("'refusal' in plan"), 'the source was read');
    for (const name of list) assert.ok(!new RegExp(`['"\`]${name}['"\`]`).test(code), `${name} is spelled as a string in src: it cannot be shortened`);
  });

  it('no name is a key of the review JSON, the rule list, the manifest, the configuration schema or the l10n bundle', () => {
    const keys = new Set<string>();
    const texts = [join(ROOT, 'seeds'), join(ROOT, 'test', 'fixtures', 'attribution')].flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8')));
    assert.ok(texts.length > 20);
    for (const text of texts) jsonKeys(JSON.parse(JSON.stringify(reviewText(text))), keys);
    jsonKeys(JSON.parse(JSON.stringify(ruleList)), keys);
    for (const file of ['package.json', 'package.nls.json', join('schemas', 'wiredesk.schema.json')]) jsonKeys(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), keys);
    // Every member the engine's model declares, whether or not these texts produce it (a stamp, a via note).
    for (const m of withoutComments(readFileSync(join(ROOT, 'src', 'core', 'model.ts'), 'utf8')).matchAll(/^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??:/gm)) keys.add(m[1]);
    assert.ok(keys.has('speaker') && keys.has('stamp') && keys.has('wholeTextIsItem') && keys.has('disclaimerPhrases') && keys.has('workspaceDiagnostics'), 'the keys were collected');
    for (const name of list) assert.ok(!keys.has(name), `${name} crosses the bundle's boundary as a key`);
  });

  it('no name is read through the API activate returns (the extension-host tests read the desk through it)', () => {
    const suites = ['vscode', 'e2e'].flatMap((dir) => sourceFiles(join(ROOT, 'test', dir))).map((file) => withoutComments(readFileSync(file, 'utf8'))).join('\n');
    const read = new Set([...suites.matchAll(/\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
    assert.ok(read.has('whenScanned') && read.has('groups'), 'the suites were read');
    for (const name of list) assert.ok(!read.has(name), `${name} is read by test/vscode or test/e2e, maybe through the exported API`);
  });

  it('no name is a member of the VS Code API or a built-in property', () => {
    const vscode = vscodeMembers();
    const builtIn = builtInProperties();
    assert.ok(vscode.has('provideDocumentSymbols') && vscode.has('collapsibleState') && vscode.has('workspace') && vscode.has('window'));
    assert.ok(builtIn.has('toLowerCase') && builtIn.has('username') && builtIn.has('now'));
    for (const name of list) {
      assert.ok(!vscode.has(name), `${name} is a VS Code API member`);
      assert.ok(!builtIn.has(name), `${name} is a built-in property`);
    }
  });

  it('the minified extension bundle shortens every name (so each is a property src uses) and keeps the API names', async () => {
    const result = await esbuild.build({
      absWorkingDir: ROOT, entryPoints: ['src/extension/extension.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      external: ['vscode'], minify: true, charset: 'utf8', mangleProps: pattern, mangleCache: {}, write: false, logLevel: 'silent',
    });
    const shortened = result.mangleCache ?? {};
    for (const name of list) assert.equal(typeof shortened[name], 'string', `${name} is not a property of the extension's code: drop it from the list`);
    const code = result.outputFiles[0].text;
    for (const name of list) assert.ok(!new RegExp(`\\.${name}\\b|[{,]${name}:`).test(code), `${name} survived minification (a string spells it?)`);
    for (const kept of ['provideDocumentSymbols', 'paragraphs', 'disclaimerPhrases', 'speakers']) assert.ok(code.includes(kept), kept);
  });
});
