// Scenario 4: the Outline shows Lee Jae Myung and Xi Jinping with their quotations; clicking
// "Promoting the healthy ..." moves the cursor to that paragraph.
import * as assert from 'node:assert/strict';
import { waitFor } from './harness';
import { withSeedWindow } from './hooks';
import { SEED_FACTS, placeOf } from './items';

describe('4. Outline', function () {
  const seed = withSeedWindow('outline');

  it('shows the speakers with their quotations; a click on a quotation moves the cursor to it', async function () {
    const rows = await seed.window.outline();
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

    await seed.window.goTo(0, 0);
    const target = placeOf(seed.text, SEED_FACTS.lastQuote);
    await seed.window.outlineRow('Promoting the healthy').click();
    const cursor = await waitFor('the cursor on the quotation', async () => {
      const c = await seed.window.cursor();
      return c.line === target.line ? c : undefined;
    });
    assert.equal(cursor.line, target.line);
    await seed.window.widenSideBar(140);
    await seed.window.page.waitForTimeout(300);
    await seed.window.screenshot('outline');
  });
});
