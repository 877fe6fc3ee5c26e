// splitSentences finds sentence stops with one search over an item's paragraphs (Terminators), writes the
// sentences' offsets to a scratch list before making the exact list, and rejects most words at a stop as
// abbreviations by their length and first and last letters (issue 5). It gives exactly what the definition
// it replaced gives (below, as it was), with and without the item's search.
import { strict as assert } from 'node:assert';
import type { Span } from '../../src/core/model';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, Terminators } from '../../src/core/sentences';
import { isDoubleQuote, isLower, isSpace, isUpper, isDigit, splitParagraphs } from '../../src/core/text';
import { ABBREVIATIONS } from '../../src/core/words';
import { rng } from '../support/rng';
import { REAL_ITEMS } from './arbitraries';

/** The characters isTerminator accepts. */
const TERMINATOR = /[.!?\u2026]/g;

/** Paragraphs up to this long are read character by character (no slice, no match to allocate). */
const SHORT = 64;

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  let t = end;
  while (t > s && isSpace(text.charCodeAt(t - 1))) t--;
  if (t > s) out.push({ start: s, end: t });
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

/** Whether a sentence can start at i: a capital, a digit or an opening mark after white space. */
function startsSentence(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return isUpper(c) || isDigit(c) || isDoubleQuote(c) || c === 0x2018 || c === 40 || c > 0x2e80;
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** True when the full stop at `dot` closes an abbreviation or an initial (`Mr.`, `U.S.`, `J.`). */
function isAbbreviation(text: string, dot: number, from: number): boolean {
  let k = dot;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (isSpace(c) || c === 40 || isDoubleQuote(c)) break;
    k--;
  }
  if (k === dot) return false;
  // Longer than any abbreviation and no dotted acronym (`U.S`): no need to cut the word out and lower-case it
  // (lower-casing never shortens a word).
  if (dot - k > LONGEST_ABBREVIATION && text.charCodeAt(k + 1) !== 46) return false;
  const word = text.slice(k, dot);
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return true; // an initial
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Dotted acronyms: U.S, U.N, D.C
  return /^(?:[a-z]\.)+[a-z]$/.test(lower);
}

/**
 * Split [para.start, para.end) into sentences. `quotes` are the quotation spans that intersect the
 * paragraph, in order.
 */
