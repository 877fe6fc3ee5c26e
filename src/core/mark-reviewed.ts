// "Mark item as reviewed": replace the disclaimer paragraph with a review stamp, touching nothing else.
import type { Item } from './model';
import { formatStamp } from './stamp';

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
  let newText = formatStamp(reviewer, date);
  // A disclaimer that follows article text on the same line gets a paragraph of its own.
  let lineStart = start;
  while (lineStart > item.start && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--;
  if (lineStart > item.start && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) {
    const eol = lineBreakOf(text.slice(item.start, item.end));
    return { start: lineStart, end, newText: eol + eol + newText };
  }
  return { start, end, newText };
}
