// The engine's pipeline for one item: structure (header, dateline, paragraphs), quotations, sentences,
// disclaimer and stamp, attribution, speakers, then the review rules. Items are independent: an item's
// review depends only on its own text, so a file is reviewed item by item.
import { attributeQuotes } from './attribution';
import { parseDateline, parseHeader } from './dateline';
import { findDisclaimer } from './disclaimer';
import { acceptanceMatcher } from './fingerprint';
import { findItems } from './items';
import { scanItem, type ItemScan } from './marks';
import type { Finding, Item, Quote, Review, ReviewOptions, Span, Speaker, TextSpan } from './model';
import { findQuotes } from './quotes';
import { rules } from './rules';
import { splitSentences, Terminators } from './sentences';
import { findStamp } from './stamp';
import { splitParagraphs } from './text';

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
  // The item's paragraphs, each given its sentences below.
  const paragraphs = splitParagraphs(text, span.start, span.end);
  let ledeStart = paragraphs.length > 0 ? paragraphs[0].start : span.start;
  let dateline;
  if (header && paragraphs.length > 0) {
    dateline = parseDateline(text, header.end, span.end);
    ledeStart = dateline ? dateline.end : header.end;
    // Skip the dash after the dateline and the blanks before the lede.
    const rest = /^[ \t]*(?:--?|\u2014|\u2013|:)?[ \t]*/.exec(text.slice(ledeStart, ledeStart + 8));
    if (rest) ledeStart += rest[0].length;
  }
  // Quotations are found in the body: the first paragraph from the lede on.
  const bodies: Span[] = paragraphs.map((p, i) => (i === 0 ? { start: Math.min(Math.max(p.start, ledeStart), p.end), end: p.end } : p));
  // The quote marks and sentence stops of the item, found in one pass from its start (the desk notes' test
  // reads the header line too): those before the first body are passed over by both readers.
  const found = scanItem(text, span.start, span.end);
  const quoteSpans = findQuotes(text, bodies, found.marks);
  const terminators = bodies.length > 0 ? new Terminators(text, bodies[0].start, bodies[bodies.length - 1].end, found.stops) : undefined;
  let q = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const body = bodies[i];
    // The item's quotations are read in place from the first that ends inside the paragraph (no list for each).
    while (q < quoteSpans.length && quoteSpans[q].end <= body.start) q++;
    paragraphs[i].sentences = body.start < body.end ? splitSentences(text, body, quoteSpans, terminators, q) : [];
  }
  // The item holds no word of the disclaimer's prefilter (found with the marks; the header line is read
  // too, which can only let more items on): no disclaimer, unless the user's phrases say otherwise.
  const phrases = options.disclaimerPhrases;
  const disclaimer = found.prefilterWord || (phrases !== undefined && phrases.length > 0) ? findDisclaimer(text, bodies, (p) => paragraphs[p].sentences, phrases, found.wordEnds) : undefined;
  const stamp = findStamp(text, paragraphs);
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
  item.findings = runRules(item, text, options, found);
  return item;
}

/** More speakers than this in one item are looked up in a map. */
const MANY_SPEAKERS = 16;

/** A speaker's lists until they are made at their length (never written to). */
const NONE: never[] = [];

/** Speakers in order of first quotation, each with the indexes of their quotations. */
export function groupSpeakers(quotes: readonly Quote[]): Speaker[] {
  // Speakers are few per item: a list searched by name (a map once there are many). A name is compared in
  // lower case only when it is not written exactly as a known speaker's (one speaker's names nearly always
  // are). Lower-casing a name read from two-byte text is slow (about 1 µs a speaker on the quote-dense feed).
  const speakers: Speaker[] = [];
  const keys: (string | undefined)[] = []; // the lower-case name of each speaker, once made
  // Each quotation's speaker, as its index + 1 (0: none), and how many quotations each speaker has: their
  // lists are kept in the review, so they are made at their length once all are known (lists pushed to as
  // the quotations came were copied at the end, and were most of what grouping allocated).
  const of = new Int32Array(quotes.length);
  const counts: number[] = [];
  let byKey: Map<string, number> | undefined;
  // Whether a name so far holds `İ`, the one character that lower-cases to two (`i̇`): until one does, only
  // names of one length can be one name in lower case.
  let dotted = false;
  for (let i = 0; i < quotes.length; i++) {
    const s = quotes[i].speaker;
    if (!s) continue;
    const name = s.name;
    let k = 0;
    if (byKey === undefined) {
      while (k < speakers.length && speakers[k].name !== name) k++;
      if (k === speakers.length) {
        // The two names are lower-cased only to be compared, each once.
        dotted ||= name.includes('\u0130');
        let key: string | undefined;
        for (k = 0; k < speakers.length; k++) {
          if (!dotted && speakers[k].name.length !== name.length) continue;
          key ??= name.toLowerCase();
          if ((keys[k] ??= speakers[k].name.toLowerCase()) === key) break;
        }
        if (k === speakers.length) keys.push(key);
      }
    } else {
      const key = name.toLowerCase();
      k = byKey.get(key) ?? speakers.length;
      if (k === speakers.length) byKey.set(key, k);
    }
    if (k === speakers.length) {
      speakers.push({ name, title: s.title, organisation: s.organisation, quotes: NONE, mentions: NONE });
      counts.push(0);
      if (byKey === undefined && k + 1 === MANY_SPEAKERS) byKey = new Map(speakers.map((x, j) => [keys[j] ?? x.name.toLowerCase(), j]));
    }
    speakers[k].title ??= s.title;
    of[i] = k + 1;
    counts[k]++;
  }
  for (let k = 0; k < speakers.length; k++) speakers[k].quotes = new Array<number>(counts[k]);
  // counts[k] now counts down to where the speaker's next quotation goes.
  for (let i = quotes.length - 1; i >= 0; i--) if (of[i] > 0) speakers[of[i] - 1].quotes[--counts[of[i] - 1]] = i;
  for (let k = 0; k < speakers.length; k++) speakers[k].mentions = distinctMentions(quotes, speakers[k].quotes);
  return speakers;
}

/**
 * Copies of the mentions of the quotations `of` (indexes, in order) in order of their start, one per start
 * (the first given with that start): no span of an item is reached twice (see shiftItem).
 */
function distinctMentions(quotes: readonly Quote[], of: readonly number[]): TextSpan[] {
  const list = of.map((i) => quotes[i].speaker!.mention);
  // Mentions nearly always come in order already. A stable sort keeps the first mention of each start ahead
  // of the others with that start.
  if (list.some((m, i) => i > 0 && m.start < list[i - 1].start)) list.sort((a, b) => a.start - b.start);
  let n = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i].start !== list[i - 1].start) n++;
  // A list of its exact length: it is kept in the review.
  const out = new Array<TextSpan>(n);
  n = 0;
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    if (i === 0 || m.start !== list[i - 1].start) out[n++] = { start: m.start, end: m.end, text: m.text };
  }
  return out;
}

function runRules(item: Item, text: string, options: ReviewOptions, scan: ItemScan): Finding[] {
  const out: Finding[] = [];
  const accepted = acceptanceMatcher(options.accepted ?? []);
  for (const rule of rules) {
    const severity = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const f of rule.check(item, text, scan)) {
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
