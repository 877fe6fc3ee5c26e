// Per-document review cache. Items are independent, so a document is reviewed item by item: each item's
// review is kept (this cache's own copy) and moved to where the item now sits when it is read. The
// document is kept as its items' texts, so an edit reported by the editor is applied to the item it
// touches (and its neighbours, in case a header line changed): typing in one item re-reviews that item
// only; the items after it move, which costs nothing until one is read. Edits are debounced, and
// a review that is overtaken by a newer edit is abandoned between items; a long review yields to the
// event loop every few milliseconds. Pure (no `vscode` import): the extension adapts `TextDocument` to
// `ReviewSource` and passes its change events on.
import { findItems, reviewItem, shiftItem } from '../core';
import { MAX_ITEM_CHARS, tooLongItem } from './too-long';
import { english, type Translate } from './translate';
import type { Item, Review, ReviewOptions, Span } from '../core/model';

/** The few things the cache needs from a document (a `vscode.TextDocument` has them). */
export interface ReviewSource {
  /** Increases with every change (live: read it again after waiting). */
  readonly version: number;
  getText(): string;
}

/**
 * An edit as the editor reports it (VS Code's TextDocumentContentChangeEvent): [rangeOffset, rangeOffset +
 * rangeLength) of the text before it became `text`. The edits of one change event apply one after another.
 */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

type ReviewItemFn = (itemText: string, options?: ReviewOptions) => Item;

/** A line and a character, 0-based (a `vscode.Position` is one). */
interface LineCharacter {
  readonly line: number;
  readonly character: number;
}

/**
 * Where position `p` inside an item lands when the item, its text unchanged, moves from `from` to `to`
 * (the positions of its start): by whole lines, and by characters only on the item's first line (only
 * there can text stand before the item, after a line separator VS Code does not break at). Diagnostics,
 * outline symbols and the queue's summary move theirs with it.
 */
export function movedPosition(p: LineCharacter, from: LineCharacter, to: LineCharacter): LineCharacter {
  return { line: p.line + to.line - from.line, character: p.line === from.line ? p.character + to.character - from.character : p.character };
}

/**
 * Move every offset of an item by `delta`, in place: what the core's shiftItem does, without copying (an
 * edit moves every item after it, thousands in a feed, each when it is next read). Only for items that
 * reach no span twice: the engine's (test/core/review-shape.test.ts) and shiftItem's copies.
 * test/extension/cache-edits.test.ts checks both against a generic copy that moves every `{start, end}`.
 * Each kind of span is moved by its own statement (one object shape per site keeps this fast).
 */
export function moveItem(item: Item, delta: number): void {
  item.start += delta;
  item.end += delta;
  const header = item.header;
  if (header) {
    header.start += delta;
    header.end += delta;
  }
  const dateline = item.dateline;
  if (dateline) {
    dateline.start += delta;
    dateline.end += delta;
  }
  for (const p of item.paragraphs) {
    p.start += delta;
    p.end += delta;
    for (const s of p.sentences) {
      s.start += delta;
      s.end += delta;
    }
  }
  const disclaimer = item.disclaimer;
  if (disclaimer) {
    disclaimer.start += delta;
    disclaimer.end += delta;
    disclaimer.paragraph.start += delta;
    disclaimer.paragraph.end += delta;
  }
  const stamp = item.stamp;
  if (stamp) {
    stamp.start += delta;
    stamp.end += delta;
  }
  for (const q of item.quotes) {
    q.start += delta;
    q.end += delta;
    q.inner.start += delta;
    q.inner.end += delta;
    const speaker = q.speaker;
    if (speaker) {
      speaker.mention.start += delta;
      speaker.mention.end += delta;
      const cue = speaker.cue;
      if (cue) {
        cue.start += delta;
        cue.end += delta;
      }
      const basis = speaker.basis;
      if (basis) {
        basis.start += delta;
        basis.end += delta;
      }
    }
  }
  for (const s of item.speakers) {
    for (const m of s.mentions) {
      m.start += delta;
      m.end += delta;
    }
  }
  for (const f of item.findings) {
    f.start += delta;
    f.end += delta;
  }
}

