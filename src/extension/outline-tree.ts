// The shape of the outline (document symbols), as plain data with offsets. Pure (no `vscode` import);
// outline.ts turns it into `DocumentSymbol`s.
//   one item:     speakers (quotations as children) [+ "Unattributed"]
//   many items:   items named by date and dateline, each holding the above
import type { Item, Review, Span } from '../core/model';
import { quoteLabel } from './locate';
import { english, type Translate } from './translate';

export type OutlineKind = 'item' | 'person' | 'organisation' | 'unattributed' | 'quote';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** Everything the node covers (contains `selection` and the children's ranges). */
  range: Span;
  /** What to reveal and highlight when the node is picked (the quotation itself, for a quote). */
  selection: Span;
  children: OutlineNode[];
}

function union(spans: Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

/** `1 quotation`, `3 quotations` (the outline, the status bar and the Speakers view count them alike). */
export function quotationCount(n: number, t: Translate): string {
  return n === 1 ? t('1 quotation') : t('{0} quotations', n);
}

/** `1 quote`, `9 quotes`. */
export function quoteCount(n: number, t: Translate): string {
  return n === 1 ? t('1 quote') : t('{0} quotes', n);
}

/** `1 speaker`, `2 speakers`. */
export function speakerCount(n: number, t: Translate): string {
  return n === 1 ? t('1 speaker') : t('{0} speakers', n);
}

/** `2025-11-01 · Gyeongju, Nov 1`; `Undated item` when there is neither. */
export function itemName(item: Item, t: Translate = english): string {
  const dateline = item.dateline?.text.replace(/[\s\-–—:]+$/, '').trim();
  const parts = [item.date, dateline].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' · ') : t('Undated item');
}

/** The review state in a word or two: an item is unreviewed while it carries a disclaimer. */
export function itemState(item: Item): 'Reviewed' | 'Unreviewed' | 'No review stamp' {
  if (item.disclaimer) return 'Unreviewed';
  return item.reviewed ? 'Reviewed' : 'No review stamp';
}

/** The review state as shown (`itemState` stays the English key the code compares). */
export function itemStateLabel(item: Item, t: Translate = english): string {
  const state = itemState(item);
  if (state === 'Unreviewed') return t('Unreviewed');
  return state === 'Reviewed' ? t('Reviewed') : t('No review stamp');
}

/** A quotation's kind in a word (`direct`), as the outline and the hovers show it. */
export function kindWord(kind: string, t: Translate): string {
  if (kind === 'direct') return t('direct');
  if (kind === 'partial') return t('partial');
  if (kind === 'scare') return t('scare');
  return kind;
}

function quoteNode(item: Item, index: number, t: Translate): OutlineNode {
  const quote = item.quotes[index];
  const span = { start: quote.start, end: quote.end };
  return {
    name: quoteLabel(quote),
    detail: quote.closed ? kindWord(quote.kind, t) : t('{0}, unclosed', kindWord(quote.kind, t)),
    kind: 'quote',
    range: span,
    selection: span,
    children: [],
  };
}

/** The speakers of one item in order of appearance (with their quotations), then an "Unattributed" group when needed. */
export function itemChildren(item: Item, t: Translate = english): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const attributed = new Set<number>();
  for (const speaker of item.speakers) {
    const indexes = speaker.quotes.filter((k) => k >= 0 && k < item.quotes.length).sort((a, b) => a - b);
    if (indexes.length === 0) continue;
    indexes.forEach((k) => attributed.add(k));
    const children = indexes.map((k) => quoteNode(item, k, t));
    // The speaker covers their quotations and the mentions that attribute them (the cue's subject).
    const attributions = indexes
      .map((k) => item.quotes[k].speaker?.mention)
      .filter((m): m is NonNullable<typeof m> => !!m && m.start >= item.start && m.end <= item.end);
    const range = union([...children.map((c) => c.range), ...attributions]);
    const firstMention = [...speaker.mentions]
      .filter((m) => m.start >= range.start && m.end <= range.end)
      .sort((a, b) => a.start - b.start)[0];
    const selection = firstMention ? { start: firstMention.start, end: firstMention.end } : children[0].selection;
    nodes.push({
      name: speaker.name.trim() || t('Unnamed speaker'),
      detail: speaker.title ?? (speaker.organisation ? t('organisation') : ''),
      kind: speaker.organisation ? 'organisation' : 'person',
      range,
      selection,
      children,
    });
  }
  nodes.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const loose = item.quotes.map((_, k) => k).filter((k) => !attributed.has(k));
  if (loose.length > 0) {
    const children = loose.map((k) => quoteNode(item, k, t));
    nodes.push({
      name: t('Unattributed'),
      detail: quotationCount(children.length, t),
      kind: 'unattributed',
      range: union(children.map((c) => c.range)),
      selection: children[0].selection,
      children,
    });
  }
  return nodes;
}

/** The whole outline: with one item its speakers at the top level, with several the items themselves. */
export function buildOutline(review: Review, t: Translate = english): OutlineNode[] {
  if (review.items.length === 1) return itemChildren(review.items[0], t);
  return review.items.map((item) => itemNode(item, t));
}

/** An item as a top-level node (files with several items), its speakers and quotations as children. */
export function itemNode(item: Item, t: Translate = english): OutlineNode {
  const selection = item.header ?? item.dateline ?? { start: item.start, end: item.start };
  const state = itemState(item);
  const stateWord = state === 'Unreviewed' ? t('unreviewed') : state === 'Reviewed' ? t('reviewed') : t('no review stamp');
  return {
    name: itemName(item, t),
    detail: t('{0} · {1}, {2}', stateWord, quoteCount(item.quotes.length, t), speakerCount(item.speakers.length, t)),
    kind: 'item' as const,
    range: { start: item.start, end: item.end },
    selection: { start: selection.start, end: selection.end },
    children: itemChildren(item),
  };
}
