// esbuild options of the production extension bundles (dist/extension.js and dist/web/extension.js), shared
// by esbuild.mjs, scripts/web-build.mjs and the bench (bench/perf.ts measures the bundle that ships).
//
// Minified bundles also shorten the property names below (esbuild's `mangleProps`), the way VS Code's own
// build shortens its private members. They are the engine's and the extension's internal names: fields of
// tokens, sentence windows, the resolver's tables, the review cache and the queue, which never leave the
// bundle. A name that crosses a boundary must never be listed: a key of the review's JSON (src/core/model.ts),
// a member of the VS Code API, a setting or a `.wiredesk.json` key, anything Node or a file gives us, or a
// name the code also spells as a string ('name' in x). test/build/mangle.test.ts checks those rules, and the
// end-to-end tests run the minified bundle in a real VS Code.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Internal property names, shortened in minified bundles. */
export const INTERNAL_PROPERTIES = [
  // Tokens, sentence windows and stops (src/core/tokens.ts, src/core/attribution/context.ts, src/core/sentences.ts)
  'lower', 'cap', 'word', 'shape', 'holds', 'mayHold', 'markShapes', 'tokens', 'openSentence', 'closeSentence', 'beforeTokens', 'afterTokens',
  'sentenceTokens', 'firstParagraph', 'lastParagraph', 'paragraphIndex', 'itemStart',
  'scratch', 'labels', 'stops', 'prefilterWord', 'bracketColon', 'wordEnds',
  // Speakers and the resolver (src/core/attribution, src/core/mentions.ts)
  'appearances', 'antecedent', 'titledByName', 'subjects', 'titleScanned', 'byTitleWord', 'lastBefore',
  'strictSpeakers', 'scanned', 'lastTitled', 'fullNames', 'fullName', 'titleWords', 'findSubject', 'subjectOf',
  'texts', 'readingOf', 'firstName', 'namesText', 'allRuns', 'readAllRuns', 'isLong',
  // Globs and the desk's configuration (src/core/config)
  'orBelow', 'anyFolder', 'directoryOnly', 'negated', 'head', 'configIgnores', 'configFor', 'optionsFor',
  'reviewerFor', 'searchAbove', 'fileFor', 'pathOf', 'ignores',
  // The review cache and its store (src/extension/cache.ts)
  'generation', 'textVersion', 'keyStart', 'keyEnd', 'starts', 'reviewOf', 'syncLimit', 'maxItemChars',
  'lengthOf', 'hasText', 'splitChunk', 'setOptions', 'reviewEdited', 'reviewEditedAsync',
  'reviewTextAsync', 'editedLength', 'applyChanges', 'forget', 'peekVersion', 'reviewing', 'reviewNow',
  'yieldNow', 'schedule', 'delayMs', 'sliceMs', 'longestSliceMs', 'pending', 'timer', 'settingsChanged',
  'readLines', 'checkOpenDocuments', 'markReviewedCommand', 'osUserName',
  'review', 'settings', 'reload', 'container',
  // The review queue (src/extension/queue*.ts)
  'firstWords', 'allFiles', 'wireFiles', 'rescan', 'reviewedCount', 'progressMs',
  'entry', 'finding', 'counts', 'cancelled', 'signature', 'concurrency', 'onDidChangeState', 'yields', 'nearest',
  'latest', 'current', 'promise', 'names', 'found', 'list', 'matches', 'ignored', 'prefix', 'disposable',
  'isLive', 'isOptedOut', 'clearAll', 'skip', 'peek',
];