/** The text last reviewed, as its items, kept so edits can be applied to the item they touch. */
interface Feed {
  wholeTextIsItem: boolean;
  /** Text before the first item (not an item). */
  prefix: string;
  texts: string[];
  starts: number[];
  /**
   * This cache's own copy of each item's review (undefined: to review), sitting at its `start`: moved to
   * `starts[k]` when it is read (placedItems). No span is shared with another copy, so it may be moved in place.
   */
  items: (Item | undefined)[];
  length: number;
}

/** Per review handed out: this cache's objects for its items and where each sits (itemKeys). */
const placements = new WeakMap<readonly Item[], { keys: readonly object[]; starts: readonly number[] }>();

/**
 * For a review this cache handed out: a key for each item (the same object while the item's text is
 * unchanged, wherever the item moves) and its start, read without moving any item. Undefined for a
 * review made elsewhere. Lets a consumer keep what it made of an item (diagnostics) across edits.
 */
export function itemKeys(review: Review): { keys: readonly object[]; starts: readonly number[] } | undefined {
  return placements.get(review.items);
}

/** `p` as an array index below `length`, or -1. */
function indexOf(p: string | symbol, length: number): number {
  if (typeof p !== 'string') return -1;
  const c = p.charCodeAt(0);
  const k = c >= 48 && c <= 57 ? +p : -1;
  return k < length && k % 1 === 0 ? k : -1;
}

/**
 * The review's items: an array (a Proxy over one) whose k-th item is moved to `starts[k]` when it is first
 * read. An edit moves every item after it, and most of them are not read before the next edit. Only the
 * newest review of `owner` moves this cache's objects in place; an older one reads copies (and items it
 * read before a newer review moved them show where they are now, as the newer review does).
 */
function placedItems(owner: { latest?: object }, own: Item[], starts: number[]): Item[] {
  const token = {};
  owner.latest = token;
  const out = new Array<Item | undefined>(own.length).fill(undefined);
  const place = (k: number): Item => {
    let item = own[k];
    const delta = starts[k] - item.start;
    if (delta !== 0) {
      if (owner.latest === token) moveItem(item, delta);
      else item = shiftItem(item, delta);
    }
    return (out[k] = item);
  };
  const items = new Proxy(out, {
    get(target, p) {
      const k = indexOf(p, target.length);
      return k < 0 ? Reflect.get(target, p) : (target[k] ?? place(k));
    },
    getOwnPropertyDescriptor(target, p) {
      const k = indexOf(p, target.length);
      if (k >= 0 && !target[k]) place(k);
      return Reflect.getOwnPropertyDescriptor(target, p);
    },
  }) as Item[];
  placements.set(items, { keys: own, starts });
  return items;
}

/** The items [from, to) of a feed that hold a review, by their text (indexes in order). */
function reusableItems(feed: Feed, from: number, to: number): Map<string, number[]> {
  const reusable = new Map<string, number[]>();
  for (let k = from; k < to; k++) {
    if (!feed.items[k]) continue;
    const list = reusable.get(feed.texts[k]);
    if (list) list.push(k);
    else reusable.set(feed.texts[k], [k]);
  }
  return reusable;
}

