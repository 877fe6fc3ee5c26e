// Scenario 8: the review queue. The "Wire Desk" view in the Explorer groups the workspace's wire items
// (Unreviewed, With problems, Reviewed) with the date, dateline and first words of each; Next Unreviewed
// Item (Ctrl+Alt+U) walks the unreviewed ones across files; a click on a row opens its file; the
// inline action marks an item reviewed and its row moves to Reviewed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { log, waitFor, type Workbench } from './harness';
import { e2e, setCurrentWindow } from './hooks';
import { SEED } from './items';

const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

describe('8. review queue', function () {
  let window: Workbench;
  let folder: string;

  before(async function () {
    folder = e2e().makeWorkspace('queue');
    const seed = fs.readFileSync(path.join(folder, SEED), 'utf8');
    fs.mkdirSync(path.join(folder, 'desk'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'desk', 'busan.txt'), seed.replace('2025-11-01 Gyeongju, Nov 1', '2025-11-02 Busan, Nov 2'));
    fs.writeFileSync(
      path.join(folder, 'desk', 'done.txt'),
      seed.replace('2025-11-01 Gyeongju, Nov 1', '2025-11-03 Seoul, Nov 3').replace(/Disclaimer:[^\n]*/, 'Reviewed-by: Night Desk, 2025-11-03'),
    );
    window = await e2e().openWindow(folder);
    setCurrentWindow(window);
  });
  after(async function () {
    setCurrentWindow(undefined);
    await e2e().closeWindow(window);
  });

  const pane = () => window.page.locator('.pane', { has: window.page.locator('.pane-header', { hasText: /^\s*Wire Desk\s*$/ }) }).first();
  const rows = async () => (await pane().locator('.monaco-list-row').allInnerTexts()).map(norm);

  it('lists the items grouped, with date, dateline and first words, once the scan is done', async function () {
    const started = Date.now();
    // The view starts collapsed at the bottom of the Explorer, its badge on the Explorer icon: open it.
    const header = pane().locator('.pane-header');
    await header.waitFor({ state: 'visible' });
    if (!((await pane().getAttribute('class')) ?? '').includes('expanded')) await header.click();
    const listed = await waitFor('the queue rows', async () => {
      const r = await rows();
      return r.some((t) => t.startsWith('Unreviewed')) && r.length >= 4 ? r : undefined;
    }, 60000);
    log(`queue shown ${Date.now() - started} ms after focusing the view: ${JSON.stringify(listed)}`);
    assert.match(listed[0], /^Unreviewed ?2$/);
    assert.match(listed[1], /^2025-11-02 · Busan, Nov 2 ?South Korean President Lee Jae Myung held his…$/);
    assert.match(listed[2], /^2025-11-01 · Gyeongju, Nov 1 ?South Korean President/);
    // 2025-11-03 was a Monday, not "on Saturday": reviewed, but with a problem.
    assert.match(listed[3], /^With problems ?1$/);
    assert.match(listed[4], /^2025-11-03 · Seoul, Nov 3/);
    assert.ok(listed.some((t) => /^Reviewed ?\d+$/.test(t)), listed.join(' | '));
    assert.ok(!listed.some((t) => t.includes('plain-notes')));
    await window.screenshot('queue-view');
  });

  it('Next Unreviewed Item (Ctrl+Alt+U) opens each unreviewed item in turn, wrapping around', async function () {
    // The tab's text, its parts run together (the name is drawn as "busan" ".txt", then a problem count).
    const active = async () => (await window.page.locator('.tabs-container .tab.active').allInnerTexts()).map((t) => t.replace(/\s+/g, '')).join('|');
    await window.page.keyboard.press('Control+Alt+U');
    await waitFor('busan.txt open', async () => (await active()).startsWith('busan.txt'));
    await window.waitForLanguage('Wire Feed');
    assert.equal((await window.cursor()).line, 0);
    await window.editor().click({ position: { x: 200, y: 10 } });
    await window.page.keyboard.press('Control+Alt+U');
    await waitFor('the sample open', async () => (await active()).startsWith('000_557be8cb5a940d7c.txt'));
    await window.page.keyboard.press('Control+Alt+U');
    await waitFor('back to busan.txt', async () => (await active()).startsWith('busan.txt'));
  });

  it('a click on a row opens its file; the inline action marks it reviewed and the row moves', async function () {
    await window.runCommand('View: Close All Editors');
    const row = pane().locator('.monaco-list-row', { hasText: 'Gyeongju, Nov 1' }).first();
    await row.click();
    await waitFor('the sample open', async () =>
      (await window.page.locator('.tabs-container .tab.active').allInnerTexts()).join('').replace(/\s+/g, '').startsWith('000_557be8cb5a940d7c.txt'));
    await row.hover();
    const mark = row.locator('.actions .action-label[aria-label="Mark item as reviewed"]');
    await mark.waitFor({ state: 'visible' });
    await mark.click();
    await waitFor('one unreviewed item left', async () => (await rows()).some((r) => /^Unreviewed ?1$/.test(r)), 20000);
    const text = fs.readFileSync(path.join(folder, SEED), 'utf8');
    assert.match(text, /^Reviewed-by: .+, \d{4}-\d{2}-\d{2}$/m, 'saved with the stamp');
    await window.screenshot('queue-after-mark');
  });
});
