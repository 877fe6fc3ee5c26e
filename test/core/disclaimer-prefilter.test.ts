// The disclaimer prefilter runs as an automaton over character codes instead of its expression (issue 5):
// it answers as the expression does, on every stretch of real items and on text made of the words' pieces
// in any case, with the letters that fold to ASCII ones elsewhere (long s, Kelvin sign, dotted and dotless i).
import { strict as assert } from 'node:assert';
import { findDisclaimer, hasPrefilterWord } from '../../src/core/disclaimer';
import { scanItem } from '../../src/core/marks';
import { reviewItem } from '../../src/core/review';
import { splitParagraphs } from '../../src/core/text';
import { rng } from '../support/rng';
import { REAL_ITEMS } from './arbitraries';

/** The definition it replaced. */
const PREFILTER = /feed|syndicat|wire|news service|generated|auto-?publish|edited|reviewed/i;

const PIECES = [
  'feed', 'fee', 'eed', 'syndicat', 'syndica', 'wire', 'wir', 'news service', 'news  service', 'news\nservice', 'new', 's service', 'generated',
  'generate', 'auto-publish', 'autopublish', 'auto publish', 'auto-', 'publish', 'edited', 'edite', 'dited', 'reviewed', 'review', 'viewed',
  'e', 'd', 'ed', 'it', 're', 'w', 's', ' ', '-', '\n', '.', '\u017f', '\u212a', '\u0130', '\u0131', '\u00e9', '\u201c', 'x',
];

/** A piece with its letters' case changed at random. */
function recase(piece: string, random: () => number): string {
  return [...piece].map((c) => (random() < 0.3 ? c.toUpperCase() : c)).join('');
}

/** A text of 1 to `most` pieces picked at random, each recased. */
function piecesText(pieces: readonly string[], most: number, random: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * most);
  for (let k = 0; k < count; k++) parts.push(recase(pieces[Math.floor(random() * pieces.length)], random));
  return parts.join('');
}

describe('disclaimer prefilter', () => {
  it('answers as its expression does, on generated text and its every stretch', () => {
    const random = rng(31);
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      const text = piecesText(PIECES, 12, random);
      const expected = PREFILTER.test(text);
      assert.equal(hasPrefilterWord(text, 0, text.length), expected, JSON.stringify(text));
      if (expected) found++;
      const from = Math.floor(random() * (text.length + 1));
      const to = from + Math.floor(random() * (text.length - from + 1));
      assert.equal(hasPrefilterWord(text, from, to), PREFILTER.test(text.slice(from, to)), JSON.stringify([text, from, to]));
    }
    assert.ok(found > 1000, `${found} texts with a word`);
  });

  it('answers as its expression does on the lines and paragraphs of the sample and the wire items', () => {
    let found = 0;
    for (const text of REAL_ITEMS) {
      for (const stretch of [...text.split('\n'), ...text.split(/\n\s*\n/)]) {
        const expected = PREFILTER.test(stretch);
        assert.equal(hasPrefilterWord(stretch, 0, stretch.length), expected, JSON.stringify(stretch));
        if (expected) found++;
      }
    }
    assert.ok(found >= 10, `${found} stretches with a word`);
  });

  // The review runs the prefilter with the marks' pass over the whole item and reads no paragraph for a
  // disclaimer when it finds no word: that pass must answer as the prefilter does over the same stretch.
  it('runs in the pass that finds quote marks and stops, with the same answer', () => {
    const random = rng(37);
    const pieces = [...PIECES, '"', '!', '?', '\u2026', '\u00bb', '\u201d', '...'];
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      const text = piecesText(pieces, 16, random);
      const from = Math.floor(random() * (text.length + 1));
      const to = from + Math.floor(random() * (text.length - from + 1));
      const expected = hasPrefilterWord(text, from, to);
      assert.equal(scanItem(text, from, to).prefilterWord, expected, JSON.stringify([text, from, to]));
      if (expected) found++;
    }
    assert.ok(found > 300, `${found} texts with a word`);
  });

  it('leaves the disclaimers of the sample and the wire items as reading every paragraph finds them', () => {
    let disclaimers = 0;
    for (const text of REAL_ITEMS) {
      const item = reviewItem(text);
      const paragraphs = splitParagraphs(text, 0, text.length);
      const sentences = item.paragraphs.map((p) => p.sentences);
      // The lede's paragraph is read from the header on here: a disclaimer is never the header's line.
      assert.deepEqual(item.disclaimer, findDisclaimer(text, paragraphs, (p) => sentences[p]), JSON.stringify(text.slice(0, 80)));
      if (item.disclaimer) disclaimers++;
    }
    assert.ok(disclaimers >= 5, `${disclaimers} disclaimers`);
  });
});
