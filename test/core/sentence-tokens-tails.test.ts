// SentenceTokens tells whether a window's edge cuts a word's match by reading the text at the two edge
// tokens: a word's match runs on over the tail it drops (stops, apostrophes, hyphens) until a character
// that does not continue a word, a quotation or the sentence's end. These texts put such tails at every
// edge a window can have: against a quotation opening with an apostrophe or a curly quote, at the end of a
// sentence cut short inside the tail, and before words, spaces and punctuation. Every window is checked
// against tokenizing it alone.
import { strict as assert } from 'node:assert';
import { SentenceTokens, tokensOutsideQuotes } from '../../src/core/attribution/context';
import type { Span } from '../../src/core/model';
import { findQuotes } from '../../src/core/quotes';
import { splitParagraphs } from '../../src/core/text';
import { rng } from '../support/rng';

const WORDS = ['end', 'Mr', 'U.S', 'e.g', 'J', 'x', 'Korea', "rock-'n'-roll", 'Lee', '3.5'];
const TAILS = ['.', "'", '\u2019', '-', ".'", '.-', "'.", '\u2019.', '..', "-'.", '.\u2019\u2019', ''];
const AFTER = ['', ' ', "'so' ", '\u2018so\u2019 ', '"Yes." ', '\u201cNo.\u201d ', 'x ', ', ', '. ', '\u2014'];

/** Every window of every sentence of `text`, sentences being each paragraph cut at `cuts` of its length. */
function checkAllWindows(text: string, cuts: readonly number[]): number {
  const paragraphs = splitParagraphs(text, 0, text.length);
  const quotes = findQuotes(text, paragraphs);
  const sentenceTokens = new SentenceTokens(text, quotes);
  let checked = 0;
  for (const p of paragraphs) {
    for (const cut of cuts) {
      const sentence: Span = { start: p.start, end: p.start + Math.round((p.end - p.start) * cut) };
      for (let from = sentence.start; from <= sentence.end; from++) {
        for (let to = from; to <= sentence.end; to++) {
          assert.deepEqual(sentenceTokens.window(sentence, from, to), tokensOutsideQuotes(text, from, to, quotes), `${JSON.stringify(text.slice(sentence.start, sentence.end))} [${from - sentence.start}, ${to - sentence.start})`);
          checked++;
        }
      }
    }
  }
  return checked;
}

describe('SentenceTokens: a window edge inside a dropped tail', () => {
  it('words with every tail, before quotations, words, spaces and punctuation, in sentences cut anywhere', () => {
    const random = rng(23);
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 5);
      for (let k = 0; k < count; k++) {
        parts.push(WORDS[Math.floor(random() * WORDS.length)], TAILS[Math.floor(random() * TAILS.length)], AFTER[Math.floor(random() * AFTER.length)]);
      }
      checked += checkAllWindows(parts.join(''), [1, random(), random()]);
    }
    assert.ok(checked > 50_000);
  });
});
