// The extension-host suite (test/vscode/suite) run inside this code-server: a window is opened on a
// workspace holding the bridge's config file, the bridge extension runs the suite with mocha in the
// real extension host and writes the results, and each of its tests is reported here as a test.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { ROOT, waitFor, type Workbench } from './harness';
import { e2e, setCurrentWindow } from './hooks';

interface HostResults {
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; duration?: number; error?: string }[];
  error?: string;
}

describe('7. extension-host suite inside code-server', function () {
  let window: Workbench | undefined;

  before(async function () {
    this.timeout(240000);
    const folder = e2e().makeWorkspace('host-tests');
    const results = path.join(folder, '..', 'host-tests-results.json');
    fs.writeFileSync(
      path.join(folder, '.wire-desk-host-tests.json'),
      JSON.stringify({ suite: path.join(ROOT, 'out/vscode/index.js'), results }),
    );
    const started = Date.now();
    window = await e2e().openWindow(folder);
    setCurrentWindow(window);
    await waitFor('the extension-host suite to finish', () => fs.existsSync(results), 180000, 250);
    const outcome = JSON.parse(fs.readFileSync(results, 'utf8')) as HostResults;
    console.log(`      [e2e] extension-host suite: ${outcome.tests.length} tests in ${Date.now() - started} ms`);
    // Report each test of the suite as a test of this run (mocha runs tests added in a before hook).
    const suite = this.test!.parent!;
    if (outcome.error) {
      suite.addTest(new Mocha.Test('loads and runs', () => assert.fail(outcome.error)));
    }
    if (outcome.tests.length === 0 && !outcome.error) {
      suite.addTest(new Mocha.Test('runs at least one test', () => assert.fail('the suite ran no test')));
    }
    for (const test of outcome.tests) {
      const title = test.title.replace(/^Wire Desk in the extension host:? /, '');
      if (test.state === 'pending') suite.addTest(new Mocha.Test(title));
      else suite.addTest(new Mocha.Test(title, () => {
        if (test.state === 'failed') assert.fail(test.error ?? 'failed');
      }));
    }
  });

  after(async function () {
    setCurrentWindow(undefined);
    if (window) await e2e().closeWindow(window);
  });

  // Mocha skips a suite's hooks when it has no tests: this one is always there.
  it('opens a window whose extension host runs the suite', function () {
    assert.ok(window);
  });
});
