// Character classes and small scanning helpers shared by the stages. All work on UTF-16 code units.
import type { Paragraph, Span } from './model';

export const LF = 10;
export const CR = 13;

/** Horizontal white space: space, tab, no-break space, BOM and the Unicode spaces. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 11 || c === 12;
}

export function isSpace(c: number): boolean {
  return c === LF || c === CR || isBlank(c);
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

export function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Double quote marks: straight, curly left/right, low-9, and the guillemets. */
export function isDoubleQuote(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb;
}

/** The sentence list of a paragraph just found, until the review gives it its own (never written to). */
const NO_SENTENCES: Span[] = [];

/** Trim white space (including line breaks) from both ends of a span. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Paragraphs of text[from, to): maximal runs of non-blank lines, trimmed. Lines end at LF, CRLF or CR;
 * a line holding only white space is blank. Each is made as the review's Paragraph, with its sentence
 * list still to be read (an empty list, shared): the review gives each its sentences in place instead of
 * copying every paragraph into one (100,000 one-word paragraphs were 100,000 objects more for the
 * collector to copy).
 */
export function splitParagraphs(text: string, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  let paraStart = -1;
  let lastNonSpace = -1;
  // Line by line, finding line breaks with indexOf (in the span only: the text may hold a whole feed).
  const span = text.slice(from, to);
  let nextLF = -1;
  let nextCR = -1;
  let i = 0;
  const n = span.length;
  while (i < n) {
    if (nextLF < i) {
      nextLF = span.indexOf('\n', i);
      if (nextLF < 0) nextLF = n;
    }
    if (nextCR < i) {
      nextCR = span.indexOf('\r', i);
      if (nextCR < 0) nextCR = n;
    }
    const lineEnd = nextLF < nextCR ? nextLF : nextCR;
    let j = i;
    while (j < lineEnd && isBlank(span.charCodeAt(j))) j++;
    if (j < lineEnd) {
      if (paraStart < 0) paraStart = from + j;
      let k = lineEnd - 1;
      while (isBlank(span.charCodeAt(k))) k--;
      lastNonSpace = from + k;
    } else if (lineEnd < n && paraStart >= 0) {
      // A blank line ends the paragraph.
      out.push({ start: paraStart, end: lastNonSpace + 1, sentences: NO_SENTENCES });
      paraStart = -1;
    }
    if (lineEnd >= n) break;
    i = lineEnd + (span.charCodeAt(lineEnd) === CR && span.charCodeAt(lineEnd + 1) === LF ? 2 : 1);
  }
  if (paraStart >= 0) out.push({ start: paraStart, end: lastNonSpace + 1, sentences: NO_SENTENCES });
  return out;
}

/** What foldForMatch writes for a curly quote, a prime or a dash; 0 for characters it keeps. */
function foldedMark(c: number): number {
  if (c < 0xab) return 0;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return 39; // '
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x2033) return 34; // "
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 45; // -
  return 0;
}

/**
 * Collapse runs of white space (line breaks included) to one space and lower-case, for phrase matching:
 * curly quotes and primes become straight quotes, dashes become hyphens, white space after a hyphen goes.
 * The same as `.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c-\u201f\u00ab\u00bb\u2033]/g, '"')
 * .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim().toLowerCase()`,
 * in one pass (it runs on every paragraph that may be a disclaimer).
 */
export function foldForMatch(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && isWhite(s.charCodeAt(i))) i++;
  let out = '';
  let copyFrom = i; // s[copyFrom, i) is kept as it is
  let afterHyphen = false; // the last character that is not white space is (or became) a hyphen
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0xa0) {
      // Printable ASCII: kept.
      afterHyphen = c === 45;
      continue;
    }
    if (isWhite(c)) {
      // One plain space between two words stays; any other run becomes one space, or none after a hyphen
      // or at the end.
      if (c === 32 && !afterHyphen && i + 1 < n && !isWhite(s.charCodeAt(i + 1))) continue;
      out += s.slice(copyFrom, i);
      let j = i + 1;
      while (j < n && isWhite(s.charCodeAt(j))) j++;
      if (!afterHyphen && j < n) out += ' ';
      i = j - 1;
      copyFrom = j;
      continue;
    }
    const m = foldedMark(c);
    if (m !== 0) {
      out += s.slice(copyFrom, i) + String.fromCharCode(m);
      copyFrom = i + 1;
    }
    afterHyphen = (m || c) === 45;
  }
  out += s.slice(copyFrom, n);
  return out.toLowerCase();
}

/** Ends in `'s` or `’s` as written (`Ruiz's`, `ABC’s`): a char-code test, run on most words of a speaker phrase. */
export function endsInApostropheS(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** The word without a possessive `'s` (`Yonhap's` is `Yonhap`). */
export function withoutPossessive(w: string): string {
  return endsInApostropheS(w) ? w.slice(0, w.length - 2) : w;
}

/** A set of words written as one string separated by single spaces (`wordSet('he she they')`). */
export const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** `\s` of a regular expression (and what `trim` removes): white space and line terminators, Unicode's included. */
export function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.split(/\s+/)`, without the regular expression (names are split on every look-up). */
export function splitWords(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isWhite(s.charCodeAt(i))) {
      i++;
      continue;
    }
    out.push(s.slice(start, i));
    while (i < n && isWhite(s.charCodeAt(i))) i++;
    start = i;
  }
  out.push(s.slice(start));
  return out;
}
