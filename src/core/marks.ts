// The double quote marks and the sentence stops of an item, found in one pass: the quotations and the
// sentences each read every character for their own marks before (two passes of a regular expression over
// the whole feed); one pass over both costs little more than one (issue 5). The same pass runs the
// disclaimer's prefilter (see disclaimer.ts): an item none of whose paragraphs holds one of its words has
// no disclaimer, and nine items in ten hold none, so the disclaimer's own reading of every paragraph's tail
// is left to the few that do.
import { PREFILTER_MOVES } from './disclaimer';
import { isDoubleQuote } from './text';

/** The prefilter's moves, with a straight quote mark (-3) and an ASCII stop (-2) marked: both lead back to its start. */
const MOVES = PREFILTER_MOVES.slice();
for (let s = 0; s < MOVES.length; s += 128) {
  MOVES[s + 46] = MOVES[s + 33] = MOVES[s + 63] = -2; // . ! ?
  MOVES[s + 34] = -3; // "
}

export interface MarksAndStops {
  /** Offsets of the double quote marks in the stretch, in order. */
  marks: number[];
  /** Offsets of the sentence stops (`.`, `!`, `?`, `…`) in the stretch, in order. */
  stops: number[];
  /** Whether the stretch holds a word of the disclaimer's prefilter (hasPrefilterWord). */
  prefilterWord: boolean;
}

/** The double quote marks and sentence stops of text[from, to), and whether it holds a prefilter word. */
export function findMarksAndStops(text: string, from: number, to: number): MarksAndStops {
  const marks: number[] = [];
  const stops: number[] = [];
  let prefilterWord = false;
  let s = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const m = MOVES[s + c];
      if (m >= 0) {
        s = m;
        continue;
      }
      s = 0;
      if (m === -2) stops.push(i);
      else if (m === -3) marks.push(i);
      else prefilterWord = true;
    } else {
      // No prefilter word holds a character outside ASCII (see hasPrefilterWord).
      s = 0;
      if (c === 0x2026) stops.push(i);
      else if (isDoubleQuote(c)) marks.push(i);
    }
  }
  return { marks, stops, prefilterWord };
}
