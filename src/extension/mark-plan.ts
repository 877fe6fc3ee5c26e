// Planning "Mark item as reviewed": which edit, or why not. Pure (no `vscode` import); the edit itself
// comes from the core's `markReviewedEdit`.
import { markReviewedEdit } from '../core';
import type { Item } from '../core/model';
import { isTooLong } from './too-long';
import { english, type Translate } from './translate';

export interface PlannedEdit {
  start: number;
  end: number;
  newText: string;
}

export type MarkPlan = { edit: PlannedEdit } | { refusal: string };

/** Today's date in local time, `YYYY-MM-DD` (not UTC: a late-evening review keeps the editor's date). */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The document's line ending: the first one in the text, else the platform's guess. */
export function detectEol(text: string, fallback: '\n' | '\r\n' = '\n'): '\n' | '\r\n' {
  const k = text.indexOf('\n');
  if (k < 0) return fallback;
  return k > 0 && text.charCodeAt(k - 1) === 13 ? '\r\n' : '\n';
}

/** The same text with its line breaks written as `eol`. */
export function withEol(text: string, eol: '\n' | '\r\n'): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}

/** A reviewer name that can go in a stamp (one line, no surrounding blanks), or '' when unusable. */
export function cleanReviewer(name: string | undefined): string {
  return (name ?? '').replace(/\s+/g, ' ').trim();
}

/** Why nothing was written when the document changed after Wire Desk checked it. */
export function changedRefusal(t: Translate = english): string {
  return t(
    'The document changed since Wire Desk checked this item, so the stamp was not written. Wait a moment for the problems to update, then try again.',
  );
}

/** `changedRefusal()` in English. */
export const CHANGED_REFUSAL = changedRefusal();

/**
 * A refusal when the command was given the document version its item was found in (the status bar and the
 * quick fix pass it) and the document has changed since; undefined when it may go ahead.
 */
export function staleRefusal(expectedVersion: unknown, currentVersion: number, t: Translate = english): string | undefined {
  return typeof expectedVersion === 'number' && expectedVersion !== currentVersion ? changedRefusal(t) : undefined;
}

export function planMarkReviewed(
  text: string,
  item: Item | undefined,
  reviewer: string,
  date: string,
  eol: '\n' | '\r\n',
  t: Translate = english,
): MarkPlan {
  if (!item) return { refusal: t('There is no wire item here (a wire item starts with a line "date YYYY-MM-DD").') };
  if (isTooLong(item)) return { refusal: t('{0} It was not marked as reviewed.', item.findings[0].message) };
  if (!item.disclaimer) {
    if (item.stamp) {
      return {
        refusal: t(
          'This wire item is already reviewed (Reviewed-by: {0}, {1}); there is no disclaimer to replace.',
          item.stamp.reviewer,
          item.stamp.date,
        ),
      };
    }
    return {
      refusal: t(
        'This wire item has no syndication disclaimer, so there is nothing to replace. If it has been reviewed, add a line "Reviewed-by: NAME, YYYY-MM-DD" yourself.',
      ),
    };
  }
  // The review must be of this very text: a stale one would put the stamp where the disclaimer used to be.
  if (text.slice(item.disclaimer.start, item.disclaimer.end) !== item.disclaimer.text) return { refusal: changedRefusal(t) };
  const name = cleanReviewer(reviewer);
  if (!name) return { refusal: t('No reviewer name: set the wireDesk.reviewer setting to the name for the review stamp.') };
  const edit = markReviewedEdit(text, item, name, date);
  if (!edit) return { refusal: t('Wire Desk could not build the review stamp for this item.') };
  return { edit: { start: edit.start, end: edit.end, newText: withEol(edit.newText, eol) } };
}
