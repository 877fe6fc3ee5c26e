// Mocha root hooks for the real-editor run (loaded with --require): one code-server and one Chromium
// for the whole run, started before the first scenario and always stopped after the last one, also
// when a scenario fails. A failing scenario leaves a screenshot in test-results/e2e/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Context } from 'mocha';
import { Harness, RESULTS_DIR, ROOT, type Workbench } from './harness';

let harness: Harness | undefined;
let current: Workbench | undefined;
const timings: Record<string, number | string> = {};

/** Records a measurement for test-results/e2e/timings.json (and prints it). */
export function record(name: string, value: number | string): void {
  timings[name] = value;
  console.log(`      [e2e] ${name}: ${value}${typeof value === 'number' ? ' ms' : ''}`);
}

export function e2e(): Harness {
  if (!harness) throw new Error('the e2e harness is not running (root hooks not loaded?)');
  return harness;
}

/** The window a scenario is driving, screenshotted when the scenario fails. */
export function setCurrentWindow(workbench: Workbench | undefined): void {
  current = workbench;
}

export const mochaHooks = {
  async beforeAll(this: Context): Promise<void> {
    this.timeout(180000);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    // E2E_VSIX tests another package than the one `npm run package` wrote (e.g. a deliberately broken one).
    harness = await Harness.start([
      process.env.E2E_VSIX ? path.resolve(process.env.E2E_VSIX) : path.join(ROOT, 'wire-desk.vsix'),
      path.join(ROOT, 'out/e2e-vsix/wire-desk-host-tests.vsix'),
    ]);
  },
  async afterEach(this: Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state === 'failed' && current) {
      const name = `failure-${test.fullTitle().replace(/[^A-Za-z0-9]+/g, '-').slice(0, 80)}`;
      const file = await current.screenshot(name).catch(() => undefined);
      if (file) console.log(`      screenshot of the failure: ${path.relative(ROOT, file)}`);
    }
  },
  async afterAll(this: Context): Promise<void> {
    this.timeout(30000);
    fs.writeFileSync(path.join(RESULTS_DIR, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    if (harness) {
      fs.writeFileSync(path.join(RESULTS_DIR, 'code-server.log'), harness.serverOutput());
      await harness.stop();
      harness = undefined;
    }
  },
};
