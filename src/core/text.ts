// Character classes and small scanning helpers shared by the stages. All work on UTF-16 code units.
import type { Span } from './model';

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

/** Trim white space (including line breaks) from both ends of a span. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Paragraphs of text[from, to): maximal runs of non-blank lines, trimmed. Lines end at LF, CRLF or CR;
 * a line holding only white space is blank.
 */
export function splitParagraphs(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let paraStart = -1;
  let lastNonSpace = -1;
  let lineHasText = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      if (!lineHasText && paraStart >= 0) {
        // A blank line ends the paragraph.
        out.push({ start: paraStart, end: lastNonSpace + 1 });
        paraStart = -1;
      }
      lineHasText = false;
      continue;
    }
    if (!isBlank(c)) {
      if (paraStart < 0) paraStart = i;
      lineHasText = true;
      lastNonSpace = i;
    }
  }
  if (paraStart >= 0) out.push({ start: paraStart, end: lastNonSpace + 1 });
  return out;
}

/** Collapse runs of white space (line breaks included) to one space and lower-case, for phrase matching. */
export function foldForMatch(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
