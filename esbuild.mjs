// Builds the extension bundle (dist/extension.js), the CLI (dist/cli.js) and the tests (out/test/*.test.js).
// Usage: node esbuild.mjs [--production] [--cli] [--watch]
// --production minifies; the extension's bundles also shorten internal property names and get a second
// pass by terser (scripts/bundle-options.mjs).
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { webBuildOptions } from './scripts/web-build.mjs';
import { buildMinified, mangleProps, oneVscodeBinding } from './scripts/bundle-options.mjs';

const production = process.argv.includes('--production');
const cliOnly = process.argv.includes('--cli');
const watch = process.argv.includes('--watch');

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'fixtures' && name !== 'e2e' && name !== 'vscode') out.push(...findTests(path));
    } else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  // Text outside ASCII (…, “”, –) as UTF-8 rather than \u escapes: smaller, and every host reads the
  // bundle as UTF-8.
  charset: 'utf8',
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
];
if (!cliOnly) {
  // Minified, the extension also shortens its internal property names (scripts/bundle-options.mjs).
  builds.push({ ...common, ...(production ? { mangleProps } : {}), entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [oneVscodeBinding] });
  // The `browser` entry for vscode.dev: fails on any Node-only import (scripts/web-build.mjs).
  builds.push(webBuildOptions(production));
  if (!production) {
    builds.push({ ...common, entryPoints: findTests('test'), outdir: 'out/test', outbase: 'test', external: ['vscode', 'mocha', 'fast-check', 'esbuild'] });
  }
}

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  // Production extension bundles get a second minifying pass (compressFurther in scripts/bundle-options.mjs).
  const extensionBundle = (options) => options.outfile === 'dist/extension.js' || options.outfile === 'dist/web/extension.js';
  await Promise.all(builds.map((options) => (production && extensionBundle(options) ? buildMinified(esbuild, options) : esbuild.build(options))));
}
