// Scenario 5: the quick fix "Mark item as reviewed", taken from the light bulb, replaces the disclaimer
// with a review stamp and the warning disappears; Undo restores the text and the warning.
import * as assert from 'node:assert/strict';
import { REVIEWER, waitFor } from './harness';
import { withSeedWindow } from './hooks';
import { SEED_FACTS, placeOf } from './items';

/** Today as the extension writes it (local date); around midnight also accept the day before/after. */
function plausibleDates(): string[] {
  const iso = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const now = Date.now();
  return [now - 864e5, now, now + 864e5].map((t) => iso(new Date(t)));
}

describe('5. quick fix "Mark item as reviewed"', function () {
  const seed = withSeedWindow('quick-fix');

  it('stamps the item from the light bulb, and Undo brings the disclaimer and the warning back', async function () {
    const line = placeOf(seed.text, SEED_FACTS.disclaimer).line;
    await waitFor('the unreviewed-item warning', async () => (await seed.window.problemCounts()).warnings === 1);

    await seed.window.goTo(line, 0);
    const bulb = seed.window.page.locator('.lightBulbWidget');
    await bulb.waitFor({ state: 'visible', timeout: 10000 });
    await bulb.click();
    const fix = seed.window.page.locator('.action-widget .monaco-list-row', { hasText: 'Mark item as reviewed' }).first();
    await fix.waitFor({ state: 'visible' });
    const started = Date.now();
    await fix.click();

    const stamp = await waitFor('the review stamp in the editor', async () =>
      (await seed.window.visibleLines()).find((l) => l.startsWith('Reviewed-by:')));
    const m = /^Reviewed-by: (.+), (\d{4}-\d{2}-\d{2})\s*$/.exec(stamp);
    assert.ok(m, stamp);
    assert.equal(m[1], REVIEWER);
    assert.ok(plausibleDates().includes(m[2]), `stamp date ${m[2]}`);
    assert.ok(!(await seed.window.visibleLines()).some((l) => l.includes('Disclaimer:')), 'the disclaimer is gone');
    await waitFor('the warning to disappear', async () => (await seed.window.problemCounts()).warnings === 0);
    console.log(`      [e2e] stamp shown and warning gone ${Date.now() - started} ms after the click`);
    assert.match(await seed.window.wireStatus(), /^Reviewed/);
    const problems = await seed.window.problems();
    assert.ok(!problems.some((r) => r.includes('unreviewed-item')), problems.join('\n'));

    await seed.window.editor().click({ position: { x: 200, y: 10 } }); // focus the text, as a person would
    await seed.window.page.keyboard.press('Control+Z');
    await waitFor('the disclaimer to come back', async () =>
      (await seed.window.visibleLines()).some((l) => l.startsWith('Disclaimer:')));
    assert.ok(!(await seed.window.visibleLines()).some((l) => l.startsWith('Reviewed-by:')));
    await waitFor('the warning to come back', async () => (await seed.window.problemCounts()).warnings === 1);
    assert.match(await seed.window.wireStatus(), /^Unreviewed/);
  });
});
