// "Mark item as reviewed": replace the disclaimer paragraph with a review stamp, touching nothing else.
import type { Item } from './model';
import { formatStamp } from './stamp';
import { CR, isBlank, LF } from './text';

export { formatStamp };

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** The line break the text uses (the first one found), LF when it has none. */
export function lineBreakOf(text: string): string {
  const i = text.search(/\r\n|\r|\n/);
  if (i < 0) return '\n';
  return text.startsWith('\r\n', i) ? '\r\n' : text[i];
}

/**
 * The edit that marks an item reviewed: its disclaimer becomes `Reviewed-by: NAME, DATE`. Undefined when
 * the item has no disclaimer (nothing to do; calling it again after the edit is a no-op).
 */
export function markReviewedEdit(text: string, item: Item, reviewer: string, date: string): TextEdit | undefined {
  const d = item.disclaimer;
  if (!d) return undefined;
  const { start, end } = d.paragraph;
  const stamp = formatStamp(reviewer, date);
  // The stamp must be a paragraph of its own (or it is not read as one), and nothing but the disclaimer
  // and the spaces around it may go: article text before or after it on its lines gets a line break.
  let edit: TextEdit = { start, end, newText: stamp };
  let lineStart = start;
  while (lineStart > item.start && isBlank(text.charCodeAt(lineStart - 1))) lineStart--;
  if (lineStart > item.start) {
    const c = text.charCodeAt(lineStart - 1);
    if (c !== LF && c !== CR) {
      // After article text on the same line: a paragraph of its own (the spaces between the two go).
      let from = start;
      while (from > item.start && (text.charCodeAt(from - 1) === 32 || text.charCodeAt(from - 1) === 9)) from--;
      const eol = lineBreakOf(text.slice(item.start, item.end));
      edit = { start: from, end, newText: eol + eol + stamp };
    } else {
      // On its own line right under article text (same paragraph): a blank line between, written with
      // the line break just before it, so the file keeps its own line endings.
      const breakStart = c === LF && lineStart - 2 >= item.start && text.charCodeAt(lineStart - 2) === CR ? lineStart - 2 : lineStart - 1;
      if (!lineIsBlankBefore(text, breakStart, item.start)) edit.newText = text.slice(breakStart, lineStart) + edit.newText;
    }
  }
  // Article text after it (a disclaimer at the top of the story, without a blank line).
  let after = end;
  while (after < item.end && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
  if (after < item.end) {
    const c = text.charCodeAt(after);
    if (c !== LF && c !== CR) {
      const eol = lineBreakOf(text.slice(item.start, item.end));
      edit = { start: edit.start, end: after, newText: edit.newText + eol + eol };
    } else {
      const breakEnd = c === CR && text.charCodeAt(after + 1) === LF ? after + 2 : after + 1;
      if (!lineIsBlankAfter(text, breakEnd, item.end)) edit.newText += text.slice(after, breakEnd);
    }
  }
  return edit;
}

/** Whether the line that starts at `lineStart` holds only blanks (or the item ends there). */
function lineIsBlankAfter(text: string, lineStart: number, ceiling: number): boolean {
  for (let i = lineStart; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return true;
    if (!isBlank(c)) return false;
  }
  return true;
}

/** Whether the line that ends at `lineEnd` (a line break's offset) holds only blanks. */
function lineIsBlankBefore(text: string, lineEnd: number, floor: number): boolean {
  for (let i = lineEnd - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return true;
    if (!isBlank(c)) return false;
  }
  return true;
}