/** Index of the last start at or before `offset` (-1 when there is none). */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Yield to the event loop; resolves on a later turn. The extension's sliced work (reviews, diagnostics,
 * outlines) takes turns: one slice per turn, in the order they yielded, so slices that would fall due
 * together (a feed's first review lands, its diagnostics, outline and queue start) are not run back to back.
 */
export function yieldSlice(): Promise<void> {
  return new Promise((resolve) => {
    if (turns.push(resolve) === 1) setTimeout(nextTurn, 0);
  });
}

const turns: (() => void)[] = [];

function nextTurn(): void {
  turns.shift()!();
  if (turns.length > 0) setTimeout(nextTurn, 0);
}

/**
 * Lines read at once when a large document is read in pieces (about 50,000 characters of a wire feed). Not
 * more: V8 (11.3, Node 20) marks a string in no time whatever its length, takes that for its marking
 * speed, and caps its marking steps on the main thread by that speed; pieces of a megabyte overrate it
 * a thousandfold, and a step then holds the host for 60 ms (see docs/performance.md).
 */
const READ_LINES = 1024;

/**
 * findItems over a text given as pieces, yielding every `sliceMs`; undefined when `isStale()` says to stop.
 * Each piece but the last ends just after a line feed, so a header line is never cut and each piece starts
 * at a line start, where findItems looks for headers anyway.
 */
async function findItemsInSlices(pieces: readonly string[], wholeTextIsItem: boolean, isStale: () => boolean, sliceMs: number): Promise<Span[] | undefined> {
  const starts: number[] = [];
  let sliceStart = 0;
  let a = 0;
  for (const piece of pieces) {
    if (Date.now() - sliceStart >= sliceMs) {
      await yieldSlice();
      if (isStale()) return undefined;
      sliceStart = Date.now();
    }
    for (const span of findItems(piece, false)) starts.push(a + span.start);
    a += piece.length;
  }
  if (starts.length === 0) return wholeTextIsItem && a > 0 ? [{ start: 0, end: a }] : [];
  return starts.map((start, k) => ({ start, end: k + 1 < starts.length ? starts[k + 1] : a }));
}

/** `text` in pieces of about `chunk` characters, each but the last ending just after a line feed. */
function piecesOf(text: string, chunk: number): string[] {
  const pieces: string[] = [];
  for (let a = 0, b; a < text.length; a = b) pieces.push(text.slice(a, (b = text.indexOf('\n', a + chunk) + 1 || text.length)));
  return pieces;
}

/** Reviews one document's text incrementally, reusing the reviews of items whose text did not change. */
export class ItemReviewer {
  /** Reviews by item text: each is the copy one item of the feed holds (wherever it sits now). */
  #entries = new Map<string, Item>();
  #feed: Feed | undefined;
  /** The newest review handed out (placedItems). */
  #placing: { latest?: object } = {};
  /** Number of items actually reviewed by the engine (for tests and tracing). */
  reviewedCount = 0;
  /** Texts longer than this are searched for items a stretch of this length at a time (reviewTextAsync). */
  splitChunk = 1 << 20;
  /** Items longer than this are not reviewed (see too-long.ts). */
  maxItemChars = MAX_ITEM_CHARS;
  /** Translates the too-long notice (the extension sets vscode.l10n.t). */
  t: Translate = english;

  readonly #review: ReviewItemFn;

  constructor(review: ReviewItemFn = reviewItem) {
    this.#review = review;
  }

  /** Forget every review (the options changed). The text is kept: edits still apply, and it is not read again. */
  clear(): void {
    this.#entries.clear();
    this.#feed?.items.fill(undefined);
    this.#placing = {};
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Whether edits can be applied (a text was reviewed, and every edit since could be followed). */
  get hasText(): boolean {
    return this.#feed !== undefined;
  }

  /** How much text (characters) edits left to review: a paste may bring many items. */
  get editedLength(): number {
    const feed = this.#feed;
    if (!feed) return 0;
    let n = 0;
    for (let k = 0; k < feed.items.length; k++) if (!feed.items[k]) n += feed.texts[k].length;
    return n;
  }

  /** Reviews the whole text now. */
  reviewText(text: string, options: ReviewOptions = {}): Review {
    const feed = this.#split([text], options);
    this.#finish(feed, options, Infinity);
    this.#adopt(feed);
    return this.#current(feed);
  }

  /**
   * Reviews the whole text, yielding to the event loop whenever `sliceMs` of work has been done, and
   * giving up (returning undefined) as soon as `isStale()` says a newer text is waiting.
   */
  async reviewTextAsync(text: string | readonly string[], options: ReviewOptions, isStale: () => boolean, sliceMs = 10): Promise<Review | undefined> {
    // A long text is searched for items a piece at a time (a 20 MB feed takes tens of milliseconds); a
    // document read in pieces (ReviewStore.readLines) is never joined into one string (see #finish).
    const pieces = typeof text !== 'string' ? text : text.length > this.splitChunk ? piecesOf(text, this.splitChunk) : undefined;
    const spans = pieces && (await findItemsInSlices(pieces, options.wholeTextIsItem ?? false, isStale, sliceMs));
    if (pieces) await yieldSlice(); // the reviews start on a slice of their own
    if (pieces && (!spans || isStale())) return undefined;
    const feed = this.#split(pieces ?? [text as string], options, spans);
    while (!this.#finish(feed, options, Date.now() + sliceMs)) {
      await yieldSlice();
      if (isStale()) return undefined;
    }
    if (isStale()) return undefined;
    this.#adopt(feed);
    return this.#current(feed);
  }

  /**
   * Apply an editor's edits to the text last reviewed. False when that cannot be done (no text reviewed
   * yet, or an edit outside it): review the whole text again then.
   */
  applyChanges(changes: readonly TextChange[]): boolean {
    for (const change of changes) {
      if (!this.#feed || !this.#applyChange(this.#feed, change)) {
        this.#feed = undefined;
        return false;
      }
    }
    return this.#feed !== undefined;
  }

  /** The review of the text as edited (applyChanges): only items whose text changed are reviewed. */
  reviewEdited(options: ReviewOptions = {}): Review {
    const feed = this.#refit(options);
    if (!feed) throw new Error('reviewEdited: no text to review');
    this.#finish(feed, options, Infinity);
    return this.#current(feed);
  }

  /** reviewEdited, yielding every `sliceMs` (a paste may bring many items); undefined when stale. */
  async reviewEditedAsync(options: ReviewOptions, isStale: () => boolean, sliceMs = 10): Promise<Review | undefined> {
    for (;;) {
      const feed = this.#refit(options);
      if (!feed || isStale()) return undefined;
      if (this.#finish(feed, options, Date.now() + sliceMs)) return this.#current(feed);
      await yieldSlice();
    }
  }

  /** The text held, split again if `options` split it otherwise (wholeTextIsItem). */
  #refit(options: ReviewOptions): Feed | undefined {
    const feed = this.#feed;
    if (feed && feed.wholeTextIsItem !== (options.wholeTextIsItem ?? false)) this.#feed = this.#split([feed.prefix + feed.texts.join('')], options);
    return this.#feed;
  }

  /** The text (its pieces) as items, reusing this cache's copies of items whose text is unchanged. */
  #split(pieces: readonly string[], options: ReviewOptions, found?: Span[]): Feed {
    const wholeTextIsItem = options.wholeTextIsItem ?? false;
    const spans = found ?? findItems(pieces.join(''), wholeTextIsItem);
    // [start, end) of the text, the spans in order: `at` is where piece `p` starts.
    let p = 0;
    let at = 0;
    const slice = (start: number, end: number): string => {
      while (p < pieces.length - 1 && at + pieces[p].length <= start) at += pieces[p++].length;
      let s = '';
      for (let q = p, o = at; q < pieces.length && o < end; o += pieces[q++].length) s += pieces[q].slice(Math.max(0, start - o), end - o);
      return s;
    };
    const length = pieces.reduce((n, piece) => n + piece.length, 0);
    const old = this.#feed;
    const reusable = old ? reusableItems(old, 0, old.texts.length) : undefined;
    const feed: Feed = {
      wholeTextIsItem,
      prefix: slice(0, spans.length > 0 ? spans[0].start : length),
      texts: [],
      starts: [],
      items: [],
      length,
    };
    for (const span of spans) {
      const itemText = slice(span.start, span.end);
      const k = reusable?.get(itemText)?.shift();
      feed.texts.push(k === undefined ? itemText : old!.texts[k]);
      feed.starts.push(span.start);
      feed.items.push(k === undefined ? undefined : old!.items[k]);
    }
    return feed;
  }

  /** Review the items not reviewed yet; false when `deadline` (Date.now()) came first (after one item at least). */
  #finish(feed: Feed, options: ReviewOptions, deadline: number): boolean {
    const { items, texts, starts } = feed;
    let done = 0;
    for (let k = 0; k < items.length; k++) {
      if (items[k]) continue;
      if (deadline !== Infinity && done++ > 0 && Date.now() >= deadline) return false;
      // The item's text, kept as a copy of its own: a slice of the whole text read would keep that one
      // string (tens of megabytes) alive, and V8 (11.3, Node 20) takes the time it marks such a string in
      // for its marking speed, and caps its marking steps on the main thread by that speed (see
      // docs/performance.md): with the speed overrated a thousandfold, one step can hold the host 100 ms.
      const itemText = (texts[k] = (' ' + texts[k]).slice(1));
      const seen = this.#entries.get(itemText);
      if (seen) {
        // The same text elsewhere in the feed: a copy of its own.
        items[k] = shiftItem(seen, starts[k] - seen.start);
        continue;
      }
      // An item too long to review without holding the editor is not reviewed, and says so (too-long.ts).
      const review = itemText.length > this.maxItemChars ? tooLongItem(itemText, this.maxItemChars, this.t) : this.#review(itemText, options);
      this.reviewedCount++;
      // The engine's review, moved to its place: it reaches no span twice (test/core/review-shape.test.ts),
      // so it can be moved in place, now and after later edits (no copy of every new item).
      moveItem(review, starts[k]);
      items[k] = review;
      this.#entries.set(itemText, review);
    }
    return true;
  }

  /** Make `feed` the text of record, dropping cached reviews of item texts no longer in it. */
  #adopt(feed: Feed): void {
    this.#feed = feed;
    if (this.#entries.size > feed.texts.length) {
      const used = new Set(feed.texts);
      for (const key of this.#entries.keys()) if (!used.has(key)) this.#entries.delete(key);
    }
  }

  /** The review of a finished feed: each item is moved to where it sits now when it is read. */
  #current(feed: Feed): Review {
    return { items: placedItems(this.#placing, feed.items.slice() as Item[], feed.starts.slice()) };
  }

  /**
   * Apply one edit: the items it touches, with the item before them (a header line deleted merges an item
   * into the one above), are split again from their edited text; the items after move (their starts: the
   * items themselves move when read). False when the edit does not fit the text.
   */
  #applyChange(feed: Feed, change: TextChange): boolean {
    const a = change.rangeOffset;
    const b = a + change.rangeLength;
    if (!(a >= 0 && a <= b && b <= feed.length)) return false;
    const n = feed.texts.length;
    const i = lastAtOrBefore(feed.starts, a);
    const j = lastAtOrBefore(feed.starts, b);
    // The region: from the item before the first touched one (or the start of the text) to the start of the
    // item after the last touched one. Items after it keep their header lines and the line break before
    // them, so they stay items.
    const withPrefix = i <= 0;
    const r0 = withPrefix ? 0 : i - 1;
    const r1 = j + 1;
    const regionStart = withPrefix ? 0 : feed.starts[r0];
    let old = withPrefix ? feed.prefix : '';
    for (let k = r0; k < r1; k++) old += feed.texts[k];
    const region = old.slice(0, a - regionStart) + change.text + old.slice(b - regionStart);
    const spans = findItems(region, withPrefix && r1 === n && feed.wholeTextIsItem);
    if (!withPrefix && (spans.length === 0 || spans[0].start !== 0)) return false;
    const delta = change.text.length - (b - a);

    const reusable = reusableItems(feed, r0, r1);
    const texts: string[] = [];
    const starts: number[] = [];
    const items: (Item | undefined)[] = [];
    for (const span of spans) {
      const itemText = region.slice(span.start, span.end);
      const at = regionStart + span.start;
      const k = reusable.get(itemText)?.shift();
      texts.push(itemText);
      starts.push(at);
      items.push(k === undefined ? undefined : feed.items[k]);
    }
    for (const list of reusable.values()) for (const k of list) this.#entries.delete(feed.texts[k]);
    for (let k = r1; k < n; k++) feed.starts[k] += delta;
    feed.texts.splice(r0, r1 - r0, ...texts);
    feed.starts.splice(r0, r1 - r0, ...starts);
    feed.items.splice(r0, r1 - r0, ...items);
    if (withPrefix) feed.prefix = region.slice(0, spans.length > 0 ? spans[0].start : region.length);
    feed.length += delta;
    return true;
  }
}

