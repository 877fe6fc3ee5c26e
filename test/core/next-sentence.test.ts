// A quotation that is a sentence of its own (`"Really?" Kim said.`) takes its cue from the sentence right
// after it. That sentence is found by a binary search over the paragraph's sentences: a scan from the first
// made a paragraph of thousands of such quotations (`"Yes." Kim said. "Yes." Kim said. ...`) quadratic.
// The search must find what the scan found, on real text and on paragraphs of many short sentences.
import { strict as assert } from 'node:assert';
import { buildContexts, tokensOutsideQuotes, type QuoteContext } from '../../src/core/attribution/context';
import { nextSentenceTokens } from '../../src/core/attribution/quote-then-cue';
import { reviewItem } from '../../src/core';
import { isDoubleQuote } from '../../src/core/text';
import type { Token } from '../../src/core/tokens';
import { quotedItems } from '../support/quoted-items';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

/** The scan the search replaced: the first sentence of the paragraph starting at or after the quotation's end. */
function scanned(ctx: QuoteContext): Token[] | undefined {
  for (const s of ctx.paragraphs[ctx.quote.lastParagraph].sentences) {
    if (s.start < ctx.quote.end) continue;
    for (let i = ctx.quote.end; i < s.start; i++) {
      const c = ctx.text.charCodeAt(i);
      if ((c > 32 && c !== 0xa0) || c === 10 || c === 13) return undefined;
    }
    if (isDoubleQuote(ctx.text.charCodeAt(s.start)) || s.end - s.start > 400) return undefined;
    return tokensOutsideQuotes(ctx.text, s.start, s.end, ctx.quotes);
  }
  return undefined;
}

const PIECES = ['"Yes."', '"Really?"', '\u201cNo!\u201d', 'Kim said.', 'he asked.', 'She left.', '"A," Lee said.', ' ', '  ', '\u00a0', '\n', 'Then', '"B', 'x.'];

function generated(random: () => number): string {
  const parts: string[] = [];
  const count = 5 + Math.floor(random() * 60);
  for (let k = 0; k < count; k++) parts.push(PIECES[Math.floor(random() * PIECES.length)], random() < 0.7 ? ' ' : '');
  return 'date 2025-11-01\nSEOUL, Nov 1 (Yonhap) -- ' + parts.join('') + '\n';
}

describe('quote-then-cue: the sentence after a quotation', () => {
  it('is the one a scan of the paragraph finds, on real and generated text', () => {
    const random = rng(41);
    const texts = [...wireTexts(), ...Array.from({ length: 300 }, () => generated(random))];
    let checked = 0;
    let found = 0;
    for (const { text, paragraphs, quotes } of quotedItems(texts)) {
      for (const ctx of buildContexts(text, quotes, paragraphs)) {
        const expected = scanned(ctx);
        assert.deepEqual(nextSentenceTokens(ctx), expected, text.slice(ctx.quote.start, ctx.quote.end + 40));
        checked++;
        if (expected) found++;
      }
    }
    assert.ok(checked > 1000 && found > 100, `${checked} quotations, ${found} with a sentence after them`);
  });

  it('in a paragraph of thousands of quotations that are sentences of their own, each takes its cue', () => {
    const item = reviewItem(`date 2025-11-01\nSEOUL, Nov 1 (Yonhap) -- ${'"Yes." Kim said. '.repeat(20000)}\n`);
    assert.equal(item.quotes.length, 20000);
    // (The first shares its sentence with the dateline: it does not open it, so the sentence after is not its cue.)
    assert.ok(item.quotes.slice(1).every((q) => q.speaker?.name === 'Kim' && q.speaker.cue?.text === 'Kim said'));
  });
});
