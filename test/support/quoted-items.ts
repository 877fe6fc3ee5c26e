// Every item of some texts with what the attribution rules read of it: its paragraphs (with their sentences)
// and its quotations, as the review finds them. For tests that hold a rule's fast path to a plain reading.
import { findItems } from '../../src/core/items';
import type { Paragraph, Span } from '../../src/core/model';
import { findQuotes, type QuoteSpan } from '../../src/core/quotes';
import { reviewItemAt } from '../../src/core/review';

export interface QuotedItem {
  text: string;
  span: Span;
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
}

/** The items of `texts` (a text without a header is one item), each with its paragraphs and quotations. */
export function* quotedItems(texts: readonly string[]): Generator<QuotedItem> {
  for (const text of texts) {
    for (const span of findItems(text, true)) {
      const paragraphs = reviewItemAt(text, span).paragraphs;
      yield { text, span, paragraphs, quotes: findQuotes(text, paragraphs) };
    }
  }
}
