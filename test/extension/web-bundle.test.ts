// The web build (the manifest's `browser` entry, for vscode.dev / github.dev) imports no Node-only module:
// the bundle requires nothing but `vscode`, none of its inputs is a Node built-in, and a Node import fails
// the build naming the importer.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ROOT } from './helpers';

const NODE_ONLY = /^(?:node:.*|fs|fs\/promises|path|os|child_process|crypto|http|https|net|tls|zlib|stream|util|worker_threads|url|events|buffer|process|module|readline|tty|vm|cluster|dgram|dns)$/;

interface WebBuild {
  webBuildOptions(production?: boolean): esbuild.BuildOptions;
  webOnly: esbuild.Plugin;
}

async function webBuild(): Promise<WebBuild> {
  const url = pathToFileURL(join(ROOT, 'scripts', 'web-build.mjs')).href;
  return (await import(url)) as WebBuild;
}

describe('web bundle', function () {
  this.timeout(60000);

  it('the manifest has a browser entry next to main', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('bundles for the browser with vscode as the only import, and no Node built-in among its inputs', async () => {
    const { webBuildOptions } = await webBuild();
    const result = await esbuild.build({ ...webBuildOptions(true), absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
    assert.deepEqual(result.errors, []);
    const [output] = Object.values(result.metafile!.outputs);
    const external = output.imports.filter((i) => i.external).map((i) => i.path);
    assert.deepEqual([...new Set(external)], ['vscode']);
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(inputs.includes('src/extension/extension.ts'));
    assert.ok(inputs.includes('src/extension/user-name.web.ts') && !inputs.includes('src/extension/user-name.ts'), 'the web user name stands in');
    for (const input of inputs) assert.ok(!NODE_ONLY.test(input) && !input.startsWith('node_modules/@types/node'), input);
    for (const file of result.outputFiles!) {
      const required = [...file.text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      assert.deepEqual([...new Set(required)], ['vscode'], file.path);
    }
  });

  it('the bundle npm test built (dist/web/extension.js) requires only vscode', () => {
    const path = join(ROOT, 'dist', 'web', 'extension.js');
    assert.ok(existsSync(path), 'node esbuild.mjs writes dist/web/extension.js');
    const text = readFileSync(path, 'utf8');
    const required = [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(required)], ['vscode']);
    assert.ok(!/\bfrom\s*["'](?:node:)?(?:fs|path|os|child_process)["']/.test(text));
  });

  it('a Node-only import fails the web build and names the importer', async () => {
    const { webOnly } = await webBuild();
    for (const module of ['node:fs', 'fs', 'path', 'os', 'child_process', 'fs/promises']) {
      const result = await esbuild
        .build({
          stdin: { contents: `import * as m from '${module}'; export const x = m;`, sourcefile: 'src/extension/leak.ts', resolveDir: ROOT, loader: 'ts' },
          bundle: true,
          platform: 'browser',
          write: false,
          logLevel: 'silent',
          plugins: [webOnly],
        })
        .then(
          () => undefined,
          (error: esbuild.BuildFailure) => error,
        );
      assert.ok(result, `${module} must fail the build`);
      assert.match(result.errors[0].text, new RegExp(`Node-only module "${module.replace('/', '\\/')}" imported by src/extension/leak\\.ts`));
    }
  });
});
