// What the status bar says about the active wire item. Pure (no `vscode` import).
import type { Item, Review } from '../core/model';
import { activeItem } from './locate';
import { itemName, itemState } from './outline-tree';
import { isTooLong, sizeOf } from './too-long';

export interface StatusView {
  /** With codicons: `$(warning) Unreviewed · 9 quotes · 2 speakers`. */
  text: string;
  tooltip: string;
  /** What a click does. */
  action: 'markReviewed' | 'showProblems';
  /** The item shown (its start offset identifies it for the command). */
  item: Item;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

const ICONS = { Reviewed: '$(pass)', Unreviewed: '$(warning)', 'No review stamp': '$(circle-large-outline)' } as const;

export function statusView(review: Review, offset: number): StatusView | undefined {
  const item = activeItem(review, offset);
  if (!item) return undefined;
  const index = review.items.indexOf(item);
  const position = review.items.length > 1 ? `Item ${index + 1}/${review.items.length} · ` : '';
  if (isTooLong(item)) {
    // Said, not hidden: the rules did not run on this item.
    return {
      text: `$(info) ${position}Not reviewed: item too long (${sizeOf(item.end - item.start)})`,
      tooltip: `${item.findings[0].message}\nClick to show the problems.`,
      action: 'showProblems',
      item,
    };
  }
  const state = itemState(item);
  const text = `${ICONS[state]} ${position}${state} · ${plural(item.quotes.length, 'quote')} · ${plural(item.speakers.length, 'speaker')}`;

  const lines = [`Wire item ${itemName(item)}`];
  if (item.disclaimer) lines.push('Unreviewed: it still carries the syndication disclaimer.');
  else if (item.reviewed && item.stamp) lines.push(`Reviewed by ${item.stamp.reviewer} on ${item.stamp.date}.`);
  else lines.push('No disclaimer and no review stamp.');
  const unattributed = item.quotes.filter((q) => !q.speaker).length;
  lines.push(
    `${plural(item.quotes.length, 'quotation')} from ${plural(item.speakers.length, 'speaker')}` +
      (unattributed ? `, ${unattributed} unattributed.` : '.'),
  );
  const problems = item.findings.length;
  if (problems > 0) lines.push(`${plural(problems, 'finding')} in this item.`);
  const action = item.disclaimer ? 'markReviewed' : 'showProblems';
  lines.push(action === 'markReviewed' ? 'Click to mark the item as reviewed.' : 'Click to show the problems.');
  return { text, tooltip: lines.join('\n'), action, item };
}

/** While a large document is reviewed in the background (item by item): said, so nobody waits in silence. */
export function reviewingView(chars: number): { text: string; tooltip: string } {
  return {
    text: `$(sync~spin) Wire Desk: reviewing ${sizeOf(chars)}\u2026`,
    tooltip:
      'Wire Desk reviews this large document item by item in the background, so the editor stays responsive. ' +
      'Problems, hovers and the outline appear when it is done.',
  };
}