/** The `mangleProps` pattern: exactly the names above. */
export const mangleProps = new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`);

/**
 * The members of the `vscode` module that src reads as values: `vscode.X.` or `vscode.X(`, `new vscode.X`,
 * `instanceof vscode.X`, and the names of `import { X } from 'vscode'` (a name used only as a type, such as
 * `vscode.TextDocument`, is not needed at run time).
 */
function vscodeValues() {
  const names = new Set();
  const read = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) read(path);
      else if (name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/(?:\bnew |\binstanceof )vscode\.([\w$]+)|\bvscode\.([\w$]+)(?=[.(])/g)) names.add(m[1] ?? m[2]);
        for (const m of text.matchAll(/\bimport\s*\{([^}]*)\}\s*from\s*'vscode'/g)) {
          for (const part of m[1].split(',')) if (part.trim()) names.add(part.trim().split(/\s+as\s+/)[0]);
        }
      }
    }
  };
  read(fileURLToPath(new URL('../src', import.meta.url)));
  return [...names].sort();
}

/**
 * One binding of the `vscode` module for the whole bundle, and one variable per member src reads. Bundled
 * as CommonJS, every module that imports `vscode` would get its own `__toESM(require("vscode"))`, and each
 * `vscode.window` stays a property read of it. Routed through one module that exports each member read
 * once, `vscode.window` (or an imported `window`) is a plain variable that the minifier shortens like any
 * other (about 1 KB less minified). A member read at run time but missing from the list would be
 * undefined: the build fails instead (esbuild's warning that such an import "will always be undefined").
 */
export const oneVscodeBinding = {
  name: 'wire-desk-one-vscode-binding',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-binding' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-binding' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-binding' }, () => ({
      contents: `const vscode = require('vscode');\n${vscodeValues().map((name) => `export const ${name} = vscode.${name};`).join('\n')}\n`,
      loader: 'js',
    }));
    build.onEnd((result) => {
      const undefinedMembers = result.warnings.filter((w) => w.id === 'import-is-undefined' && w.text.includes('vscode-binding'));
      if (undefinedMembers.length > 0) return { errors: undefinedMembers.map((w) => ({ text: `${w.text} (scripts/bundle-options.mjs lists the members of vscode that src reads)`, location: w.location })) };
      return undefined;
    });
  },
};

/**
 * A string that several places of a bundle spell out (a quotation's kind, a rule id, a message used twice)
 * is written once: each literal in a value position becomes a variable declared at the top of the bundle
 * with that value, which terser then shortens. Strings are values, so nothing reads them differently. A
 * literal that must stay one is left as it is: a directive ("use strict"), a property or method name,
 * `require`'s argument.
 */
export function poolStrings(code) {
  const { parse } = createRequire(createRequire(import.meta.url).resolve('terser'))('acorn');
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const uses = new Map();
  const visit = (node, parent) => {
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c.type === 'string') visit(c, node);
      } else if (child && typeof child.type === 'string') visit(child, node);
    }
    if (node.type !== 'Literal' || typeof node.value !== 'string') return;
    if (parent.type === 'ExpressionStatement' && parent.directive !== undefined) return;
    if (['Property', 'PropertyDefinition', 'MethodDefinition'].includes(parent.type) && parent.key === node && !parent.computed) return;
    if (parent.type === 'CallExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'require') return;
    if (/^(?:Import|Export)/.test(parent.type)) return;
    let list = uses.get(node.value);
    if (!list) uses.set(node.value, (list = []));
    list.push(node);
  };
  visit(program, undefined);
  let prefix = '__wireDeskString';
  while (code.includes(prefix)) prefix += '_';
  const declarations = [];
  const edits = [];
  for (const [value, nodes] of uses) {
    const literal = JSON.stringify(value);
    // Every string spelled twice or more (measured: a little less in all than only those that pay for
    // their declaration, which the names terser gives by frequency of use favour).
    if (nodes.length < 2) continue;
    const name = `${prefix}${declarations.length}`;
    declarations.push(`${name}=${literal}`);
    for (const node of nodes) edits.push({ start: node.start, end: node.end, name });
  }
  if (declarations.length === 0) return code;
  edits.sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(code.slice(at, edit.start), ` ${edit.name} `);
    at = edit.end;
  }
  parts.push(code.slice(at));
  const pooled = parts.join('');
  // Declared first (after the directives), before anything runs.
  const directives = /^(?:\s*(?:"[^"]*"|'[^']*')\s*;)*/.exec(pooled)[0];
  return `${directives}var ${declarations.join(',')};${pooled.slice(directives.length)}`;
}

/**
 * `void 0` (undefined, 168 times in the extension) as a name of a character: a variable `undefined` declared
 * at the top of the bundle and never assigned holds undefined, so terser's `unsafe_undefined` writes its
 * short name for each `void 0`. That option is unsafe only where something assigns a variable named
 * `undefined`; the declaration is added only to a bundle that does not spell `undefined` anywhere (esbuild
 * writes every `undefined` as `void 0`), so nothing else declares, assigns or reads one. Otherwise the
 * bundle is left as it is and the option stays off.
 */
function withUndefinedDeclared(code) {
  if (code.includes('undefined')) return undefined;
  const directives = /^(?:\s*(?:"[^"]*"|'[^']*')\s*;)*/.exec(code)[0];
  return `${directives}var undefined;${code.slice(directives.length)}`;
}

/**
 * A second pass over a bundle esbuild has minified: repeated strings pooled (poolStrings) and `void 0`
 * shortened (withUndefinedDeclared), then terser's compressor (the minifier webpack uses) finds what esbuild
 * leaves, such as top-level bindings it can inline or drop (about 1 KB of the extension). The text stays
 * UTF-8, as esbuild's `charset: 'utf8'` writes it.
 */
/**
 * Whether terser may write a function it inlines as an arrow (`unsafe_arrows`: `function(e){return e.x}`
 * becomes `e=>e.x`). Terser leaves a function that reads `this` alone; an arrow differs from a function
 * otherwise only in having no `arguments`, no `new.target` and no constructor. Our sources write arrows and
 * classes, so esbuild's output has function declarations and no function expressions; the option is turned
 * on only when no declared function is called with `new` and nothing reads `arguments` or `new.target`
 * (`arguments:` as a command's key is a property name, not the binding).
 */
function arrowsAreSafe(code) {
  const declared = new Set(Array.from(code.matchAll(/\bfunction\s*\*?\s*([\w$]+)\s*\(/g), (m) => m[1]));
  for (const m of code.matchAll(/\bnew\s+([\w$]+)/g)) if (declared.has(m[1])) return false;
  return !/\bnew\.target\b/.test(code) && !/(?<![.\w$])arguments\b(?!\s*:)/.test(code);
}

export async function compressFurther(code) {
  const { minify } = await import('terser');
  const pooled = poolStrings(code);
  const declared = withUndefinedDeclared(pooled);
  // pure_getters: reading a property has no side effect (terser may drop a read whose value is unused). Every
  // getter in src only returns a field or a count, and the VS Code API's are reads too: about 240 bytes.
  // A third pass finds about 80 bytes more (what the second pass's inlining left foldable); a fourth, 4.
  const compress = { ecma: 2020, toplevel: true, passes: 3, pure_getters: true, unsafe_undefined: declared !== undefined, unsafe_arrows: arrowsAreSafe(pooled) };
  const result = await minify(declared ?? pooled, { compress, mangle: { toplevel: true }, format: { ascii_only: false } });
  return result.code;
}

/** esbuild, then `compressFurther`, writing `options.outfile` (for the production extension bundles). */
export async function buildMinified(esbuild, options) {
  const result = await esbuild.build({ ...options, write: false });
  const [output] = result.outputFiles;
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  mkdirSync(dirname(output.path), { recursive: true });
  writeFileSync(output.path, await compressFurther(output.text));
  return result;
}
