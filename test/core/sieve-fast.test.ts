// Fast paths of the attribution sieve's cue rules, each checked against the plain reading it stands for, on
// real text: the end of a stretch between two quotations tokenized alone (continuation).
import { strict as assert } from 'node:assert';
import { tokensOutsideQuotes } from '../../src/core/attribution/context';
import { strongCueAtEnd } from '../../src/core/attribution/continuation';
import { cueVerbEnd } from '../../src/core/attribution/verbs';
import { findQuotes, type QuoteSpan } from '../../src/core/quotes';
import { splitParagraphs } from '../../src/core/text';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

/** The plain test: a strong cue verb among the last four tokens (not the first) of the whole stretch. */
function plainStrongCueAtEnd(text: string, from: number, to: number, quotes: readonly QuoteSpan[]): boolean {
  const tokens = tokensOutsideQuotes(text, from, to, quotes);
  for (let v = tokens.length - 1; v >= 1 && v >= tokens.length - 4; v--) if (cueVerbEnd(tokens, v, true) >= 0) return true;
  return false;
}

function checkStretches(text: string, random: () => number, perParagraph: number): { checked: number; cues: number } {
  const paragraphs = splitParagraphs(text, 0, text.length);
  const quotes = findQuotes(text, paragraphs);
  let checked = 0;
  let cues = 0;
  // Stretches that start in one paragraph and may run over the next ones, ending at a quotation or anywhere.
  const ends = quotes.map((q) => q.start);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const last = paragraphs[Math.min(paragraphs.length - 1, p + 2)].end;
    for (let n = 0; n < perParagraph; n++) {
      const from = para.start + Math.floor(random() * (para.end - para.start + 1));
      const to = random() < 0.5 && ends.length > 0 ? ends[Math.floor(random() * ends.length)] : from + Math.floor(random() * (last - from + 1));
      if (to < from) continue;
      const fast = strongCueAtEnd(text, from, to, quotes);
      assert.equal(fast, plainStrongCueAtEnd(text, from, to, quotes), `${JSON.stringify(text.slice(from, to))} [${from}, ${to})`);
      checked++;
      if (fast) cues++;
    }
  }
  return { checked, cues };
}

describe('the sieve cue rules: fast paths read as the plain ones', () => {
  it('continuation: the end of a stretch tokenized alone finds the cue the whole stretch does', () => {
    const random = rng(5);
    let checked = 0;
    let cues = 0;
    for (const text of wireTexts()) {
      const r = checkStretches(text, random, 12);
      checked += r.checked;
      cues += r.cues;
    }
    assert.ok(checked > 1000 && cues > 20, `${checked} stretches, ${cues} with a cue`);
  });

  it('continuation: stretches of few words, long words, quotations and no white space near the end', () => {
    const random = rng(9);
    const pieces = ['said', 'Lee', 'he', 'broke in', 'went on', 'the', 'told', 'and', '.', ',', '"Yes,"', '\u201cNo.\u201d', 'averyveryveryveryverylongwordwithoutanyspaceinit', 'a\u00a0b', '\n', ' ', ' '];
    for (let n = 0; n < 400; n++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 40);
      for (let k = 0; k < count; k++) parts.push(pieces[Math.floor(random() * pieces.length)], random() < 0.7 ? ' ' : '');
      checkStretches(parts.join(''), random, 20);
    }
  });
});
