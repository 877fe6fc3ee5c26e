// Splitting a file into wire items. An item starts at a line whose first non-blank text is `date YYYY-MM-DD`.
import type { Span } from './model';

/** A header at the start of a line (after optional blanks, including a BOM and no-break spaces). */
export const HEADER_PATTERN = /^[ \t\u00a0\ufeff]*date[ \t\u00a0]+(\d{4})-(\d{2})-(\d{2})(?![\d-])/;

// Same, anchored at any line start. `m` would treat a lone CR as a line break too, which we want.
const HEADER_LINE = /^[ \t\u00a0\ufeff]*date[ \t\u00a0]+\d{4}-\d{2}-\d{2}(?![\d-])/gm;

/** True when the first non-blank line of the text is a wire header. */
export function isWireText(text: string): boolean {
  let i = 0;
  const n = Math.min(text.length, 64 * 1024);
  // Skip blank lines (and a BOM).
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9 && c !== 0xfeff && c !== 0xa0) break;
  }
  // Back to the start of that line so the pattern sees its leading blanks.
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return HEADER_PATTERN.test(text.slice(i, i + 40));
}

/**
 * The item spans of a text: each from the start of its header line to the start of the next header line
 * (or the end of the text). Text before the first header is not an item unless `wholeTextIsItem` is set
 * and there is no header at all, in which case the whole text is one item without a date.
 */
export function findItems(text: string, wholeTextIsItem = false): Span[] {
  const starts: number[] = [];
  HEADER_LINE.lastIndex = 0;
  for (let m = HEADER_LINE.exec(text); m; m = HEADER_LINE.exec(text)) {
    starts.push(m.index);
    // Move past this line: no header can start before the next line break.
    HEADER_LINE.lastIndex = m.index + m[0].length;
  }
  if (starts.length === 0) return wholeTextIsItem && text.length > 0 ? [{ start: 0, end: text.length }] : [];
  const items: Span[] = [];
  for (let k = 0; k < starts.length; k++) {
    items.push({ start: starts[k], end: k + 1 < starts.length ? starts[k + 1] : text.length });
  }
  // Text before the first header (blank lines, a BOM) belongs to nothing.
  return items;
}
