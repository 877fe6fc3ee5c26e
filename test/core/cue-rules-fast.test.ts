// Fast paths of the attribution rules and the quotation kinds, each checked against the plain reading it
// stands for, on real text and on generated text built from the words it looks for.
import { strict as assert } from 'node:assert';
import { isTitleCase, mayEndWithCue, NAMING_CUES, SCARE_CUES } from '../../src/core/attribution/kind';
import { titleCase } from '../../src/core/attribution/predicate';
import { labelOf, mayOpenWithLabel } from '../../src/core/attribution/question-answer';
import { findQuotes } from '../../src/core/quotes';
import { splitParagraphs } from '../../src/core/text';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

/** classify tests the expressions only after the prefilter: it must pass every stretch either matches. */
function checkStretch(text: string, from: number, to: number): boolean {
  const stretch = text.slice(from, to);
  const cue = SCARE_CUES.test(stretch) || NAMING_CUES.test(stretch);
  if (cue) assert.ok(mayEndWithCue(text, from, to), `prefilter passes ${JSON.stringify(stretch)}`);
  return cue;
}

describe('the quotation kinds: fast paths read as the plain ones', () => {
  it('a scare or naming cue: the prefilter on the last character passes the text before a quotation whenever the expressions match it', () => {
    const random = rng(11);
    let checked = 0;
    let cues = 0;
    for (const text of wireTexts()) {
      const paragraphs = splitParagraphs(text, 0, text.length);
      const quotes = findQuotes(text, paragraphs);
      // The text before each quotation (from the one before it, or from a point in its paragraph).
      for (let k = 0; k < quotes.length; k++) {
        const to = quotes[k].start;
        const from = random() < 0.5 && k > 0 ? Math.min(to, quotes[k - 1].end) : Math.max(0, to - Math.floor(random() * 400));
        if (checkStretch(text, from, to)) cues++;
        checked++;
      }
      for (let n = 0; n < 50; n++) {
        const from = Math.floor(random() * text.length);
        if (checkStretch(text, from, from + Math.floor(random() * (text.length - from + 1)))) cues++;
        checked++;
      }
    }
    assert.ok(checked > 1000 && cues > 0, `${checked} stretches, ${cues} with a cue`);
  });

  it('the prefilter: cue words in any case, glued to other words, before any white space and at the stretch\'s edges', () => {
    const random = rng(12);
    const pieces = [
      'so-called', 'So-Called', 'SO CALLED', 'so called', 'so\rcalled', 'so\u00a0called', 'so\u0000called', 'known as', 'Known As', 'known  as',
      'dubbed', 'DUBBED', 'Termed', 'nicknamed', 'labelled', 'labeled', 'Labeled', 'branded', 'x', '_', '1', '\u00e9', '\u017f', '\u212a',
      'called', 'as', 'ubbed', '-', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u180e', '\u200b', ',', '(', 'He', '"',
    ];
    let cues = 0;
    for (let n = 0; n < 4000; n++) {
      const parts: string[] = [];
      const count = Math.floor(random() * 6);
      for (let k = 0; k < count; k++) parts.push(pieces[Math.floor(random() * pieces.length)]);
      const text = parts.join('');
      // The stretch anywhere in the text, its edges inside or between the pieces.
      const from = Math.floor(random() * (text.length + 1));
      const to = random() < 0.5 ? text.length : from + Math.floor(random() * (text.length - from + 1));
      if (checkStretch(text, from, to)) cues++;
    }
    assert.ok(cues > 100, `${cues} cues`);
  });
});

// The predicate rule's test for a title in title case as it was written before, as the oracle.
const HAS_LETTER = /\p{L}/u;
const SMALL = /^(?:of|the|and|a|an|in|on|at|to|for|with|by|or|from|&)$/i;
const STARTS_CAPITAL = /^[^\p{L}]*\p{Lu}/u;
function plainTitleCase(inner: string): boolean {
  const words = inner.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  return words.length > 0 && words.length <= 8 && words.every((w) => SMALL.test(w) || STARTS_CAPITAL.test(w));
}

// The kinds' test for a quoted title as it was written before.
const LETTER_OR_DIGIT = /\p{L}|\d/u;
const SMALL_WORDS = /^(?:of|the|and|a|an|in|on|at|to|for|with|by|or|from|de|la|le|el|y|&)$/i;
function plainIsTitleCase(inner: string): boolean {
  const words = inner.split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w));
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => SMALL_WORDS.test(w) || /^[\p{Lu}\d]/u.test(w.replace(/^[^\p{L}\d]+/u, '')));
}

