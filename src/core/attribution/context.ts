// What the attribution rules see of one quotation: its sentence, the text before and after it in that
// sentence (outside other quotations), tokenized lazily.
import type { Paragraph, Span } from '../model';
import type { QuoteSpan } from '../quotes';
import { tokenize, type Token } from '../tokens';

export interface QuoteContext {
  readonly text: string;
  readonly index: number;
  readonly quote: QuoteSpan;
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly QuoteSpan[];
  /** The sentence where the quotation opens and the one where it closes (the same for most). */
  readonly openSentence: Span;
  readonly closeSentence: Span;
  /** Text before the quotation in its sentence, after any earlier quotation: [start, quote.start). */
  readonly before: Span;
  /** Text after the quotation in its sentence, before any later quotation: [quote.end, end). */
  readonly after: Span;
  beforeTokens(): Token[];
  afterTokens(): Token[];
  /** Tokens of the whole sentence(s) around the quotation, outside all quotations. */
  sentenceTokens(): Token[];
}

/** The sentence of `sentences` containing offset `at` (or the last one starting before it). */
export function sentenceAt(sentences: readonly Span[], at: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo];
}

/** Tokens of [from, to) skipping every quotation inside it. */
export function tokensOutsideQuotes(text: string, from: number, to: number, quotes: readonly QuoteSpan[]): Token[] {
  const out: Token[] = [];
  let pos = from;
  // Quotations are ordered: start at the first one that ends after `from`.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < quotes.length; k++) {
    const q = quotes[k];
    if (q.end <= pos) continue;
    if (q.start >= to) break;
    if (q.start > pos) out.push(...tokenize(text, pos, q.start));
    pos = Math.max(pos, q.end);
  }
  if (pos < to) out.push(...tokenize(text, pos, to));
  return out;
}

export function buildContexts(text: string, quotes: readonly QuoteSpan[], paragraphs: readonly Paragraph[]): QuoteContext[] {
  return quotes.map((quote, index) => {
    const openSentence = sentenceAt(paragraphs[quote.firstParagraph].sentences, quote.start);
    const closeSentence = sentenceAt(paragraphs[quote.lastParagraph].sentences, Math.max(quote.start, quote.end - 1));
    const prevEnd = index > 0 ? quotes[index - 1].end : 0;
    const nextStart = index + 1 < quotes.length ? quotes[index + 1].start : text.length;
    const before = { start: Math.max(openSentence.start, prevEnd), end: quote.start };
    if (before.start > before.end) before.start = before.end;
    const after = { start: quote.end, end: Math.max(quote.end, Math.min(closeSentence.end, nextStart)) };
    let bt: Token[] | undefined;
    let at: Token[] | undefined;
    let st: Token[] | undefined;
    return {
      text,
      index,
      quote,
      paragraphs,
      quotes,
      openSentence,
      closeSentence,
      before,
      after,
      beforeTokens: () => (bt ??= tokenize(text, before.start, before.end)),
      afterTokens: () => (at ??= tokenize(text, after.start, after.end)),
      sentenceTokens: () =>
        (st ??= tokensOutsideQuotes(text, openSentence.start, Math.max(closeSentence.end, openSentence.end), quotes)),
    };
  });
}
