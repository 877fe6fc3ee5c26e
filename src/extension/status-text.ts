// What the status bar says about the active wire item. Pure (no `vscode` import).
import type { Item, Review } from '../core/model';
import { activeItem } from './locate';
import { itemName, itemState } from './outline-tree';

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
  const state = itemState(item);
  const index = review.items.indexOf(item);
  const position = review.items.length > 1 ? `Item ${index + 1}/${review.items.length} · ` : '';
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
