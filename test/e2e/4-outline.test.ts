// Scenario 4: the Outline shows Lee Jae Myung and Xi Jinping with their quotations; clicking
// "Promoting the healthy ..." moves the cursor to that paragraph.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor, type Workbench } from './harness';
import { e2e, setCurrentWindow } from './hooks';
import { SEED, SEED_FACTS, placeOf } from './items';

describe('4. Outline', function () {
  let window: Workbench;
  let text: string;

  before(async function () {
    const folder = e2e().makeWorkspace('outline');
    text = fs.readFileSync(path.join(folder, SEED), 'utf8');
    window = await e2e().openWindow(folder);
    setCurrentWindow(window);
    await window.openFile(SEED);
    await window.waitForLanguage('Wire Feed');
  });
  after(async function () {
    setCurrentWindow(undefined);
    await e2e().closeWindow(window);
  });

  it('shows the speakers with their quotations; a click on a quotation moves the cursor to it', async function () {
    const rows = await window.outline();
    const speakers = rows.filter((r) => r.level === 1).map((r) => r.text);
    assert.ok(speakers.some((s) => s.startsWith('Lee Jae Myung')), speakers.join(' | '));
    assert.ok(speakers.some((s) => s.startsWith('Xi Jinping')), speakers.join(' | '));
    const childrenOf = (name: string) => {
      const start = rows.findIndex((r) => r.level === 1 && r.text.startsWith(name));
      const out: string[] = [];
      for (let i = start + 1; i < rows.length && rows[i].level > 1; i++) out.push(rows[i].text);
      return out;
    };
    const lee = childrenOf('Lee Jae Myung');
    const xi = childrenOf('Xi Jinping');
    assert.ok(lee.some((q) => q.includes('I hope that')), lee.join(' | '));
    assert.ok(lee.some((q) => q.includes('tangible results')), lee.join(' | '));
    assert.equal(lee.length, 6, lee.join(' | '));
    assert.ok(xi.some((q) => q.includes('(China) is willing')), xi.join(' | '));
    assert.ok(xi.some((q) => q.includes('Promoting the healthy')), xi.join(' | '));
    assert.equal(xi.length, 3, xi.join(' | '));

    await window.goTo(0, 0);
    const target = placeOf(text, SEED_FACTS.lastQuote);
    await window.outlineRow('Promoting the healthy').click();
    const cursor = await waitFor('the cursor on the quotation', async () => {
      const c = await window.cursor();
      return c.line === target.line ? c : undefined;
    });
    assert.equal(cursor.line, target.line);
    await window.widenSideBar(140);
    await window.page.waitForTimeout(300);
    await window.screenshot('outline');
  });
});
