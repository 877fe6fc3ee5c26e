// The extension-host suite's entry point. It runs inside VS Code's extension host, where
// `require('vscode')` is the real API:
// - under @vscode/test-electron (npm run test:vscode), VS Code calls `run()` (--extensionTestsPath);
// - inside code-server (npm run test:e2e), the bridge extension (bridge/extension.ts) calls
//   `runAndCollect()` and hands the results to the e2e harness.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface HostTestResult {
  title: string; // full title, suite names included
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: string;
}

export interface HostResults {
  tests: HostTestResult[];
  error?: string;
}

function createMocha(): Mocha {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: true });
  const dir = path.join(__dirname, 'suite');
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(path.join(dir, name));
  }
  return mocha;
}

/** Called by @vscode/test-electron: resolves when every test passed, rejects otherwise. */
export function run(): Promise<void> {
  const mocha = createMocha();
  mocha.reporter('spec');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}

/** Called by the code-server bridge: runs the suite and returns every test's outcome. */
export function runAndCollect(): Promise<HostResults> {
  const mocha = createMocha();
  const tests: HostTestResult[] = [];
  // A minimal reporter: record each test, print nothing (the extension host has no terminal).
  class Collect extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', duration: test.duration }));
      runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
      runner.on('fail', (test, err: Error) =>
        tests.push({ title: test.fullTitle(), state: 'failed', duration: test.duration, error: err.stack ?? err.message }),
      );
    }
  }
  mocha.reporter(Collect);
  return new Promise((resolve) => mocha.run(() => resolve({ tests })));
}
