// The engine's pipeline for one item: structure (header, dateline, paragraphs), quotations, sentences,
// disclaimer and stamp, attribution, speakers, then the review rules. Items are independent: an item's
// review depends only on its own text, so a file is reviewed item by item.
import { attributeQuotes } from './attribution';
import { parseDateline, parseHeader } from './dateline';
import { findDisclaimer } from './disclaimer';
import { acceptanceMatcher } from './fingerprint';
import { findItems } from './items';
import type { Finding, Item, Paragraph, Quote, Review, ReviewOptions, Span, Speaker } from './model';
import { findQuotes, type QuoteSpan } from './quotes';
import { rules } from './rules';
import { splitSentences } from './sentences';
import { findStamp } from './stamp';
import { splitParagraphs } from './text';

const NO_QUOTES: readonly QuoteSpan[] = [];

/** Review a whole text: every item in it (or the whole text as one item, with `wholeTextIsItem`). */
export function reviewText(text: string, options: ReviewOptions = {}): Review {
  return { items: findItems(text, options.wholeTextIsItem).map((span) => reviewItemAt(text, span, options)) };
}

/** Review one item given as its own text; offsets are relative to `itemText`. */
export function reviewItem(itemText: string, options: ReviewOptions = {}): Item {
  return reviewItemAt(itemText, { start: 0, end: itemText.length }, options);
}

/** Review the item at `span` of `text`; offsets are into `text`. */
export function reviewItemAt(text: string, span: Span, options: ReviewOptions = {}): Item {
  const header = parseHeader(text, span.start);
  const rawParagraphs = splitParagraphs(text, span.start, span.end);
  let ledeStart = rawParagraphs.length > 0 ? rawParagraphs[0].start : span.start;
  let dateline;
  if (header && rawParagraphs.length > 0) {
    let lineEnd = header.end;
    while (lineEnd < span.end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    dateline = parseDateline(text, header.end, lineEnd);
    ledeStart = dateline ? dateline.end : header.end;
    // Skip the dash after the dateline and the blanks before the lede.
    const rest = /^[ \t]*(?:--?|\u2014|\u2013|:)?[ \t]*/.exec(text.slice(ledeStart, ledeStart + 8));
    if (rest) ledeStart += rest[0].length;
  }
  // Quotations are found in the body: the first paragraph from the lede on.
  const bodies: Span[] = rawParagraphs.map((p, i) => (i === 0 ? { start: Math.min(Math.max(p.start, ledeStart), p.end), end: p.end } : p));
  const quoteSpans = findQuotes(text, bodies);
  const paragraphs: Paragraph[] = [];
  let q = 0;
  for (let i = 0; i < rawParagraphs.length; i++) {
    const body = bodies[i];
    while (q < quoteSpans.length && quoteSpans[q].end <= body.start) q++;
    // Most paragraphs have no quotation: no list to make for them.
    let inPara: readonly QuoteSpan[] = NO_QUOTES;
    if (q < quoteSpans.length && quoteSpans[q].start < body.end) {
      const list: QuoteSpan[] = [];
      for (let k = q; k < quoteSpans.length && quoteSpans[k].start < body.end; k++) list.push(quoteSpans[k]);
      inPara = list;
    }
    paragraphs.push({ start: rawParagraphs[i].start, end: rawParagraphs[i].end, sentences: body.start < body.end ? splitSentences(text, body, inPara) : [] });
  }
  const disclaimer = findDisclaimer(text, bodies, (p) => paragraphs[p].sentences, options.disclaimerPhrases);
  const stamp = findStamp(text, rawParagraphs);
  const quotes = attributeQuotes(text, span.start, paragraphs, quoteSpans);
  const item: Item = {
    start: span.start,
    end: span.end,
    header: header ? { start: header.start, end: header.end } : undefined,
    date: header?.date,
    dateline,
    paragraphs,
    disclaimer,
    stamp,
    reviewed: stamp !== undefined && disclaimer === undefined,
    quotes,
    speakers: groupSpeakers(quotes),
    findings: [],
  };
  item.findings = runRules(item, text, options);
  return item;
}

/** Speakers in order of first quotation, each with the indexes of their quotations. */
export function groupSpeakers(quotes: readonly Quote[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  quotes.forEach((q, i) => {
    const s = q.speaker;
    if (!s) return;
    const key = s.name.toLowerCase();
    let speaker = byName.get(key);
    if (!speaker) {
      speaker = { name: s.name, title: s.title, organisation: s.organisation, quotes: [], mentions: [] };
      byName.set(key, speaker);
    }
    speaker.title ??= s.title;
    speaker.quotes.push(i);
    // A copy of the quotation's mention: no span of an item is reached twice (see shiftItem).
    if (!speaker.mentions.some((m) => m.start === s.mention.start)) speaker.mentions.push({ ...s.mention });
  });
  for (const s of byName.values()) {
    // Exact copies: these arrays are kept in the review, and a pushed-to array holds room for 16 entries.
    s.quotes = s.quotes.slice();
    s.mentions = s.mentions.sort((a, b) => a.start - b.start).slice();
  }
  return [...byName.values()];
}

function runRules(item: Item, text: string, options: ReviewOptions): Finding[] {
  const out: Finding[] = [];
  const accepted = acceptanceMatcher(options.accepted ?? []);
  for (const rule of rules) {
    const severity = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const f of rule.check(item, text)) {
      const finding: Finding = { rule: rule.id, severity, ...f };
      if (!accepted(item, finding, text)) out.push(finding);
    }
  }
  return out;
}

function copySpan<T extends Span>(span: T, delta: number): T {
  return { ...span, start: span.start + delta, end: span.end + delta };
}

/**
 * A copy of an item with every offset moved by `delta` (for items reviewed from their own text). Always a
 * new object tree, also for `delta` 0: no span is shared with `item`, so the copy may be moved in place.
 * Fields the item lacks stay absent (no `undefined` keys). Like the engine's own items, the copy reaches
 * no span twice (test/core/review-shape.test.ts), so either may be moved in place.
 */
export function shiftItem(item: Item, delta: number): Item {
  const out: Item = {
    ...item,
    start: item.start + delta,
    end: item.end + delta,
    paragraphs: item.paragraphs.map((p) => ({ ...p, start: p.start + delta, end: p.end + delta, sentences: p.sentences.map((s) => copySpan(s, delta)) })),
    quotes: item.quotes.map((q) => {
      const quote = { ...q, start: q.start + delta, end: q.end + delta, inner: copySpan(q.inner, delta) };
      const speaker = q.speaker;
      if (speaker) {
        const copy = { ...speaker, mention: copySpan(speaker.mention, delta) };
        if (speaker.cue) copy.cue = copySpan(speaker.cue, delta);
        if (speaker.basis) copy.basis = copySpan(speaker.basis, delta);
        quote.speaker = copy;
      }
      return quote;
    }),
    speakers: item.speakers.map((s) => ({ ...s, quotes: s.quotes.slice(), mentions: s.mentions.map((m) => copySpan(m, delta)) })),
    findings: item.findings.map((f) => copySpan(f, delta)),
  };
  if (item.header) out.header = copySpan(item.header, delta);
  if (item.dateline) out.dateline = copySpan(item.dateline, delta);
  if (item.disclaimer) out.disclaimer = { ...copySpan(item.disclaimer, delta), paragraph: copySpan(item.disclaimer.paragraph, delta) };
  if (item.stamp) out.stamp = copySpan(item.stamp, delta);
  return out;
}
