// Is a quotation the reported speech itself (`direct`), a fragment quoted inside indirect speech or
// description (`partial`), or a scare quote with no speech at all (`scare`)?
import type { QuoteKind } from '../model';
import { endsInApostropheS, isWhite } from '../text';
import { wordList, type WordList } from '../words';
import type { QuoteContext } from './context';
import type { Found } from './types';

export const SCARE_CUES = /\b(?:so-called|so called|known as)\s*$/i;

/** A name somebody gives: their words when the sentence names who gives it (`who he dubbed "..."`). */
export const NAMING_CUES = /\b(?:dubbed|termed|nicknamed|labelled|labeled|branded)\s*$/i;

/**
 * Whether text[from, to) may end with a scare or naming cue: its last character that is not white space
 * ends one (`d` or `s`, in either case). Most text before a quotation does not, and is not cut out and
 * searched (both expressions search the whole text for a match at its end). (Exported for its test.)
 */
export function mayEndWithCue(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isWhite(text.charCodeAt(end - 1))) end--;
  const c = end > from ? text.charCodeAt(end - 1) | 0x20 : 0;
  return c === 100 || c === 115;
}

/** Words right before a quoted title. */
const TITLE_CUES: WordList = wordList(
  'on in with starred titled entitled headlined named pseudonym including show program programme film ' +
  'movie book song songs album series episode column documentary ad advert video hashtag slogan ' +
  'headline novel play musical memoir',
);

const SMALL_WORDS = /^(?:of|the|and|a|an|in|on|at|to|for|with|by|or|from|de|la|le|el|y|&)$/i;

/** `Meet the Press`, `Good Morning America`, `Parasite`: every word but small ones capitalised, short. (Exported for its test.) */
export function isTitleCase(text: string, from: number, to: number): boolean {
  return titleCaseWords(text, from, to, LETTER_OR_DIGIT, SMALL_WORDS, STARTS_CAPITAL_OR_DIGIT);
}

/**
 * Whether text[from, to) has one to eight words (white-space separated) that `counts` matches, each
 * `small` or `capital`: read word by word up to the first that is neither (most quotations are long, or
 * open with a word in lower case).
 */
export function titleCaseWords(text: string, from: number, to: number, counts: RegExp, small: RegExp, capital: RegExp): boolean {
  let count = 0;
  let i = from;
  while (i < to) {
    while (i < to && isWhite(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isWhite(text.charCodeAt(i))) i++;
    if (i === start) break;
    const word = text.slice(start, i);
    if (counts.test(word) && (++count > 8 || !(small.test(word) || capital.test(word)))) return false;
  }
  return count > 0;
}

/**
 * Whether `s` has at most `max` words (white-space separated pieces) with a letter or a digit, read only as
 * far as needed: most quotations are long, and splitting each one whole was a cost of its own.
 */
export function atMostWords(s: string, max: number): boolean {
  let count = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isWhite(s.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isWhite(s.charCodeAt(i))) i++;
    if (i > start && LETTER_OR_DIGIT.test(s.slice(start, i)) && ++count > max) return false;
  }
  return true;
}

const LETTER_OR_DIGIT = /\p{L}|\d/u;
/** The first letter or digit is a capital or a digit. */
const STARTS_CAPITAL_OR_DIGIT = /^[^\p{L}\d]*[\p{Lu}\d]/u;
/** Opens with a capital letter, after white space, brackets, dots. */
const STARTS_UPPER = /^[\s(\[\u2026.]*\p{Lu}/u;

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A quotation next to another in a list: `terms such as "tariff," "recession" and "inflation"`. */
function inList(ctx: QuoteContext): boolean {
  const { text, quote, quotes, index } = ctx;
  const last = text.charCodeAt(quote.inner.end - 1);
  if (last === 46 || last === 33 || last === 63) return false; // `."`: a sentence, not a list item
  const near = (from: number, to: number) => to - from <= 6 && /^[ \t\u00a0,;]*(?:(?:and|or)[ \t\u00a0]+)?$/.test(text.slice(from, to));
  return (index > 0 && near(quotes[index - 1].end, quote.start)) || (index + 1 < quotes.length && near(quote.end, quotes[index + 1].start));
}

export function classify(ctx: QuoteContext, found: Found | undefined, previousKind: QuoteKind | undefined): QuoteKind {
  const { text, quote } = ctx;
  // A short quotation in a list is a word quoted, not speech, unless a cue of its own says so (`the
  // marchers chanted, "Fair pay," and "No cuts."`).
  const strongCue = found !== undefined && (found.rule === 'cue-then-quote' || found.rule === 'colon-intro' || found.rule === 'quote-then-cue');
  if (!strongCue && quote.paragraphs === 1 && inList(ctx) && atMostWords(text.slice(quote.inner.start, quote.inner.end), 3)) return 'scare';
  if (mayEndWithCue(text, ctx.before.start, ctx.before.end)) {
    const beforeText = text.slice(ctx.before.start, ctx.before.end);
    if (SCARE_CUES.test(beforeText) || (!found && NAMING_CUES.test(beforeText))) return 'scare';
  }
  const inner = text.slice(quote.inner.start, quote.inner.end);
  const tokens = ctx.beforeTokens();
  // Nothing before it in its sentence, or only a cue ending in `:` or `,`: the quotation is the speech.
  // A title after `ABC's`, `on`, `starred in`: `told NBC's "Meet the Press"` is no speech.
  // (The word before it first: most quotations follow neither a possessive nor a title cue.)
  if (tokens.length > 0) {
    const prev = tokens[tokens.length - 1];
    if (((prev.word && prev.cap && (endsInApostropheS(prev.text) || text.charCodeAt(prev.end) === 39 || text.charCodeAt(prev.end) === 0x2019)) || TITLE_CUES.holds(prev)) && isTitleCase(text, quote.inner.start, quote.inner.end)) return 'scare';
  }
  // Nothing before it in its sentence (not even another quotation), or only a cue ending in `:` or `,`.
  const opensSentence = quote.start === ctx.openSentence.start || (tokens.length === 0 && ctx.before.start === ctx.openSentence.start);
  const last = tokens.length > 0 ? tokens[tokens.length - 1].text : '';
  const afterCue =
    found !== undefined && found.cue.end <= quote.start && (found.rule === 'colon-intro' || found.rule === 'cue-then-quote' || found.rule === 'question-answer') && (last === ':' || last === ',' || (STARTS_UPPER.test(inner) && wordCount(inner) >= 4));
  const afterColon = last === ':';
  if (opensSentence || afterCue || afterColon || quote.paragraphs > 1) return 'direct';
  // `"A," he said, "B."`: the second half of a direct quotation.
  if (found?.rule === 'continuation' && previousKind === 'direct' && ctx.before.start > ctx.openSentence.start) {
    const between = tokens.map((t) => t.lower).join(' ');
    if (/\b(?:said|says|added|told|asked|continued|explained|noted|wrote)\b/.test(between)) return 'direct';
  }
  if (found?.rule === 'quote-then-cue') {
    // A quotation right before its cue is direct when it reads as a sentence of its own.
    const first = inner.charCodeAt(0);
    if (first >= 65 && first <= 90 && wordCount(inner) >= 4) return 'direct';
  }
  if (!found && wordCount(inner) <= 4) return 'scare';
  return 'partial';
}