interface DocumentState {
  reviewer: ItemReviewer;
  /** The review of `version`, when there is one. */
  review?: Review;
  version: number;
  /** The version of the text the reviewer holds (edits applied), -1 when it holds none it can use. */
  textVersion: number;
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped to abandon the review in flight. */
  generation: number;
  /** The options (as JSON) the reviewer's items are reviewed with. */
  options: string;
  /** The review in flight (debounced, or of a large document just opened): its version and generation. */
  pending?: { version: number; generation: number; promise: Promise<Review | undefined> };
}

/**
 * Reviews of open documents, keyed by a string (the document URI). `get` answers at once for the current
 * version (providers need that); `schedule` takes the editor's edits as they come (cheap: the edited item
 * is marked, the items after it move), debounces the review and reports each finished review through
 * `onReview` (diagnostics and the status bar listen). A document larger than `syncLimit` is never
 * reviewed whole in one go: `reviewNow` and `current` start a review in slices instead, and `ready`
 * waits for it.
 */
export class ReviewStore {
  #docs = new Map<string, DocumentState>();
  #options: ReviewOptions;
  /** Called when a debounced review throws (the engine failed on some text). */
  onError?: (error: unknown) => void;
  /**
   * Options for one document (its `.wiredesk.json` merged with the settings), when they differ from the
   * store's. Call `setOptions` when what this answers changes, so cached items are dropped.
   */
  optionsFor?: (key: string) => ReviewOptions | undefined;
  /** Texts up to this many characters may be reviewed whole at once (a few milliseconds); longer ones in slices. */
  syncLimit = 256 * 1024;
  /**
   * Work done between two yields to the event loop in a sliced review (ms). 5, as the diagnostics', the
   * outline's and the queue's slices: while V8 marks a large heap its helper threads share the CPUs with
   * the main thread, and a slice then takes two to three times its length on the wall clock.
   */
  sliceMs = 5;
  /** Translates the notices the store writes itself (the engine's findings stay English); the extension sets vscode.l10n.t. */
  t: Translate = english;
  /**
   * The source's length without reading its text (the extension: a document's offset of its end). Then a
   * large document just opened is read in its review's first slice, not in the handler that opened it.
   */
  lengthOf?: (source: ReviewSource) => number;
  /**
   * Lines [from, from + count) of the source's text with their line breaks; undefined from past its end
   * (the extension: `getText(range)`). Then a large document is read a piece per slice, not whole at once.
   */
  readLines?: (source: ReviewSource, from: number, count: number) => string | undefined;