describe('the predicate rule and the kinds: a title read word by word', () => {
  it('a quotation in title case, read word by word, as the count and the split read it (both rules)', () => {
    let titles = 0;
    let checked = 0;
    for (const text of wireTexts()) {
      const paragraphs = splitParagraphs(text, 0, text.length);
      for (const q of findQuotes(text, paragraphs)) {
        const fast = titleCase(text, q.inner.start, q.inner.end);
        const inner = text.slice(q.inner.start, q.inner.end);
        assert.equal(fast, plainTitleCase(inner), JSON.stringify(inner));
        assert.equal(isTitleCase(text, q.inner.start, q.inner.end), plainIsTitleCase(inner), JSON.stringify(inner));
        if (fast) titles++;
        checked++;
      }
    }
    assert.ok(checked > 200 && titles > 5, `${checked} quotations, ${titles} titles`);
  });

  it('generated words: capitals, small words, letters outside ASCII, no letter at all, any white space', () => {
    const random = rng(13);
    const pieces = ['The', 'the', 'Of', 'and', 'AND', 'Care', 'care', '&', '-', '2024', 'de', 'La', '(1)', '-x', '\u00bfQu\u00e9', '\u0661\u0662', '"', "'Tis", '\u00c9lys\u00e9e', '\u00e9t\u00e9', '\u{1d400}bc', '\u{10400}', '(Act)', 'x', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\u200b'];
    let titles = 0;
    for (let n = 0; n < 4000; n++) {
      const parts: string[] = [];
      const count = Math.floor(random() * 24);
      for (let k = 0; k < count; k++) parts.push(pieces[Math.floor(random() * pieces.length)], random() < 0.6 ? ' ' : '');
      const text = parts.join('');
      const from = Math.floor(random() * 3);
      const fast = titleCase(text, Math.min(from, text.length), text.length);
      assert.equal(fast, plainTitleCase(text.slice(Math.min(from, text.length))), JSON.stringify(text));
      assert.equal(isTitleCase(text, Math.min(from, text.length), text.length), plainIsTitleCase(text.slice(Math.min(from, text.length))), JSON.stringify(text));
      if (fast) titles++;
    }
    assert.ok(titles > 100, `${titles} titles`);
  });
});

describe('the question-answer rule: a paragraph told from its first two letters', () => {
  it('every paragraph whose label labelOf reads passes mayOpenWithLabel (real text, and generated openings)', () => {
    const random = rng(17);
    let labels = 0;
    let told = 0;
    const check = (text: string, start: number, end: number) => {
      const label = labelOf(text, start, end);
      if (label) labels++;
      if (!mayOpenWithLabel(text, start)) {
        told++;
        assert.equal(label, undefined, JSON.stringify(text.slice(start, end)));
      }
    };
    for (const text of wireTexts()) for (const p of splitParagraphs(text, 0, text.length)) check(text, p.start, p.end);
    const pieces = ['Q', 'A', 'QUESTION', 'ANSWER', 'TUSK', 'VON', 'DER', 'LEYEN', "O'BRIEN", 'O\u2019NEIL', 'J.', 'KIM-LEE', 'The', 'But', 'a', 'b', 'Mr.', ':', ': ', ' ', '\t', '"', '\u201c', 'x', 'EDS', 'NOTE'];
    for (let n = 0; n < 20000; n++) {
      const count = 1 + Math.floor(random() * 6);
      let text = '';
      for (let k = 0; k < count; k++) text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.5 ? ' ' : '');
      check(text, 0, text.length);
      // A paragraph of one character, with a letter a-z after it in the text.
      check(text + 'b', 0, 1);
    }
    assert.ok(labels > 500 && told > 5000, `${labels} labels, ${told} paragraphs told by two letters`);
  });
});
