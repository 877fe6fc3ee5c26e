// One pass over an item's characters finds its double quote marks and sentence stops, and runs the
// disclaimer's prefilter (see disclaimer.ts) and the desk notes' (rules/desk-note.ts). The quotations and the
// sentences each read every character for their own marks before (issue 5); one pass over both costs little
// more than one, and the rest rides along: an item none of whose paragraphs holds a prefilter word has no
// disclaimer (nine items in ten hold none, so the disclaimer's own reading of every paragraph's tail is left
// to the few that do), nor a desk note without a bracket before a colon (93 % of the feed's items).
// Paragraphs are not read here: splitParagraphs finds line breaks with indexOf, cheaper than a look at each
// line break costs this loop.
import { PREFILTER_MOVES } from './disclaimer';
import { isDoubleQuote } from './text';

/** What the table answers besides the prefilter's next state (>= 0) and its word (-1). */
const STOP = -2;
const MARK = -3;
const BRACKET = -4;
const COLON = -5;

/** The prefilter's moves, with the characters the pass notes marked: each leads back to its start (none is in a word). */
const MOVES = PREFILTER_MOVES.slice();
for (let s = 0; s < MOVES.length; s += 128) {
  MOVES[s + 46] = MOVES[s + 33] = MOVES[s + 63] = STOP; // . ! ?
  MOVES[s + 34] = MARK; // "
  MOVES[s + 40] = MOVES[s + 91] = BRACKET; // ( [
  MOVES[s + 58] = COLON; // :
}

export interface ItemScan {
  /** Offsets of the double quote marks in the stretch, in order. */
  marks: number[];
  /** Offsets of the sentence stops (`.`, `!`, `?`, `…`) in the stretch, in order. */
  stops: number[];
  /** Whether the stretch holds a word of the disclaimer's prefilter (hasPrefilterWord). */
  prefilterWord: boolean;
  /**
   * Whether a `(` or `[` comes before a `:` with no `.`, `!`, `?` or `"` between them: false when the
   * stretch can hold no desk note (one opens with a bracket, then blanks and words before its colon).
   */
  bracketColon: boolean;
  /** Offsets where a prefilter word ends, in order (the pass starts over after each). */
  wordEnds: number[];
}

/** The double quote marks and sentence stops of text[from, to), whether it holds a prefilter word or may hold a desk note. */
export function scanItem(text: string, from: number, to: number): ItemScan {
  const marks: number[] = [];
  const stops: number[] = [];
  const wordEnds: number[] = [];
  let bracket = false;
  let bracketColon = false;
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
      if (m === STOP) {
        stops.push(i);
        bracket = false;
      } else if (m === MARK) {
        marks.push(i);
        bracket = false;
      } else if (m === BRACKET) bracket = true;
      else if (m === COLON) bracketColon ||= bracket;
      else wordEnds.push(i);
    } else {
      // No prefilter word holds a character outside ASCII (see hasPrefilterWord).
      s = 0;
      if (c === 0x2026) stops.push(i);
      else if (isDoubleQuote(c)) marks.push(i);
    }
  }
  return { marks, stops, prefilterWord: wordEnds.length > 0, bracketColon, wordEnds };
}
