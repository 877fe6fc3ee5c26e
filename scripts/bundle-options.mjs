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

/** Internal property names, shortened in minified bundles. */
export const INTERNAL_PROPERTIES = [
  // Tokens and sentence windows (src/core/tokens.ts, src/core/attribution/context.ts)
  'lower', 'cap', 'word', 'tokens', 'openSentence', 'closeSentence', 'beforeTokens', 'afterTokens',
  'sentenceTokens', 'firstParagraph', 'lastParagraph', 'paragraphIndex', 'matchEnds', 'itemStart',
  // Speakers and the resolver (src/core/attribution, src/core/mentions.ts)
  'appearances', 'antecedent', 'titledByName', 'subjects', 'namesDone', 'byTitleWord', 'lastBefore',
  'strictSpeakers', 'scanned', 'namesFrom', 'fullNames', 'fullName', 'titleWords', 'findSubject', 'subjectOf',
  'texts',
  // Globs and the desk's configuration (src/core/config)
  'orBelow', 'anyFolder', 'directoryOnly', 'negated', 'head', 'configIgnores', 'configFor', 'optionsFor',
  'reviewerFor', 'searchAbove', 'fileFor', 'pathOf', 'ignores',
  // The review cache and its store (src/extension/cache.ts)
  'generation', 'textVersion', 'keyStart', 'keyEnd', 'starts', 'reviewOf', 'syncLimit', 'maxItemChars',
  'lengthOf', 'hasText', 'splitChunk', 'setOptions', 'reviewEdited', 'reviewEditedAsync',
  'reviewTextAsync', 'editedLength', 'applyChanges', 'forget', 'peekVersion', 'reviewing', 'reviewNow',
  'yieldNow', 'schedule', 'delayMs', 'sliceMs', 'longestSliceMs', 'pending', 'timer', 'settingsChanged',
  'readNextRun', 'readLines', 'checkOpenDocuments', 'markReviewedCommand', 'osUserName',
  'review', 'settings', 'reload', 'container',
  // The review queue (src/extension/queue*.ts)
  'firstWords', 'allFiles', 'wireFiles', 'rescan', 'reviewedCount', 'progressMs',
  'entry', 'finding', 'counts', 'cancelled', 'signature', 'concurrency', 'onDidChangeState', 'yields', 'nearest',
  'latest', 'current', 'promise', 'names', 'found', 'list', 'matches', 'ignored', 'prefix', 'disposable',
];

/** The `mangleProps` pattern: exactly the names above. */
export const mangleProps = new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`);

/**
 * One binding of the `vscode` module for the whole bundle. Bundled as CommonJS, every module that imports
 * `vscode` gets its own `__toESM(require("vscode"))`; routed through one re-exporting module, they share
 * a single namespace object (about 400 bytes less minified).
 */
export const oneVscodeBinding = {
  name: 'wire-desk-one-vscode-binding',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-binding' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-binding' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-binding' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/**
 * A second pass over a bundle esbuild has minified: terser's compressor (the minifier webpack uses) finds
 * what esbuild leaves, such as top-level bindings it can inline or drop (about 1 KB of the extension). The
 * text stays UTF-8, as esbuild's `charset: 'utf8'` writes it.
 */
export async function compressFurther(code) {
  const { minify } = await import('terser');
  const result = await minify(code, { compress: { toplevel: true, passes: 2 }, mangle: { toplevel: true }, format: { ascii_only: false } });
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