  /** Quiet time after the last edit before the review (ms). */
  delayMs: number;
  readonly #onReview: (key: string, source: ReviewSource, review: Review) => void;
  readonly #review: ReviewItemFn;

  constructor(options: ReviewOptions, onReview: (key: string, source: ReviewSource, review: Review) => void, delayMs = 300, review: ReviewItemFn = reviewItem) {
    this.#options = options;
    this.#onReview = onReview;
    this.delayMs = delayMs;
    this.#review = review;
  }

  /**
   * New engine options: the documents whose options (optionsFor's, else these) are not the ones their items
   * were reviewed with drop their cached items (the texts are kept). A change that leaves a document's
   * options as they were (another setting, a configuration search that found nothing) keeps its review:
   * re-reviewing a 20 MB feed costs seconds. Returns the keys of the documents that dropped theirs.
   */
  setOptions(options: ReviewOptions): string[] {
    this.#options = options;
    const dropped: string[] = [];
    for (const [key, state] of this.#docs) {
      const now = JSON.stringify(this.#optionsOf(key));
      if (now === state.options) continue;
      state.options = now;
      state.reviewer.clear();
      state.review = undefined;
      state.generation++;
      clearTimeout(state.timer);
      state.timer = undefined;
      dropped.push(key);
    }
    return dropped;
  }

  has(key: string): boolean {
    return this.#docs.has(key);
  }

  /**
   * The review of the source's current text, computed now if needed: cheap after edits (only the edited
   * items), but a whole review for a text not seen yet, whatever its size (see `current`).
   */
  get(key: string, source: ReviewSource): Review {
    return this.#reviewSync(key, this.#state(key), source);
  }

  /**
   * The review of the current text when it can be had without a long wait: undefined while a large
   * document's first review is under way in slices (it is started if need be; `onReview` tells when).
   */
  current(key: string, source: ReviewSource): Review | undefined {
    const state = this.#state(key);
    if (state.review && state.version === source.version) return state.review;
    if (this.#inFlight(state, source)) return undefined;
    if (state.textVersion === source.version && state.reviewer.hasText) {
      if (state.reviewer.editedLength <= this.syncLimit) return this.#reviewSync(key, state, source);
      void this.#start(key, state, source);
      return undefined;
    }
    if ((this.lengthOf?.(source) ?? 0) > this.syncLimit) {
      void this.#start(key, state, source);
      return undefined;
    }
    const text = source.getText();
    if (text.length <= this.syncLimit) return this.#reviewSync(key, state, source, text);
    void this.#start(key, state, source, text);
    return undefined;
  }

  /** The review of the current text, waiting for a sliced review when one is needed (for providers). */
  async ready(key: string, source: ReviewSource): Promise<Review | undefined> {
    // A review in flight may be overtaken by another of the same text (new options, the document opened
    // again): then wait for that one, as long as the text is the same.
    for (let attempt = 0; attempt < 8; attempt++) {
      const version = source.version;
      const now = this.current(key, source);
      if (now) return now;
      const state = this.#docs.get(key);
      if (!state || !this.#inFlight(state, source)) return undefined;
      const review = await state.pending!.promise;
      if (review && source.version === version) return review;
      if (source.version !== version || this.#docs.get(key) !== state) return undefined;
    }
    return undefined;
  }

  /** Whether a review of the source's current text is under way in the background (a large document). */
  reviewing(key: string, source: ReviewSource): boolean {
    const state = this.#docs.get(key);
    return state !== undefined && this.#inFlight(state, source);
  }

  /** The latest finished review, possibly of an older version (for displays that may lag a keystroke). */
  peek(key: string): Review | undefined {
    return this.#docs.get(key)?.review;
  }

  /** The document version `peek` answers for (a command given its offsets checks the document is still at it). */
  peekVersion(key: string): number | undefined {
    const state = this.#docs.get(key);
    return state?.review ? state.version : undefined;
  }

  /**
   * Review now and report (a document was opened or the options changed). A large document is reviewed
   * in slices and reported when done: then this returns undefined.
   */
  reviewNow(key: string, source: ReviewSource): Review | undefined {
    const state = this.#state(key);
    clearTimeout(state.timer);
    state.timer = undefined;
    state.generation++;
    const review = this.current(key, source);
    if (review) this.#onReview(key, source, review);
    return review;
  }

  /**
   * The source changed: apply its edits (`changes`, as the editor reported them; without them the whole
   * text is read again) and review it after `delayMs` of quiet, abandoning any review in flight.
   */
  schedule(key: string, source: ReviewSource, changes?: readonly TextChange[]): void {
    const state = this.#state(key);
    if (state.textVersion !== source.version) {
      // Edits apply to the text of the version just before, and only when every version was seen.
      const follows = changes !== undefined && state.textVersion >= 0 && source.version === state.textVersion + 1;
      state.textVersion = follows && state.reviewer.applyChanges(changes) ? source.version : -1;
    }
    state.generation++;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      // A provider may have started this version's review already (ready()).
      if (!this.#inFlight(state, source)) void this.#start(key, state, source);
    }, this.delayMs);
  }

  /** The document closed: stop its work and drop its cache. */
  forget(key: string): void {
    const state = this.#docs.get(key);
    if (!state) return;
    state.generation++;
    clearTimeout(state.timer);
    this.#docs.delete(key);
  }

  dispose(): void {
    for (const key of [...this.#docs.keys()]) this.forget(key);
  }

  #state(key: string): DocumentState {
    let state = this.#docs.get(key);
    if (!state) {
      const reviewer = new ItemReviewer(this.#review);
      reviewer.t = this.t;
      state = { reviewer, version: -1, textVersion: -1, generation: 0, options: JSON.stringify(this.#optionsOf(key)) };
      this.#docs.set(key, state);
    }
    return state;
  }

  /** Whether a review of the source's current version is under way and still wanted. */
  #inFlight(state: DocumentState, source: ReviewSource): boolean {
    return state.pending !== undefined && state.pending.version === source.version && state.pending.generation === state.generation;
  }

  #optionsOf(key: string): ReviewOptions {
    return this.optionsFor?.(key) ?? this.#options;
  }

  #reviewSync(key: string, state: DocumentState, source: ReviewSource, text?: string): Review {
    const version = source.version;
    if (state.review && state.version === version) return state.review;
    let review: Review;
    if (state.textVersion === version && state.reviewer.hasText) {
      review = state.reviewer.reviewEdited(this.#optionsOf(key));
    } else {
      review = state.reviewer.reviewText(text ?? source.getText(), this.#optionsOf(key));
      state.textVersion = version;
    }
    state.review = review;
    state.version = version;
    return review;
  }

  /**
   * The source's text, read a piece at a time (readLines) with yields between, or at once; undefined when
   * stale. The pieces are not joined (see ItemReviewer.#finish on strings of tens of megabytes).
   */
  async #read(source: ReviewSource, stale: () => boolean): Promise<string | string[] | undefined> {
    if (!this.readLines) return source.getText();
    const pieces: string[] = [];
    let until = Date.now() + this.sliceMs;
    for (let line = 0, piece; (piece = this.readLines(source, line, READ_LINES)) !== undefined; line += READ_LINES) {
      pieces.push(piece);
      if (Date.now() < until) continue;
      await yieldSlice();
      if (stale()) return undefined;
      until = Date.now() + this.sliceMs;
    }
    return pieces;
  }

  /** Run a review now (in slices), reporting it when done; the promise is kept for `ready`. */
  #start(key: string, state: DocumentState, source: ReviewSource, text?: string): Promise<Review | undefined> {
    const version = source.version;
    // run() takes its generation before its first await: that is the generation of this review.
    const promise = this.#run(key, state, source, text).catch((error: unknown) => {
      this.onError?.(error);
      return undefined;
    });
    state.pending = { version, generation: state.generation, promise };
    void promise.then(() => {
      if (state.pending?.promise === promise) state.pending = undefined;
    });
    return promise;
  }

  async #run(key: string, state: DocumentState, source: ReviewSource, text?: string): Promise<Review | undefined> {
    const generation = ++state.generation;
    const version = source.version;
    let review: Review | undefined;
    if (state.review && state.version === version) {
      review = state.review; // a provider already reviewed this version
    } else {
      const stale = () => state.generation !== generation || source.version !== version || this.#docs.get(key) !== state;
      const options = this.#optionsOf(key);
      const started = Date.now();
      if (state.textVersion === version && state.reviewer.hasText) {
        review = await state.reviewer.reviewEditedAsync(options, stale, this.sliceMs);
      } else {
        // A large text (a feed just opened): the first slice waits for the next turn of the event loop, so
        // the handler that asked (the document opening) returns at once, and it is read in pieces if it
        // was not read yet (the host joins every line for a getText(): tens of milliseconds).
        let whole: string | string[] | undefined = text;
        if ((text?.length ?? this.lengthOf?.(source) ?? 0) > this.syncLimit) {
          await yieldSlice();
          if (!stale()) whole ??= await this.#read(source, stale);
          if (whole === undefined || stale()) return undefined;
        }
        whole ??= source.getText();
        review = await state.reviewer.reviewTextAsync(whole, options, stale, this.sliceMs);
        if (review && !stale()) state.textVersion = version;
      }
      if (!review || stale()) return undefined;
      state.review = review;
      state.version = version;
      // A review that took several slices ended its last one reviewing: it is reported on the next turn.
      if (Date.now() - started > this.sliceMs) {
        await yieldSlice();
        if (stale()) return undefined;
      }
    }
    this.#onReview(key, source, review);
    return review;
  }
}
