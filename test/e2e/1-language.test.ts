// Scenario 1: the sample .txt item opens as "Wire Feed"; a .txt without a wire header stays Plain Text
// and gets no diagnostics.
import * as assert from 'node:assert/strict';
import { waitFor, type Workbench } from './harness';
import { e2e, setCurrentWindow } from './hooks';
import { PLAIN, SEED } from './items';

describe('1. language detection in the real editor', function () {
  let window: Workbench;

  before(async function () {
    window = await e2e().openWindow(e2e().makeWorkspace('language'));
    setCurrentWindow(window);
  });
  after(async function () {
    setCurrentWindow(undefined);
    await e2e().closeWindow(window);
  });

  it('keeps a .txt without a wire header as Plain Text, with no problems', async function () {
    await window.openFile(PLAIN);
    await window.waitForLanguage('Plain Text');
    // Give the extension time to (wrongly) switch or lint it: well past any debounce.
    await window.page.waitForTimeout(2000);
    assert.equal(await window.languageMode(), 'Plain Text');
    assert.deepEqual(await window.problemCounts(), { errors: 0, warnings: 0, infos: 0 });
    assert.equal(await window.wireStatus(), '', 'no Wire Desk status bar item on plain text');
    const problems = await window.problems();
    assert.ok(problems.every((row) => !/Wire Desk/.test(row)), `unexpected problems: ${problems.join('\n')}`);
  });

  it('opens the sample .txt item as Wire Feed', async function () {
    const shown = await window.openFile(SEED);
    await window.waitForLanguage('Wire Feed');
    console.log(`      [e2e] status bar says Wire Feed ${Date.now() - shown} ms after the editor showed the file`);
    // The status bar item sums up the item: unreviewed, nine quotations, two speakers.
    const status = await waitFor('the Wire Desk status bar item', () => window.wireStatus());
    assert.match(status, /Unreviewed/);
    assert.match(status, /9 quotes/);
    assert.match(status, /2 speakers/);
  });
});
