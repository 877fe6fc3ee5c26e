// Sentences of a paragraph, aware of quotations: a full stop inside a quotation does not end the sentence
// around it (`"I came. I saw," he said.` is one sentence), except when the quotation itself ends the
// sentence (`"It is over." Then he left.`).
import type { Span } from './model';
import { scanItem } from './marks';
import { ABBREVIATIONS, isAsciiAbbreviation, isDottedAcronym } from './words';
import { isDoubleQuote, isLower, isSpace, isUpper, isDigit } from './text';

/**
 * The sentence terminators of a stretch of text (an item's paragraphs), in order: given (`stops`, found with
 * the item's quote marks in one pass, see marks.ts) or found here. Asked paragraph after paragraph, it moves
 * on from its last answer.
 */
export class Terminators {
  private readonly to: number;
  private readonly stops: readonly number[];
  /** stops[k] is the next answer's candidate (every stop before it is before the last `i`). */
  private k = 0;

  constructor(text: string, from: number, to: number, stops: readonly number[] = scanItem(text, from, to).stops) {
    this.to = to;
    this.stops = stops;
  }

  /** The first terminator at or after `i` (in the stretch), or the stretch's end when there is none. */
  at(i: number): number {
    const stops = this.stops;
    // Asked in order (paragraph after paragraph): move on from the last answer; back to the start if not.
    if (this.k > 0 && stops[this.k - 1] >= i) this.k = 0;
    while (this.k < stops.length && stops[this.k] < i) this.k++;
    return this.k < stops.length ? stops[this.k] : this.to;
  }
}

/** Trimmed sentences found so far, as offsets (a list of objects would grow its store, then be copied). */
let found = new Int32Array(256);

function pushTrimmed(count: number, text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  let t = end;
  while (t > s && isSpace(text.charCodeAt(t - 1))) t--;
  if (t <= s) return count;
  if (2 * count + 2 > found.length) {
    const grown = new Int32Array(found.length * 2);
    grown.set(found);
    found = grown;
  }
  found[2 * count] = s;
  found[2 * count + 1] = t;
  return count + 1;
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

/** True when the full stop at `dot` closes an abbreviation or an initial (`Mr.`, `U.S.`, `J.`). */
function isAbbreviation(text: string, dot: number, from: number): boolean {
  let k = dot;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (isSpace(c) || c === 40 || isDoubleQuote(c)) break;
    k--;
  }
  if (k === dot) return false;
  // Every dotted acronym (`U.S`) and initial has a stop after its first letter; without one, an ASCII word is
  // read as a number.
  if (text.charCodeAt(k + 1) !== 46) {
    const known = isAsciiAbbreviation(text, k, dot);
    if (known !== undefined) return known;
  }
  const word = text.slice(k, dot);
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return true; // an initial
  const lower = word.toLowerCase();
  // Or a dotted acronym: U.S, U.N, D.C.
  return ABBREVIATIONS.has(lower) || isDottedAcronym(lower);
}

/**
 * Split [para.start, para.end) into sentences. `quotes` are the quotation spans that intersect the
 * paragraph, in order, from `firstQuote` on (quotations after the paragraph may follow: the item's list is
 * read in place); `terminators` the item's sentence stops.
 */
export function splitSentences(text: string, para: Span, quotes: readonly Span[], terminators?: Terminators, firstQuote = 0): Span[] {
  let count = 0;
  let start = para.start;
  let q = firstQuote;
  const end = para.end;
  let i = para.start;
  // The next terminator at or after i; -1 until looked for (a terminator past the paragraph counts as its end).
  const scan = terminators ?? new Terminators(text, para.start, end);
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
          count = pushTrimmed(count, text, start, i);
          start = j;
          i = j;
        }
      }
      continue;
    }
    // Until the next quotation only a terminator can end a sentence: skip to it.
    const stop = q < quotes.length && quotes[q].start < end ? quotes[q].start : end;
    if (nextTerminator < i) nextTerminator = scan.at(i);
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
          count = pushTrimmed(count, text, start, j);
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
  count = pushTrimmed(count, text, start, end);
  // A list of exactly its length (it is kept in the review): most paragraphs are one sentence.
  if (count === 1) return [{ start: found[0], end: found[1] }];
  const out: Span[] = new Array<Span>(count);
  for (let k = 0; k < count; k++) out[k] = { start: found[2 * k], end: found[2 * k + 1] };
  return out;
}
