// What the attribution rules see of one quotation: its sentence, the text before and after it in that
// sentence (outside other quotations), tokenized lazily.
import type { Paragraph, Span } from '../model';
import type { QuoteSpan } from '../quotes';
import { tokenizeInto, type Token } from '../tokens';
import type { Label } from './question-answer';

/**
 * What the rules keep about one item while its quotations are attributed: made with the item's contexts
 * and dropped with them (held by the contexts, not looked up by item in a WeakMap at every quotation).
 */
export class ItemScratch {
  /** question-answer: the label of each paragraph read so far, by its index (null: none). */
  labels: (Label | null)[] | undefined;
}

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
  /** Shared by the contexts of one item. */
  readonly scratch: ItemScratch;
}

/**
 * Index of the first sentence of `sentences` that starts at or after `at` (`sentences.length` when none does):
 * a binary search, as a paragraph may hold thousands (a run of quotations that are sentences of their own).
 */
export function firstSentenceFrom(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence of `sentences` containing offset `at` (or the last one starting before it; the first if none does). */
export function sentenceAt(sentences: readonly Span[], at: number): Span {
  return sentences[Math.max(0, firstSentenceFrom(sentences, at + 1) - 1)];
}

/** Index of the first quotation that ends after `from` (quotations are ordered and do not overlap). */
export function firstQuoteEndingAfter(quotes: readonly QuoteSpan[], from: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether any quotation overlaps [from, to) (a binary search: an item may hold thousands). */
export function quoteWithin(quotes: readonly QuoteSpan[], from: number, to: number): boolean {
  const k = firstQuoteEndingAfter(quotes, from);
  return k < quotes.length && quotes[k].start < to;
}

/** Tokens of [from, to) skipping every quotation inside it. */
export function tokensOutsideQuotes(text: string, from: number, to: number, quotes: readonly QuoteSpan[]): Token[] {
  const out: Token[] = [];
  let pos = from;
  for (let k = firstQuoteEndingAfter(quotes, from); k < quotes.length; k++) {
    const q = quotes[k];
    if (q.end <= pos) continue;
    if (q.start >= to) break;
    if (q.start > pos) tokenizeInto(out, text, pos, q.start);
    pos = Math.max(pos, q.end);
  }
  if (pos < to) tokenizeInto(out, text, pos, to);
  return out;
}

/**
 * The tokens outside quotations of each sentence, computed once per sentence and shared by every window
 * inside it (the text before and after each of its quotations, the sentence itself, a pronoun's search
 * for a subject). A window is cut from the sentence's tokens; it is exactly what tokenizing the window
 * alone gives, because a cut that would split a token's match falls back to tokenizing the window.
 */
/** How many sentences' tokens SentenceTokens keeps. */
const RECENT_SENTENCES = 64;

export class SentenceTokens {
  /** Per sentence start: its end and its tokens. */
  private readonly cache = new Map<number, { end: number; tokens: Token[] }>();

  // Fields set by the constructor, not parameter properties (see Resolver's).
  private declare readonly text: string;
  private declare readonly quotes: readonly QuoteSpan[];

  constructor(text: string, quotes: readonly QuoteSpan[]) {
    this.text = text;
    this.quotes = quotes;
  }

  private of(sentence: Span): Token[] {
    let entry = this.cache.get(sentence.start);
    if (!entry || entry.end !== sentence.end) {
      entry = { end: sentence.end, tokens: tokensOutsideQuotes(this.text, sentence.start, sentence.end, this.quotes) };
      this.cache.set(sentence.start, entry);
      // Quotations come in order and look back a few sentences at most: an item of thousands of sentences
      // need not keep them all (a sentence read again is tokenized again, to the same tokens).
      if (this.cache.size > RECENT_SENTENCES) this.cache.delete(this.cache.keys().next().value!);
    }
    return entry.tokens;
  }

  /** `tokensOutsideQuotes(text, from, to, quotes)`, for a window [from, to) of `sentence`. */
  window(sentence: Span, from: number, to: number): Token[] {
    if (from < sentence.start || to > sentence.end || from >= to) return tokensOutsideQuotes(this.text, from, to, this.quotes);
    const tokens = this.of(sentence);
    // Most windows start at the sentence's start or end at its end (the sentence itself, the text before its
    // first quotation, after its last): no search for that edge.
    let lo = 0;
    let hi = from > sentence.start ? tokens.length : 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    // The first token at or after `to` (a binary search too: an after-window often runs to the sentence's end).
    let end = to < sentence.end ? lo : tokens.length;
    hi = tokens.length;
    while (end < hi) {
      const mid = (end + hi) >> 1;
      if (tokens[mid].start < to) end = mid + 1;
      else hi = mid;
    }
    // A match running over either edge of the window would be cut there: tokenize the window itself.
    if ((lo > 0 && this.mayCover(tokens[lo - 1], from, sentence.end)) || (end > 0 && this.mayCover(tokens[end - 1], to, sentence.end))) {
      return tokensOutsideQuotes(this.text, from, to, this.quotes);
    }
    // The whole sentence: its own list, shared (no rule changes a token list it is given), so a sentence with
    // thousands of quotations is not copied for each of them.
    if (lo === 0 && end === tokens.length) return tokens;
    return tokens.slice(lo, end);
  }

  /**
   * Whether the match of `t`, one of the tokens of a sentence ending at `sentenceEnd`, may cover the character
   * at `at`. A word's match runs on over the tail it drops (stops, apostrophes, hyphens: characters that
   * continue a word) until a character that does not, a quotation or the sentence's end: read back from the
   * text for the two tokens at a window's edges, rather than noted for every word of every sentence. (A tail
   * that runs into a quotation opening with an apostrophe answers yes too: the window is then tokenized
   * alone, which is always exact.)
   */
  private mayCover(t: Token, at: number, sentenceEnd: number): boolean {
    if (t.end > at) return true;
    if (!t.word || at >= sentenceEnd) return false;
    for (let i = t.end; i <= at; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 46 && c !== 39 && c !== 45 && c !== 0x2019) return false;
    }
    return true;
  }
}

/** One quotation's context; the token lists are cut on first use. */
class Context implements QuoteContext {
  private bt: Token[] | undefined;
  private at: Token[] | undefined;
  private st: Token[] | undefined;

  // Fields set by the constructor, not parameter properties (see Resolver's).
  declare readonly text: string;
  declare readonly index: number;
  declare readonly quote: QuoteSpan;
  declare readonly paragraphs: readonly Paragraph[];
  declare readonly quotes: readonly QuoteSpan[];
  declare readonly openSentence: Span;
  declare readonly closeSentence: Span;
  declare readonly before: Span;
  declare readonly after: Span;
  private declare readonly tokens: SentenceTokens;
  declare readonly scratch: ItemScratch;

  constructor(
    text: string,
    index: number,
    quote: QuoteSpan,
    paragraphs: readonly Paragraph[],
    quotes: readonly QuoteSpan[],
    openSentence: Span,
    closeSentence: Span,
    before: Span,
    after: Span,
    tokens: SentenceTokens,
    scratch: ItemScratch,
  ) {
    this.text = text;
    this.index = index;
    this.quote = quote;
    this.paragraphs = paragraphs;
    this.quotes = quotes;
    this.openSentence = openSentence;
    this.closeSentence = closeSentence;
    this.before = before;
    this.after = after;
    this.tokens = tokens;
    this.scratch = scratch;
  }

  // No quotation lies inside `before` or `after`, so their tokens are the ones outside quotations.
  beforeTokens(): Token[] {
    return (this.bt ??= this.before.start < this.before.end ? this.tokens.window(this.openSentence, this.before.start, this.before.end) : []);
  }

  afterTokens(): Token[] {
    return (this.at ??= this.after.start < this.after.end ? this.tokens.window(this.closeSentence, this.after.start, this.after.end) : []);
  }

  sentenceTokens(): Token[] {
    const open = this.openSentence;
    const close = this.closeSentence;
    return (this.st ??=
      open === close
        ? this.tokens.window(open, open.start, open.end)
        : tokensOutsideQuotes(this.text, open.start, Math.max(close.end, open.end), this.quotes));
  }
}

export function buildContexts(text: string, quotes: readonly QuoteSpan[], paragraphs: readonly Paragraph[], sentenceTokens = new SentenceTokens(text, quotes)): QuoteContext[] {
  const scratch = new ItemScratch();
  return quotes.map((quote, index) => {
    const openSentence = sentenceAt(paragraphs[quote.firstParagraph].sentences, quote.start);
    const closeSentence = sentenceAt(paragraphs[quote.lastParagraph].sentences, Math.max(quote.start, quote.end - 1));
    const prevEnd = index > 0 ? quotes[index - 1].end : 0;
    const nextStart = index + 1 < quotes.length ? quotes[index + 1].start : text.length;
    const before = { start: Math.max(openSentence.start, prevEnd), end: quote.start };
    if (before.start > before.end) before.start = before.end;
    const after = { start: quote.end, end: Math.max(quote.end, Math.min(closeSentence.end, nextStart)) };
    return new Context(text, index, quote, paragraphs, quotes, openSentence, closeSentence, before, after, sentenceTokens, scratch);
  });
}
