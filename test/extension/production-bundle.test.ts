// The production bundle (esbuild with internal property names shortened, then terser: scripts/bundle-options.mjs)
// must behave exactly like the development bundle npm test builds. Both are loaded against the bench's
// stand-in `vscode` module and asked the same things on the sample: diagnostics, outline, hovers and quick
// fixes. (The end-to-end tests run the packaged production bundle in a real VS Code as well.)
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { createFakeVscode, FakeDocument, installFakeVscode, Uri } from '../../bench/fake-vscode';
import { reviewText } from '../../src/core';
import { ROOT, SEED_TEXT } from './helpers';

interface BundleOptions {
  mangleProps: RegExp;
  oneVscodeBinding: esbuild.Plugin;
  buildMinified(build: typeof esbuild, options: esbuild.BuildOptions): Promise<esbuild.BuildResult>;
}

/** Everything the extension answers about the sample, as plain data. */
async function answers(bundle: string): Promise<Record<string, unknown>> {
  const fake = createFakeVscode();
  const uninstall = installFakeVscode(fake.vscode);
  try {
    delete require.cache[require.resolve(bundle)];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const extension = require(bundle) as { activate(context: unknown): unknown; deactivate?(): unknown };
    extension.activate(fake.context);
    const document = new FakeDocument(Uri.file('/desk/seed.txt'), 'wirefeed', SEED_TEXT);
    fake.textDocuments.push(document);
    fake.events.open.fire(document);
    const collection = fake.collections.find((c) => c.name === 'wire-desk') ?? fake.collections[0];
    const until = Date.now() + 10_000;
    while (!collection.current.get(document.uri.toString())?.length && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    const diagnostics = collection.current.get(document.uri.toString()) ?? [];
    const symbols = await fake.providers.symbols[0].provideDocumentSymbols(document as never);
    const hovers = [];
    for (const quote of reviewText(SEED_TEXT).items[0].quotes) {
      const hover = await fake.providers.hover[0].provideHover(document as never, document.positionAt(quote.start + 1) as never);
      hovers.push(hover);
    }
    const actions = [];
    for (const d of diagnostics) {
      const selection = new fake.vscode.Selection(d.range.start, d.range.end);
      actions.push(await fake.providers.codeActions[0].provideCodeActions(document as never, selection as never, { diagnostics: [d] } as never));
    }
    for (const d of fake.context.subscriptions) d.dispose();
    return JSON.parse(JSON.stringify({ diagnostics, symbols, hovers, actions, commands: [...fake.commands.keys()].sort() })) as Record<string, unknown>;
  } finally {
    uninstall();
  }
}

describe('production bundle', function () {
  this.timeout(120000);
  let dir: string;
  let production: string;
  before(async () => {
    const { buildMinified, mangleProps, oneVscodeBinding } = (await import(pathToFileURL(join(ROOT, 'scripts', 'bundle-options.mjs')).href)) as BundleOptions;
    dir = mkdtempSync(join(tmpdir(), 'wire-desk-bundle-'));
    production = join(dir, 'extension.js');
    await buildMinified(esbuild, {
      absWorkingDir: ROOT, entryPoints: ['src/extension/extension.ts'], outfile: production, bundle: true, platform: 'node', format: 'cjs',
      target: 'node20', external: ['vscode'], minify: true, charset: 'utf8', mangleProps, plugins: [oneVscodeBinding], logLevel: 'silent',
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is smaller than the development bundle, and loads', () => {
    const development = join(ROOT, 'dist', 'extension.js');
    assert.ok(existsSync(development), 'npm test builds dist/extension.js first');
    assert.ok(statSync(production).size < statSync(development).size / 1.5, `${statSync(production).size} bytes`);
  });

  it('answers like the development bundle: diagnostics, outline, hovers and quick fixes on the sample', async () => {
    const expected = await answers(join(ROOT, 'dist', 'extension.js'));
    const got = await answers(production);
    const diagnostics = expected.diagnostics as { message: string }[];
    assert.ok(diagnostics.some((d) => /not reviewed|unreviewed/i.test(d.message)), JSON.stringify(diagnostics.map((d) => d.message)));
    assert.ok((expected.symbols as unknown[]).length > 0 && (expected.hovers as unknown[]).some((h) => JSON.stringify(h).includes('Lee Jae')));
    assert.ok((expected.actions as unknown[][]).some((a) => a.length > 0), 'some quick fix is offered');
    assert.deepEqual(got, expected);
  });
});
