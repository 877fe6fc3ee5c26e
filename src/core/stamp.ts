// The review stamp an editor leaves on a reviewed item: `Reviewed-by: NAME, YYYY-MM-DD` on a line of its own.
import type { ReviewStamp, Span } from './model';

const STAMP = /^Reviewed-by:[ \t]*([^\r\n,]+?)[ \t]*,[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*$/i;

/** The review stamp among the item's paragraphs (the last one wins), if any. */
export function findStamp(text: string, paragraphs: readonly Span[]): ReviewStamp | undefined {
  for (let p = paragraphs.length - 1; p >= 0; p--) {
    const { start, end } = paragraphs[p];
    // A stamp is short and starts its paragraph; check the first letters before slicing.
    if (end - start > 200 || (text.charCodeAt(start) | 32) !== 114 /* r */) continue;
    const m = STAMP.exec(text.slice(start, end));
    if (m) return { start, end, text: text.slice(start, end), reviewer: m[1], date: m[2] };
  }
  return undefined;
}

/** The longest reviewer name written in a stamp. */
export const MAX_NAME = 100;

/** The stamp line for a reviewer and a date. */
export function formatStamp(reviewer: string, date: string): string {
  // One line, no comma (it ends the name) and no double quote mark (it would open a quotation).
  let name = reviewer.replace(/[\r\n\u2028\u2029\u0085,"\u201c\u201d\u201e\u201f\u00ab\u00bb]+/g, ' ').replace(/\s+/g, ' ').trim() || 'editor';
  // A stamp is a short line (findStamp reads lines up to 200 characters): cap the name, never inside an emoji.
  if (name.length > MAX_NAME) name = name.slice(0, /[\ud800-\udbff]/.test(name[MAX_NAME - 1]) ? MAX_NAME - 1 : MAX_NAME).trim();
  return `Reviewed-by: ${name}, ${date}`;
}