function sentencesAsBefore(text: string, para: Span, quotes: readonly Span[]): Span[] {
  // A list of its own (young, as the spans pushed to it): a list kept across calls lives in the old
  // generation, and every span stored in it went through the collector's write barrier.
  const out: Span[] = [];
  let start = para.start;
  let q = 0;
  const end = para.end;
  let i = para.start;

  // The next terminator at or after i, found by a regular expression over a long paragraph (faster than a
  // loop over every character); -1 until looked for.
  const body = end - para.start > SHORT ? text.slice(para.start, end) : undefined;
  let nextTerminator = -1;
  while (i < end) {
    while (q < quotes.length && quotes[q].end <= i) q++;
    if (q < quotes.length && quotes[q].start <= i) {
      // Inside a quotation: jump to its end, and end the sentence there if the quotation ends one.
      const qe = Math.min(quotes[q].end, end);
      const last = text.charCodeAt(qe - 2);
      i = qe;
      if (isTerminator(last) && i < end && isSpace(text.charCodeAt(i))) {
        let j = i;
        while (j < end && isSpace(text.charCodeAt(j))) j++;
        const c = text.charCodeAt(j);
        if (j < end && (isUpper(c) || isDoubleQuote(c)) && !isLower(c)) {
          pushTrimmed(out, text, start, i);
          start = j;
          i = j;
        }
      }
      continue;
    }
    // Until the next quotation only a terminator can end a sentence: skip to it.
    const stop = q < quotes.length && quotes[q].start < end ? quotes[q].start : end;
    if (nextTerminator < i) {
      if (body !== undefined) {
        TERMINATOR.lastIndex = i - para.start;
        // `test` leaves lastIndex just past the terminator (one code unit) and allocates no match object.
        nextTerminator = TERMINATOR.test(body) ? para.start + TERMINATOR.lastIndex - 1 : end;
      } else {
        nextTerminator = i;
        while (nextTerminator < end && !isTerminator(text.charCodeAt(nextTerminator))) nextTerminator++;
      }
    }
    i = nextTerminator < stop ? nextTerminator : stop;
    if (i >= stop) continue;
    const c = text.charCodeAt(i);
    if (isTerminator(c)) {
      let j = i + 1;
      while (j < end && isTerminator(text.charCodeAt(j))) j++;
      // closing brackets after the stop stay with the sentence
      while (j < end && (text.charCodeAt(j) === 41 || text.charCodeAt(j) === 93)) j++;
      if (j >= end) break;
      if (isSpace(text.charCodeAt(j))) {
        let k = j;
        while (k < end && isSpace(text.charCodeAt(k))) k++;
        if (startsSentence(text, k, end) && !(c === 46 && isAbbreviation(text, i, para.start) && !isDoubleQuote(text.charCodeAt(k)))) {
          pushTrimmed(out, text, start, j);
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  pushTrimmed(out, text, start, end);
  // An exact copy: the list is kept in the review, and a pushed-to list holds room for 16.
  return out.slice();
}

const PIECES = [
  'Mr. Lee', 'MR. LEE', 'Gen. Kim', 'U.S. troops', 'u.s. ', 'D.C.', 'J. Smith', 'a.m. Then', 'No. 1', 'Calif. Gov.', 'approx. 5',
  'Approx. Five', 'said. He', 'said! She', 'why? Because', 'wait\u2026 Then', 'end.) Next', '(Mr. X)', '\u00c9mile. Then', 'K\u0130ng. The',
  'Trump\u2019s. Then', 'caf\u00e9. Next', '"It is over." Then', '\u201cI came. I saw,\u201d he said.', ' ', '  ', '\n', '\n\n', '\r\n',
  'word', '. ', '.', '...', '?!', '2025. The', 'etc. and', 'Sept. 5', 'SEPT. 5', 'sen.', 'Sen.', 'x.y.z. Q', 'e.g. this', 'I.E. That',
];

function paragraphsAndQuotes(text: string): { paras: Span[]; quotes: Span[][] } {
  const paras = splitParagraphs(text, 0, text.length);
  const spans = findQuotes(text, paras);
  return { paras, quotes: paras.map((p) => spans.filter((q) => q.end > p.start && q.start < p.end)) };
}

describe('splitSentences: the fast paths', () => {
  it('gives what the definition it replaced gives, on real and generated text, with and without the item search', () => {
    const random = rng(41);
    const texts = [...REAL_ITEMS];
    for (let k = 0; k < 3000; k++) {
      const parts: string[] = [];
      const count = Math.floor(random() * 30);
      for (let j = 0; j < count; j++) parts.push(PIECES[Math.floor(random() * PIECES.length)], random() < 0.5 ? ' ' : '');
      texts.push(parts.join(''));
    }
    let sentences = 0;
    for (const text of texts) {
      const { paras, quotes } = paragraphsAndQuotes(text);
      const terminators = paras.length > 0 ? new Terminators(text, paras[0].start, paras[paras.length - 1].end) : undefined;
      for (let p = 0; p < paras.length; p++) {
        const expected = sentencesAsBefore(text, paras[p], quotes[p]);
        assert.deepEqual(splitSentences(text, paras[p], quotes[p]), expected, JSON.stringify(text.slice(paras[p].start, paras[p].end)));
        assert.deepEqual(splitSentences(text, paras[p], quotes[p], terminators), expected, JSON.stringify(text.slice(paras[p].start, paras[p].end)));
        sentences += expected.length;
      }
    }
    assert.ok(sentences > 10000, `${sentences} sentences`);
  });
});

describe('splitSentences: abbreviations read as numbers', () => {
  it('tells every abbreviation, in any case, from words of its length and letters, as the definition does', () => {
    const random = rng(42);
    const abbreviations = [...ABBREVIATIONS];
    const letters = [...new Set(abbreviations.join(''))].join('') + 'ZQxw\u00e9\u0130\u0000';
    const texts: string[] = [];
    for (let k = 0; k < 6000; k++) {
      let word: string;
      if (random() < 0.5) {
        // An abbreviation with its letters in either case, now and then with one letter changed, added or dropped.
        word = [...abbreviations[Math.floor(random() * abbreviations.length)]].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join('');
        const at = Math.floor(random() * (word.length + 1));
        const roll = random();
        const letter = letters[Math.floor(random() * letters.length)];
        if (roll < 0.15) word = word.slice(0, at) + letter + word.slice(at + 1);
        else if (roll < 0.25) word = word.slice(0, at) + letter + word.slice(at);
        else if (roll < 0.3) word = word.slice(0, at) + word.slice(at + 1);
      } else {
        word = Array.from({ length: 1 + Math.floor(random() * 7) }, () => letters[Math.floor(random() * letters.length)]).join('');
      }
      texts.push(`He met ${word}. The end`, `(${word}. Then ${word}. "Next`, `${word}. 5 more`);
    }
    let sentences = 0;
    for (const text of texts) {
      const { paras, quotes } = paragraphsAndQuotes(text);
      for (let p = 0; p < paras.length; p++) {
        const expected = sentencesAsBefore(text, paras[p], quotes[p]);
        assert.deepEqual(splitSentences(text, paras[p], quotes[p]), expected, JSON.stringify(text));
        sentences += expected.length;
      }
    }
    assert.ok(sentences > 20000, `${sentences} sentences`);
  });
});
