// SentenceTokens cuts every window around a quotation from its sentence's tokens. A window must be exactly
// what tokenizing it alone gives: the sentence's tokens note only the words whose match ran on past their
// end (a dropped stop, apostrophe or hyphen), and a cut through such a match tokenizes the window itself.
import { strict as assert } from 'node:assert';
import { SentenceTokens, tokensOutsideQuotes } from '../../src/core/attribution/context';
import type { Span } from '../../src/core/model';
import { findQuotes } from '../../src/core/quotes';
import { splitParagraphs } from '../../src/core/text';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

/** Every paragraph is read as one sentence (the longest windows); windows at token edges, one past them, and at random. */
function checkWindows(text: string, random: () => number, pairsPerParagraph: number): number {
  const paragraphs = splitParagraphs(text, 0, text.length);
  const quotes = findQuotes(text, paragraphs);
  const sentenceTokens = new SentenceTokens(text, quotes);
  let checked = 0;
  for (const p of paragraphs) {
    const sentence: Span = { start: p.start, end: p.end };
    const edges = new Set<number>([p.start, p.end]);
    for (const t of tokensOutsideQuotes(text, p.start, p.end, quotes)) {
      for (const at of [t.start, t.end, t.end + 1, t.end + 2]) if (at <= p.end) edges.add(at);
    }
    for (const q of quotes) if (q.start >= p.start && q.end <= p.end) edges.add(q.start).add(q.end);
    const points = [...edges];
    for (let n = 0; n < pairsPerParagraph; n++) {
      let from = random() < 0.8 ? points[Math.floor(random() * points.length)] : p.start + Math.floor(random() * (p.end - p.start + 1));
      let to = random() < 0.8 ? points[Math.floor(random() * points.length)] : p.start + Math.floor(random() * (p.end - p.start + 1));
      if (from > to) [from, to] = [to, from];
      assert.deepEqual(sentenceTokens.window(sentence, from, to), tokensOutsideQuotes(text, from, to, quotes), `${JSON.stringify(text.slice(from, to))} [${from}, ${to})`);
      checked++;
    }
  }
  return checked;
}

describe('SentenceTokens: a window cut from its sentence is the window tokenized alone', () => {
  it('on the seeds, the bench corpus and the attribution fixtures', () => {
    const random = rng(7);
    let checked = 0;
    for (const text of wireTexts()) checked += checkWindows(text, random, 40);
    assert.ok(checked > 1000);
  });

  it('with words that drop a stop, an apostrophe or a hyphen at the edges of a window', () => {
    const random = rng(11);
    const pieces = ['Mr.', 'end.', 'U.S.', 'e.g.', 'Calif.', "Korea's", 'Korea\u2019', "rock-'n'-roll", 'well-', "ab'", "x.'", 'J.', 'Lee', 'said', ',', '"Yes,"', '\u201cNo.\u201d', "'so'", ' ', ' ', '  '];
    for (let n = 0; n < 300; n++) {
      const parts: string[] = [];
      const count = 2 + Math.floor(random() * 30);
      for (let k = 0; k < count; k++) parts.push(pieces[Math.floor(random() * pieces.length)], random() < 0.6 ? ' ' : '');
      checkWindows(parts.join(''), random, 30);
    }
  });
});
