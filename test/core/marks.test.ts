// The item's quote marks and sentence stops are found in one pass (scanItem) and handed to the
// quotation and sentence scanners (issue 5): they find what each finds reading the paragraphs itself.
import { strict as assert } from 'node:assert';
import { scanItem } from '../../src/core/marks';
import type { Span } from '../../src/core/model';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, Terminators } from '../../src/core/sentences';
import { splitParagraphs } from '../../src/core/text';
import { rng } from '../support/rng';
import { REAL_ITEMS } from './arbitraries';

const PIECES = [
  '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', "'", '\u2019', '.', '!', '?', '\u2026', '...', ' ', '  ', '\n', '\n\n', '\r\n',
  '\r\n\r\n', 'He said', 'Mr. Lee', 'U.S.', 'word', '"Yes," he said.', '\u201cNo.\u201d Then', '(Eds: x)', '\u00e9t\u00e9', '\ud83d\ude00', ': ', '-- ',
];

function texts(): string[] {
  const random = rng(53);
  const out = [...REAL_ITEMS];
  for (let k = 0; k < 3000; k++) {
    const parts: string[] = [];
    const count = Math.floor(random() * 60);
    for (let j = 0; j < count; j++) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
    out.push(parts.join(''));
  }
  return out;
}

describe('quote marks and sentence stops found in one pass', () => {
  it('are every double quote mark and every stop of the stretch, in order', () => {
    for (const text of texts()) {
      const from = Math.floor(text.length / 7);
      const to = text.length - Math.floor(text.length / 9);
      const marks: number[] = [];
      const stops: number[] = [];
      for (let i = from; i < to; i++) {
        if ('"\u201c\u201d\u201e\u201f\u00ab\u00bb'.includes(text[i])) marks.push(i);
        if ('.!?\u2026'.includes(text[i])) stops.push(i);
      }
      // And whether the stretch holds a word of the disclaimer's prefilter, as its expression says.
      const prefilterWord = /feed|syndicat|wire|news service|generated|auto-?publish|edited|reviewed/i.test(text.slice(from, to));
      const found = scanItem(text, from, to);
      assert.deepEqual({ marks: found.marks, stops: found.stops, prefilterWord: found.prefilterWord }, { marks, stops, prefilterWord }, JSON.stringify(text));
    }
  });

  it('give the quotations and sentences that reading each paragraph gives (also with the quotations of the item read in place)', () => {
    let quotes = 0;
    let sentences = 0;
    for (const text of texts()) {
      const paras: Span[] = splitParagraphs(text, 0, text.length);
      if (paras.length === 0) continue;
      const from = paras[0].start;
      const to = paras[paras.length - 1].end;
      const found = scanItem(text, from, to);
      const spans = findQuotes(text, paras);
      assert.deepEqual(findQuotes(text, paras, found.marks), spans, JSON.stringify(text));
      const terminators = new Terminators(text, from, to, found.stops);
      for (const p of paras) {
        const inPara = spans.filter((q) => q.end > p.start && q.start < p.end);
        const expected = splitSentences(text, p, inPara);
        assert.deepEqual(splitSentences(text, p, inPara, terminators), expected, JSON.stringify(text.slice(p.start, p.end)));
        // The item's list read in place, from the first quotation that ends inside the paragraph.
        let first = 0;
        while (first < spans.length && spans[first].end <= p.start) first++;
        assert.deepEqual(splitSentences(text, p, spans, terminators, first), expected, JSON.stringify(text.slice(p.start, p.end)));
        sentences += expected.length;
      }
      quotes += spans.length;
    }
    assert.ok(quotes > 3000 && sentences > 10000, `${quotes} quotations, ${sentences} sentences`);
  });
});
