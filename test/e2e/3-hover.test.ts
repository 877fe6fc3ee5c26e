// Scenario 3: hovering a quotation shows who said it and how we know. The first quotation names Lee
// Jae Myung and the cue `he said`; "(China) is willing ..." names Xi Jinping and notes the translator.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Workbench } from './harness';
import { e2e, setCurrentWindow } from './hooks';
import { SEED, SEED_FACTS, placeOf } from './items';

describe('3. hover on quotations', function () {
  let window: Workbench;
  let text: string;

  before(async function () {
    const folder = e2e().makeWorkspace('hover');
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

  it('shows Lee Jae Myung and the cue "he said" on the first quotation', async function () {
    const at = placeOf(text, SEED_FACTS.firstQuote);
    const { text: hover, ms } = await window.hoverAt(at.line, at.character + 3);
    console.log(`      [e2e] hover shown ${ms} ms after the mouse came to rest (editor.hover.delay 200 ms)`);
    assert.match(hover, /Lee Jae Myung/, hover);
    assert.match(hover, /he said/, hover);
    await window.screenshot('hover');
  });

  it('shows Xi Jinping and the translator note on "(China) is willing"', async function () {
    const at = placeOf(text, SEED_FACTS.translatedQuote);
    const { text: hover } = await window.hoverAt(at.line, at.character + 3);
    assert.match(hover, /Xi Jinping/, hover);
    assert.match(hover, /translator/i, hover);
  });
});
