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

/** The stamp line for a reviewer and a date. */
export function formatStamp(reviewer: string, date: string): string {
  const name = reviewer.replace(/[\r\n,]+/g, ' ').trim() || 'editor';
  return `Reviewed-by: ${name}, ${date}`;
}
