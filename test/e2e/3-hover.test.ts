// Scenario 3: hovering a quotation shows who said it and how we know. The first quotation names Lee
// Jae Myung and the cue `he said`; "(China) is willing ..." names Xi Jinping and notes the translator.
import * as assert from 'node:assert/strict';
import { withSeedWindow } from './hooks';
import { SEED_FACTS, placeOf } from './items';

describe('3. hover on quotations', function () {
  const seed = withSeedWindow('hover');

  it('shows Lee Jae Myung and the cue "he said" on the first quotation', async function () {
    const at = placeOf(seed.text, SEED_FACTS.firstQuote);
    const { text: hover, ms } = await seed.window.hoverAt(at.line, at.character + 3);
    console.log(`      [e2e] hover shown ${ms} ms after the mouse came to rest (editor.hover.delay 200 ms)`);
    assert.match(hover, /Lee Jae Myung/, hover);
    assert.match(hover, /he said/, hover);
    await seed.window.screenshot('hover');
  });

  it('shows Xi Jinping and the translator note on "(China) is willing"', async function () {
    const at = placeOf(seed.text, SEED_FACTS.translatedQuote);
    const { text: hover } = await seed.window.hoverAt(at.line, at.character + 3);
    assert.match(hover, /Xi Jinping/, hover);
    assert.match(hover, /translator/i, hover);
  });
});
