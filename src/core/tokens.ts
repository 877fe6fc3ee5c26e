// A small tokenizer for the windows around quotations: words with their offsets, and punctuation.
//
// A token is what the regular expression /[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019.\-]*|[^\s\p{L}\p{N}]/gu
// matches (a word: a letter or digit, then letters, digits, marks, apostrophes, stops and hyphens; or one
// character that is neither a space nor a letter nor a digit). It is scanned by hand over character codes
// (a table of character classes filled as characters are first seen) rather than by that expression: the
// tokenizer runs on every sentence with a quotation and was the engine's largest cost.
// test/core/tokens.test.ts checks the scanner against the expression.
import { ABBREVIATIONS, isAsciiAbbreviation, isDottedAcronym, shapeCode, WordList } from './words';

export interface Token {
  start: number;
  end: number;
  /** The word as written, without a trailing full stop that ends a sentence. */
  text: string;
  /** Lower-case form. */
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** The word's shape (see SHAPES in words.ts): which word lists may hold it, told without looking it up. */
  shape: number;
}

// Character classes of UTF-16 code units, computed once per code unit on first sight.
const KNOWN = 1;
/** \p{L} or \p{N}: starts a word. */
const WORD_START = 2;
/** \p{L}, \p{N}, \p{M}, ' \u2019 . - : continues a word. */
const WORD_PART = 4;
/** \s */
const SPACE = 8;
/** A capital letter (its lower case differs, its upper case is itself), not a digit. */
const CAPITAL = 16;
/** A code unit that toLowerCase may change: an ASCII capital, or anything outside ASCII. */
const MAY_LOWER = 32;

const classes = new Uint8Array(0x10000);
const START_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /\s/u;

function classOf(c: number): number {
  let k = classes[c];
  if (k !== 0) return k;
  k = KNOWN;
  // Lone surrogates are neither letters nor spaces (a pair is looked at as a whole, in codePointClass).
  if ((c >= 65 && c <= 90) || c >= 0x80) k |= MAY_LOWER;
  if (c < 0xd800 || c > 0xdfff) {
    const ch = String.fromCharCode(c);
    if (START_RE.test(ch)) k |= WORD_START | WORD_PART;
    else if (MARK_RE.test(ch) || c === 39 || c === 0x2019 || c === 46 || c === 45) k |= WORD_PART;
    else if (SPACE_RE.test(ch)) k |= SPACE;
    if (k & WORD_START && ch !== ch.toLowerCase() && ch === ch.toUpperCase() && !(c >= 48 && c <= 57)) k |= CAPITAL;
  }
  classes[c] = k;
  return k;
}

/** Class of the code point made of a surrogate pair (astral characters are rare: no table). */
function astralClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (START_RE.test(ch)) return KNOWN | WORD_START | WORD_PART | MAY_LOWER;
  if (MARK_RE.test(ch)) return KNOWN | WORD_PART | MAY_LOWER;
  return KNOWN | MAY_LOWER;
}

/** Class of the character at i, reading a surrogate pair whole when it lies within [.., to). */
function classAt(text: string, i: number, to: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) | 0x80;
  }
  return classOf(c);
}
/** Set by classAt on a surrogate pair: the character is two code units long. */
const PAIR = 0x80;

/** One-character strings of ASCII, made once (punctuation tokens are mostly these). */
const ASCII_STRINGS: readonly string[] = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c));

function isLowerAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Append the tokens of text[from, to) to `out`. A word's match may run on past the token's end, over the stops,
 * apostrophes and hyphens it drops (SentenceTokens reads that back from the text at a window's edges).
 */
export function tokenizeInto(out: Token[], text: string, from: number, to: number): Token[] {
  // The word lists read tokens by their shapes: marked before the first tokens are made.
  WordList.markShapes();
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // The common case first: ASCII letters and digits start words, spaces are skipped.
    if (c === 32) {
      i++;
      continue;
    }
    let k = c < 0x80 ? classes[c] : classAt(text, i, to, c);
    if (k === 0) k = classOf(c);
    if (k & SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (!(k & WORD_START)) {
      // One character of punctuation (or a symbol, a lone mark, an astral character that is not a letter).
      if (c < 0x80) {
        const s = ASCII_STRINGS[c];
        out.push({ start, end: start + 1, text: s, lower: s, cap: false, word: false, shape: 0 });
        i++;
      } else {
        const len = k & PAIR ? 2 : 1;
        const s = text.slice(start, start + len);
        out.push({ start, end: start + len, text: s, lower: s.toLowerCase(), cap: false, word: false, shape: 0 });
        i += len;
      }
      continue;
    }
    // A word: `[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019.\-]*`.
    let mayLower = k & MAY_LOWER;
    let ascii = c < 0x80;
    i += k & PAIR ? 2 : 1;
    while (i < to) {
      const d = text.charCodeAt(i);
      // Lower-case ASCII letters, most of a word's characters, go on with it and change nothing noted.
      if (d >= 97 && d <= 122) {
        i++;
        continue;
      }
      let kd = d < 0x80 ? classes[d] : classAt(text, i, to, d);
      if (kd === 0) kd = classOf(d);
      if (!(kd & WORD_PART)) break;
      if (d >= 0x80) ascii = false;
      mayLower |= kd & MAY_LOWER;
      i += kd & PAIR ? 2 : 1;
    }
    // A word that starts with an astral letter is kept whole and is not a word (as `[\p{L}\p{N}]` tested
    // on its first code unit says).
    if (k & PAIR) {
      const s = text.slice(start, i);
      out.push({ start, end: i, text: s, lower: s.toLowerCase(), cap: false, word: false, shape: 0 });
      continue;
    }
    // Drop trailing apostrophes and hyphens, then a sentence-ending stop (keep `Mr.`, `U.S.`, `J.`).
    let end = i;
    while (end - start > 1) {
      const last = text.charCodeAt(end - 1);
      if (last === 39 || last === 0x2019 || last === 45) end--;
      else break;
    }
    if (end - start > 1 && text.charCodeAt(end - 1) === 46) {
      // A word with no stop second (no single letter, no dotted acronym like `u.s`) is an abbreviation or not
      // as isAsciiAbbreviation reads it, without being cut out and lower-cased, unless it is no longer than one
      // and not all ASCII: most words before a stop end a sentence.
      let keep = text.charCodeAt(start + 1) !== 46 ? isAsciiAbbreviation(text, start, end - 1) : undefined;
      if (keep === undefined) {
        const bare = text.slice(start, end - 1).toLowerCase();
        keep = ABBREVIATIONS.has(bare) || (bare.length === 1 && isLowerAsciiLetter(bare.charCodeAt(0))) || isDottedAcronym(bare);
      }
      if (!keep) end--;
    }
    const s = text.slice(start, end);
    // Lower case as it is when it has no capital and nothing outside ASCII (most words).
    // (The low five bits of a letter are its lower case's.)
    const shape = ascii ? shapeCode(end - start, c, text.charCodeAt(end - 1)) : 0;
    out.push({ start, end, text: s, lower: mayLower ? s.toLowerCase() : s, cap: (k & CAPITAL) !== 0, word: true, shape });
  }
  return out;
}

/** Tokens of text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  return tokenizeInto([], text, from, to);
}

// ASCII classes up front, so the scanner's fast path never meets an unknown ASCII code.
for (let c = 0; c < 0x80; c++) classOf(c);
