// Mocha root hooks for the real-editor run (loaded with --require): one code-server and one Chromium
// for the whole run, started before the first scenario and always stopped after the last one, also
// when a scenario fails. A failing scenario leaves a screenshot in test-results/e2e/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Context } from 'mocha';
import { Harness, RESULTS_DIR, ROOT, type Workbench } from './harness';
import { SEED } from './items';

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

/**
 * For a scenario on the sample item: before its tests, a window on a fresh workspace (`name`) with the
 * sample open as Wire Feed; after them, the window closed. The tests read `seed.window` and `seed.text`.
 */
export function withSeedWindow(name: string): { window: Workbench; text: string } {
  const seed = {} as { window: Workbench; text: string };
  before(async function () {
    const folder = e2e().makeWorkspace(name);
    seed.text = fs.readFileSync(path.join(folder, SEED), 'utf8');
    seed.window = await e2e().openWindow(folder);
    setCurrentWindow(seed.window);
    await seed.window.openFile(SEED);
    await seed.window.waitForLanguage('Wire Feed');
  });
  after(async function () {
    setCurrentWindow(undefined);
    await e2e().closeWindow(seed.window);
  });
  return seed;
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
