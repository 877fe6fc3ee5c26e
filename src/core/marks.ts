// The double quote marks and the sentence stops of an item, found in one pass: the quotations and the
// sentences each read every character for their own marks before (two passes of a regular expression over
// the whole feed); one pass over both costs little more than one (issue 5).
import { isDoubleQuote } from './text';

/** A double quote mark (see quotes.ts) or a sentence stop (see sentences.ts). */
const MARK_OR_STOP = /[.!?\u2026"\u201c-\u201f\u00ab\u00bb]/g;

export interface MarksAndStops {
  /** Offsets of the double quote marks in the stretch, in order. */
  marks: number[];
  /** Offsets of the sentence stops (`.`, `!`, `?`, `…`) in the stretch, in order. */
  stops: number[];
}

/** The double quote marks and sentence stops of text[from, to). */
export function findMarksAndStops(text: string, from: number, to: number): MarksAndStops {
  const marks: number[] = [];
  const stops: number[] = [];
  const body = text.slice(from, to);
  MARK_OR_STOP.lastIndex = 0;
  // `test` leaves lastIndex just past the character (one code unit) and allocates no match object.
  while (MARK_OR_STOP.test(body)) {
    const i = from + MARK_OR_STOP.lastIndex - 1;
    if (isDoubleQuote(text.charCodeAt(i))) marks.push(i);
    else stops.push(i);
  }
  return { marks, stops };
}
