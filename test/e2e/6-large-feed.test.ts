// Scenario 6: a large feed (several MB, thousands of items, generated here) opens as Wire Feed, its
// diagnostics appear, and typing in it still updates them. Each step's time is printed and written to
// test-results/e2e/timings.json. E2E_LARGE_ITEMS sets the number of items (default 2,500, ~5.7 MB).
//
// VS Code shows at most 1,000 problems per file (the extension host keeps the most severe 1,000 and
// adds one "Not showing N further errors and warnings" entry), so with one warning per item the status
// bar stops at 1K warnings; an error (unclosed quote) is always shown, which is what the typing checks use.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor, type Workbench } from './harness';
import { e2e, record, setCurrentWindow } from './hooks';
import { SEED, largeFeed, placeOf } from './items';

const COUNT = Number(process.env.E2E_LARGE_ITEMS ?? 2500);
const FEED = 'items/large-feed.txt';
const SHOWN_LIMIT = 1000;
/** The closing quote mark of the last quotation of an item ("... the spirit of the times,"). */
const CLOSING = 'the spirit of the times,"';

describe('6. large feed', function () {
  let window: Workbench;
  let feed: string;

  before(async function () {
    const folder = e2e().makeWorkspace('large-feed');
    feed = largeFeed(fs.readFileSync(path.join(folder, SEED), 'utf8'), COUNT);
    fs.writeFileSync(path.join(folder, FEED), feed);
    record('large feed size', `${COUNT} items, ${(Buffer.byteLength(feed) / 1e6).toFixed(1)} MB, ${feed.split('\n').length} lines`);
    window = await e2e().openWindow(folder);
    setCurrentWindow(window);
  });
  after(async function () {
    setCurrentWindow(undefined);
    await e2e().closeWindow(window);
  });

  it(`opens a ${COUNT}-item feed as Wire Feed and shows its warnings`, async function () {
    this.timeout(300000);
    const shown = await window.openFile(FEED);
    await window.waitForLanguage('Wire Feed', 120000);
    record('large feed: editor shown -> status bar says Wire Feed', Date.now() - shown);
    const expected = Math.min(COUNT, SHOWN_LIMIT);
    const counts = await waitFor(
      `${expected} warnings in the status bar`,
      async () => {
        const c = await window.problemCounts();
        return c.warnings >= expected ? c : undefined;
      },
      180000,
      100,
    );
    record('large feed: editor shown -> warnings counted in the status bar', Date.now() - shown);
    assert.equal(counts.errors, 0);
    // The status bar item knows every item of the feed.
    await waitFor(`the status bar item to say Item 1/${COUNT}`, async () =>
      new RegExp(`Item 1/${COUNT} · Unreviewed`).test(await window.wireStatus()));
    record('large feed: editor shown -> Wire Desk status item says Item 1/N', Date.now() - shown);
  });

  /** Deletes the closing quote mark of item `k`'s last quotation, waits for the error, then undoes. */
  async function breakAndRestore(k: number, label: string): Promise<void> {
    let from = 0;
    for (let i = 1; i < k; i++) from = feed.indexOf(CLOSING, from) + CLOSING.length;
    const at = placeOf(feed, CLOSING, from);
    await window.goTo(at.line, at.character + CLOSING.length);
    await waitFor(`the status bar item to say Item ${k}/${COUNT}`, async () =>
      new RegExp(`Item ${k}/${COUNT}`).test(await window.wireStatus()));
    const pressed = Date.now();
    await window.page.keyboard.press('Backspace');
    await waitFor('the unclosed-quote error', async () => (await window.problemCounts()).errors === 1, 120000, 50);
    record(`large feed: Backspace on a closing quote (${label}) -> error counted`, Date.now() - pressed);
    const undone = Date.now();
    await window.page.keyboard.press('Control+Z');
    await waitFor('the error to go', async () => (await window.problemCounts()).errors === 0, 120000, 50);
    record(`large feed: Ctrl+Z (${label}) -> error gone`, Date.now() - undone);
  }

  it('updates the diagnostics as the user edits the last item and one in the middle', async function () {
    this.timeout(300000);
    await breakAndRestore(COUNT, `item ${COUNT} of ${COUNT}`);
    await breakAndRestore(Math.ceil(COUNT / 2), `item ${Math.ceil(COUNT / 2)} of ${COUNT}`);

    // Typing a new paragraph at the end: the editor keeps up and the status bar counts it.
    await window.page.keyboard.press('Control+End');
    const text = '\n\nMore to come, the agency said.';
    const started = Date.now();
    await window.page.keyboard.type(text, { delay: 10 });
    await waitFor('the typed text on screen', async () =>
      (await window.visibleLines()).some((l) => l.includes('More to come, the agency said.')));
    record(`large feed: typed ${text.length} keys (10 ms apart) and saw them on screen`, Date.now() - started);
    assert.equal((await window.problemCounts()).errors, 0);
  });
});
