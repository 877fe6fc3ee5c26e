// Finding what sits at an offset of a reviewed document: the item, a quotation, a speaker mention.
// Pure (no `vscode` import). Offsets are UTF-16 offsets into the document text.
import type { Item, Quote, Review, Span, Speaker, TextSpan } from '../core/model';

/** The item that contains `offset` (the last item also owns the very end of the text). */
export function itemAt(review: Review, offset: number): Item | undefined {
  const items = review.items;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (offset >= item.start && (offset < item.end || (k === items.length - 1 && offset === item.end))) return item;
  }
  return undefined;
}

/** The item the cursor is in, or the first item when the cursor is above it (blank lines before the header). */
export function activeItem(review: Review, offset: number): Item | undefined {
  return itemAt(review, offset) ?? (review.items.length > 0 && offset < review.items[0].start ? review.items[0] : undefined);
}

/**
 * Index of the quotation of `item` that covers `offset`, or -1. A cursor just after the closing mark
 * (where the keyboard's "show hover" asks) still counts, unless another quotation starts there.
 */
export function quoteIndexAt(item: Item, offset: number): number {
  const inside = item.quotes.findIndex((q) => offset >= q.start && offset < q.end);
  return inside >= 0 ? inside : item.quotes.findIndex((q) => offset === q.end && q.end > q.start);
}

export type HoverTarget = { kind: 'mention'; hit: MentionHit } | { kind: 'quote'; index: number };

/**
 * What a hover at `offset` is about. The smaller span wins (a mention over the quotation around it), and
 * a span covering the offset wins over one that merely ends there.
 */
export function hoverTarget(item: Item, offset: number): HoverTarget | undefined {
  const strict = (s: Span) => offset >= s.start && offset < s.end;
  const atEnd = (s: Span) => offset === s.end && s.end > s.start;
  for (const within of [strict, atEnd]) {
    const hit = mentionWhere(item, within);
    if (hit) return { kind: 'mention', hit };
    const index = item.quotes.findIndex(within);
    if (index >= 0) return { kind: 'quote', index };
  }
  return undefined;
}

export interface MentionHit {
  speaker: Speaker;
  mention: TextSpan;
}

/**
 * The speaker mention that covers `offset`: one of a speaker's mentions or the mention a quote names.
 * As for quotations, the offset just after a mention counts when no mention covers the offset itself.
 */
export function mentionAt(item: Item, offset: number): MentionHit | undefined {
  return mentionWhere(item, (s) => offset >= s.start && offset < s.end) ?? mentionWhere(item, (s) => offset === s.end && s.end > s.start);
}

function mentionWhere(item: Item, within: (span: TextSpan) => boolean): MentionHit | undefined {
  for (const speaker of item.speakers) {
    const mention = speaker.mentions.find(within);
    if (mention) return { speaker, mention };
  }
  for (const quote of item.quotes) {
    const mention = quote.speaker?.mention;
    if (mention && within(mention)) {
      const speaker = speakerOf(item, quote);
      if (speaker) return { speaker, mention };
    }
  }
  return undefined;
}

/** The item's speaker a quotation is attributed to (by the speakers' quote indexes, else by name). */
export function speakerOf(item: Item, quote: Quote): Speaker | undefined {
  const index = item.quotes.indexOf(quote);
  return (
    item.speakers.find((s) => s.quotes.includes(index)) ??
    (quote.speaker ? item.speakers.find((s) => s.name === quote.speaker!.name) : undefined)
  );
}

/** The words inside a quotation's outer marks, white space folded. */
export function innerText(quote: Quote): string {
  const from = Math.max(0, quote.inner.start - quote.start);
  const to = Math.max(from, Math.min(quote.text.length, quote.inner.end - quote.start));
  return quote.text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/**
 * The first words (at most `maxWords` words, `maxChars` characters; a first word longer than that is cut)
 * joined by spaces. When anything was left out, trailing punctuation is dropped so the `…` added reads well.
 */
export function clipWords(words: readonly string[], maxWords: number, maxChars: number): { text: string; cut: boolean } {
  let text = '';
  let cut = false;
  for (let k = 0; k < words.length; k++) {
    const next = text ? `${text} ${words[k]}` : words[k];
    if (k >= maxWords || next.length > maxChars) {
      cut = true;
      break;
    }
    text = next;
  }
  if (!text && words.length > 0) {
    text = words[0].slice(0, maxChars);
    cut = true;
  }
  return { text: cut ? text.replace(/[\s,;:.]+$/, '') + '…' : text, cut };
}

/** A short label for a quotation (`maxWords` at least 1): its first words in curly quotes, `…` when cut. */
export function quoteLabel(quote: Quote, maxWords = 6, maxChars = 48): string {
  const { text, cut } = clipWords(innerText(quote).split(' ').filter((w) => w.length > 0), maxWords, maxChars);
  if (!text) return quote.closed ? '“”' : '“';
  return `“${text}${quote.closed || cut ? '”' : ''}`;
}
