// The web build of the extension (dist/web/extension.js, the manifest's `browser` entry) for the web worker
// extension host of vscode.dev / github.dev. Shared by esbuild.mjs and the test that checks the bundle
// (test/extension/web-bundle.test.ts).
//
// No Node-only module may reach this bundle: importing one (node:*, fs, path, os, child_process, ...)
// fails the build with the importer named. The one deliberate substitute is ./user-name, which becomes
// ./user-name.web (a browser has no OS user name).
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { mangleProps, oneVscodeBinding } from './bundle-options.mjs';

const NODE_ONLY = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** An esbuild plugin that fails the build on any Node-only import and swaps in the web variants. */
export const webOnly = {
  name: 'wire-desk-web-only',
  setup(build) {
    const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
    const shown = (importer) => (importer ? relative(cwd, importer).split('\\').join('/') : 'the entry point');
    build.onResolve({ filter: /^\.\/user-name$/ }, (args) => ({ path: join(dirname(args.importer), 'user-name.web.ts') }));
    build.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/\/.*$/, '');
      if (NODE_ONLY.has(args.path) || NODE_ONLY.has(bare) || args.path.startsWith('node:')) {
        return {
          errors: [
            {
              text: `Node-only module "${args.path}" imported by ${shown(args.importer)}: the web build (platform browser) must not use it`,
            },
          ],
        };
      }
      return undefined;
    });
  },
};

/** esbuild options of the web bundle. */
export function webBuildOptions(production = false) {
  return {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
    ...(production ? { mangleProps } : {}),
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [oneVscodeBinding, webOnly],
  };
}
