// Builds what the real-editor tests run:
//   out/e2e/*.js          the page-level scenarios (test/e2e), run by mocha with Node 20
//   out/vscode/*.js       the extension-host suite (test/vscode): index.js (mocha inside VS Code),
//                         runTest.js (@vscode/test-electron launcher)
//   out/e2e-vsix/wire-desk-host-tests.vsix   a tiny bridge extension that runs out/vscode inside
//                         code-server's extension host and writes the results to a file
//   wire-desk.vsix        the product, through `npm run package` (skip with --no-package)
// Usage: node scripts/e2e/build.mjs [--no-package]   (E2E_VSIX=path also skips packaging)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// With E2E_VSIX the tests install that package instead, so there is nothing to package here.
const skipPackage = process.argv.includes('--no-package') || !!process.env.E2E_VSIX;
const log = (msg) => console.log(`[e2e-build] ${msg}`);

function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'bridge') out.push(...tsFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

// Test files are transpiled one by one (not bundled), so they share one harness module at run time.
const common = {
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

let t = Date.now();
rmSync(join(root, 'out/e2e'), { recursive: true, force: true });
rmSync(join(root, 'out/vscode'), { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: tsFiles(join(root, 'test/e2e')),
    outdir: join(root, 'out/e2e'),
    outbase: join(root, 'test/e2e'),
  }),
  esbuild.build({
    ...common,
    entryPoints: tsFiles(join(root, 'test/vscode')),
    outdir: join(root, 'out/vscode'),
    outbase: join(root, 'test/vscode'),
  }),
]);

// The bridge extension: staged in out/e2e-bridge, packaged with vsce.
const stage = join(root, 'out/e2e-bridge');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
await esbuild.build({
  ...common,
  bundle: true,
  sourcemap: false,
  entryPoints: [join(root, 'test/vscode/bridge/extension.ts')],
  outfile: join(stage, 'extension.js'),
  external: ['vscode'],
});
cpSync(join(root, 'test/vscode/bridge/package.json'), join(stage, 'package.json'));
writeFileSync(join(stage, 'README.md'), 'Runs the Wire Desk extension-host suite inside code-server (tests only).\n');
writeFileSync(join(stage, 'LICENSE'), 'MIT\n');
const vsixDir = join(root, 'out/e2e-vsix');
mkdirSync(vsixDir, { recursive: true });
const vsce = join(root, 'node_modules/.bin/vsce');
execFileSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license',
  '-o', join(vsixDir, 'wire-desk-host-tests.vsix')], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
log(`tests and bridge extension built in ${Date.now() - t} ms`);

if (!skipPackage) {
  t = Date.now();
  try {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    console.error(`[e2e-build] npm run package failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
  log(`wire-desk.vsix packaged in ${Date.now() - t} ms`);
}
