// What the status bar says about the active wire item. Pure (no `vscode` import).
import type { Item, Review } from '../core/model';
import { activeItem } from './locate';
import { itemName, itemState, itemStateLabel, quotationCount, quoteCount, speakerCount } from './outline-tree';
import { isTooLong, sizeOf } from './too-long';
import { english, type Translate } from './translate';

export interface StatusView {
  /** With codicons: `$(warning) Unreviewed · 9 quotes · 2 speakers`. */
  text: string;
  tooltip: string;
  /** What a click does. */
  action: 'markReviewed' | 'showProblems';
  /** The item shown (its start offset identifies it for the command). */
  item: Item;
}

const ICONS = { Reviewed: '$(pass)', Unreviewed: '$(warning)', 'No review stamp': '$(circle-large-outline)' } as const;

export function statusView(review: Review, offset: number, t: Translate = english): StatusView | undefined {
  const item = activeItem(review, offset);
  if (!item) return undefined;
  const index = review.items.indexOf(item);
  const position = review.items.length > 1 ? t('Item {0}/{1} · ', index + 1, review.items.length) : '';
  if (isTooLong(item)) {
    // Said, not hidden: the rules did not run on this item.
    return {
      text: `$(info) ${position}${t('Not reviewed: item too long ({0})', sizeOf(item.end - item.start))}`,
      tooltip: `${item.findings[0].message}\n${t('Click to show the problems.')}`,
      action: 'showProblems',
      item,
    };
  }
  const state = itemState(item);
  const quotes = quoteCount(item.quotes.length, t);
  const speakers = speakerCount(item.speakers.length, t);
  const text = `${ICONS[state]} ${position}${t('{0} · {1} · {2}', itemStateLabel(item, t), quotes, speakers)}`;

  const lines = [t('Wire item {0}', itemName(item, t))];
  if (item.disclaimer) lines.push(t('Unreviewed: it still carries the syndication disclaimer.'));
  else if (item.reviewed && item.stamp) lines.push(t('Reviewed by {0} on {1}.', item.stamp.reviewer, item.stamp.date));
  else lines.push(t('No disclaimer and no review stamp.'));
  const unattributed = item.quotes.filter((q) => !q.speaker).length;
  const quotations = quotationCount(item.quotes.length, t);
  lines.push(
    unattributed
      ? t('{0} from {1}, {2} unattributed.', quotations, speakers, unattributed)
      : t('{0} from {1}.', quotations, speakers),
  );
  const problems = item.findings.length;
  if (problems > 0) lines.push(problems === 1 ? t('1 finding in this item.') : t('{0} findings in this item.', problems));
  const action = item.disclaimer ? 'markReviewed' : 'showProblems';
  lines.push(action === 'markReviewed' ? t('Click to mark the item as reviewed.') : t('Click to show the problems.'));
  return { text, tooltip: lines.join('\n'), action, item };
}

/** While a large document is reviewed in the background (item by item): said, so nobody waits in silence. */
export function reviewingView(chars: number, t: Translate = english): { text: string; tooltip: string } {
  return {
    text: `$(sync~spin) ${t('Wire Desk: reviewing {0}…', sizeOf(chars))}`,
    tooltip: t(
      'Wire Desk reviews this large document item by item in the background, so the editor stays responsive. Problems, hovers and the outline appear when it is done.',
    ),
  };
}
