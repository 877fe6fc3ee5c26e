// Finding quotation spans. Double quote marks only (straight, curly, low-9, guillemets); single quotes
// and apostrophes never open a quotation, so `Korea's` and nested 'single' quotes are plain text.
// Curly marks say their direction; a straight mark opens after a boundary (paragraph start, space,
// bracket, dash) and closes after text. Nested double quotes of either style are kept inside the outer
// quotation. A quotation open at the end of a paragraph continues when the next paragraph opens with a
// quote mark (the wire convention for multi-paragraph quotations); otherwise it is unclosed.
import type { Span } from './model';
import { isDoubleQuote, isSpace } from './text';
import { scanItem } from './marks';

export interface QuoteSpan extends Span {
  inner: Span;
  closed: boolean;
  paragraphs: number;
  /** Index of the paragraph (in the list given) where the quotation opens. */
  firstParagraph: number;
  lastParagraph: number;
}

const OPEN = 1;
const CLOSE = 2;
const EITHER = 3;

function isOpeningBoundary(c: number): boolean {
  // space, line break, ( [ { < dashes / and single quote marks
  return isSpace(c) || c === 40 || c === 91 || c === 123 || c === 60 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 0x2018 || c === 39 || c === 58;
}

function isClosingBoundary(c: number): boolean {
  // space, line break, punctuation that follows a closing mark, dashes, brackets, single quotes
  return isSpace(c) || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 || c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2019 || c === 39 || c === 0x2026;
}

/** Direction of the double quote mark at i, within [paraStart, paraEnd). 0 when it is not a double quote. */
function markDirection(text: string, i: number, paraStart: number, paraEnd: number): number {
  const c = text.charCodeAt(i);
  switch (c) {
    case 0x201c: // “
    case 0x201e: // „
    case 0xab: // «
      return OPEN;
    case 0x201d: // ”
    case 0xbb: // »
      return CLOSE;
    case 0x201f: // ‟
    case 0x22: {
      const prevBoundary = i === paraStart || isOpeningBoundary(text.charCodeAt(i - 1));
      const nextBoundary = i + 1 >= paraEnd || isClosingBoundary(text.charCodeAt(i + 1));
      if (prevBoundary && !nextBoundary) return OPEN;
      if (!prevBoundary && nextBoundary) return CLOSE;
      return EITHER;
    }
    default:
      return 0;
  }
}

/** True when only spaces stand between the last line break and offset i (inside the paragraph). */
function atLineStart(text: string, i: number, ps: number): boolean {
  for (let k = i - 1; k >= ps; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0 && !isFormat(c)) return false;
  }
  return false;
}

/** Invisible format characters that may sit before a mark (left-to-right embedding and the like). */
function isFormat(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c === 0xfeff || c === 0x2060;
}

/**
 * A `”` that opens a quotation (`‪”Sorry Sarah, ...!!” posted ...`, `He says,” there are ...”`): no
 * quotation is open, it stands at the paragraph start or after a space or a comma, and the next double
 * mark in the paragraph closes.
 */
function opensWrongWay(text: string, i: number, ps: number, pe: number): boolean {
  let k = i - 1;
  while (k >= ps && isFormat(text.charCodeAt(k))) k--;
  const prev = k < ps ? 32 : text.charCodeAt(k);
  if (!(isSpace(prev) || prev === 44 || prev === 58)) return false;
  if (i + 1 >= pe) return false;
  for (let j = i + 1; j < pe && j < i + 3000; j++) {
    const c = text.charCodeAt(j);
    if (!isDoubleQuote(c)) continue;
    return c === 0x201d || (c === 0x22 && markDirection(text, j, ps, pe) === CLOSE) || (c === 0x201c && closesWrongWay(text, j, ps, pe));
  }
  return false;
}

/** A `“` that closes the open quotation: right after text or punctuation, before a space or the end. */
function closesWrongWay(text: string, i: number, ps: number, pe: number): boolean {
  if (i === ps) return false;
  const prev = text.charCodeAt(i - 1);
  if (isOpeningBoundary(prev) || isFormat(prev)) return false;
  return i + 1 >= pe || isSpace(text.charCodeAt(i + 1));
}

/**
 * Quotations in the given paragraphs (in order, non-overlapping), each the outermost quotation from its
 * opening mark to its closing mark inclusive.
 */
export function findQuotes(
  text: string,
  paragraphs: readonly Span[],
  // The double quote marks of the paragraphs, in order (the item's, found with its sentence stops).
  marks: readonly number[] = paragraphs.length > 0 ? scanItem(text, paragraphs[0].start, paragraphs[paragraphs.length - 1].end).marks : [],
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // State of an open quotation, carried across paragraphs for multi-paragraph quotations.
  let openStart = -1;
  let openPara = -1;
  let depth = 0;
  let lastContentEnd = -1; // end of the last paragraph the open quotation covered
  let k = 0; // every mark before marks[k] is read

  const closeQuote = (end: number, closed: boolean, lastPara: number) => {
    out.push({
      start: openStart,
      end,
      inner: { start: openStart + 1, end: closed ? end - 1 : end },
      closed,
      paragraphs: lastPara - openPara + 1,
      firstParagraph: openPara,
      lastParagraph: lastPara,
    });
    openStart = -1;
    depth = 0;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p];
    let i = ps;
    if (openStart >= 0) {
      // An open quotation from the previous paragraph continues only if this one opens with a mark.
      const c = text.charCodeAt(ps);
      if (isDoubleQuote(c) && markDirection(text, ps, ps, pe) !== CLOSE) {
        i = ps + 1;
        depth = 1;
      } else {
        closeQuote(lastContentEnd, false, p - 1);
      }
    }
    // The paragraph's marks, from `from` on (a mark between paragraphs is skipped).
    let from = i;
    for (;;) {
      while (k < marks.length && marks[k] < from) k++;
      if (k >= marks.length || marks[k] >= pe) break;
      i = marks[k];
      from = i + 1;
      const c = text.charCodeAt(i);
      const dir = markDirection(text, i, ps, pe);
      if (openStart < 0) {
        // A stray closing mark opens nothing, unless it is an opening mark written the wrong way round.
        if (dir === CLOSE && !(c === 0x201d && opensWrongWay(text, i, ps, pe))) continue;
        openStart = i;
        openPara = p;
        depth = 1;
        continue;
      }
      // Inside a quotation an opening mark nests ("He said "no" to me"); a closing or ambiguous mark closes.
      // `here,“ said Kosta`: an opening mark written for the closing one (after text, before a space).
      const opens = dir === OPEN && !(c === 0x201c && depth === 1 && closesWrongWay(text, i, ps, pe));
      // A quotation open at the end of a line continues when the next line opens with a mark (the
      // multi-paragraph convention in copy whose paragraphs are single lines): the mark reopens, it does not nest.
      if (opens && depth === 1 && atLineStart(text, i, ps)) continue;
      if (opens) {
        depth++;
      } else {
        depth--;
        if (depth === 0) closeQuote(i + 1, true, p);
      }
    }
    if (openStart >= 0) lastContentEnd = pe;
  }
  if (openStart >= 0) closeQuote(lastContentEnd, false, paragraphs.length - 1);
  return out;
}
