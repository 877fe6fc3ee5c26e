// Scenario 2: the Problems panel lists the unreviewed-item warning on the disclaimer line, with the
// rule id and the source "Wire Desk".
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor, type Workbench } from './harness';
import { e2e, setCurrentWindow } from './hooks';
import { SEED, SEED_FACTS, placeOf } from './items';

describe('2. Problems panel', function () {
  let window: Workbench;
  let folder: string;

  before(async function () {
    folder = e2e().makeWorkspace('problems');
    window = await e2e().openWindow(folder);
    setCurrentWindow(window);
  });
  after(async function () {
    setCurrentWindow(undefined);
    await e2e().closeWindow(window);
  });

  it('lists the unreviewed-item warning on the disclaimer line, with the rule id', async function () {
    const text = fs.readFileSync(path.join(folder, SEED), 'utf8');
    const line = placeOf(text, SEED_FACTS.disclaimer).line + 1; // as shown: 1-based
    const shown = await window.openFile(SEED);
    await window.waitForLanguage('Wire Feed');
    const counts = await waitFor('a warning in the status bar', async () => {
      const c = await window.problemCounts();
      return c.warnings > 0 ? c : undefined;
    });
    console.log(`      [e2e] problems counted in the status bar ${Date.now() - shown} ms after the editor showed the file: ${JSON.stringify(counts)}`);
    assert.equal(counts.errors, 0);
    assert.equal(counts.warnings, 1, 'exactly one warning: the unreviewed item');

    const rows = await waitFor('the warning in the Problems panel', async () => {
      const all = await window.problems();
      return all.some((r) => r.includes('unreviewed-item')) ? all : undefined;
    });
    const warning = rows.find((r) => r.includes('unreviewed-item'))!;
    assert.match(warning, /Wire Desk/, warning);
    assert.match(warning, new RegExp(`Ln ${line}\\b|line ${line}\\b`, 'i'), `expected line ${line}: ${warning}`);
    assert.match(warning, /warning/i, warning);
    // The file row and the informational findings (translation, secondary source) are listed too.
    assert.ok(rows.some((r) => r.includes('translated-quote')), rows.join('\n'));
    assert.ok(rows.some((r) => r.includes('secondary-source')), rows.join('\n'));
    assert.ok(!rows.some((r) => r.includes('weekday-date')), rows.join('\n'));

    // Show the warning's line in the editor too, then record what the editor sees.
    await window.page.locator('.markers-panel .monaco-list-row', { hasText: 'unreviewed-item' }).first().click();
    await window.page.waitForTimeout(500);
    await window.screenshot('problems');
  });
});
