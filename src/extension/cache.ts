// Per-document review cache. Items are independent, so a document is reviewed item by item: each item's
// review is cached under the item's text (offsets relative to the item) and shifted to where the item
// now sits. Typing in one item re-reviews that item only. Edits are debounced, and a review that is
// overtaken by a newer edit is abandoned between items. Pure (no `vscode` import): the extension adapts
// `TextDocument` to `ReviewSource`.
import { findItems, reviewItem } from '../core';
import type { Item, Review, ReviewOptions } from '../core/model';

/** The few things the cache needs from a document (a `vscode.TextDocument` has them). */
export interface ReviewSource {
  /** Increases with every change (live: read it again after waiting). */
  readonly version: number;
  getText(): string;
}

type ReviewItemFn = (itemText: string, options?: ReviewOptions) => Item;

/** A deep copy of `value` with every `{start, end}` offset pair moved by `delta`. */
export function shiftOffsets<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  return shift(value, delta) as T;
}

function shift(value: unknown, delta: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shift(v, delta));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) out[key] = shift(source[key], delta);
  if (typeof source.start === 'number' && typeof source.end === 'number') {
    out.start = source.start + delta;
    out.end = source.end + delta;
  }
  return out;
}

interface Entry {
  /** The review of the item text alone (offsets relative to the item). */
  relative: Item;
  /** The same, shifted to `at`, kept so an item that did not move is not copied again. */
  shifted: Item;
  at: number;
}

/** Reviews one document's text incrementally, reusing the reviews of items whose text did not change. */
export class ItemReviewer {
  private entries = new Map<string, Entry>();
  /** Number of items actually reviewed by the engine (for tests and tracing). */
  reviewedCount = 0;

  constructor(private readonly review: ReviewItemFn = reviewItem) {}

  /** Forget every cached item (the options changed). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Reviews the whole text now. */
  reviewText(text: string, options: ReviewOptions = {}): Review {
    const spans = findItems(text, options.wholeTextIsItem ?? false);
    const used = new Set<string>();
    const items = spans.map((span) => this.itemAt(text, span.start, span.end, options, used));
    this.prune(used);
    return { items };
  }

  /**
   * Reviews the whole text, yielding to the event loop whenever `sliceMs` of work has been done, and
   * giving up (returning undefined) as soon as `isStale()` says a newer text is waiting.
   */
  async reviewTextAsync(
    text: string,
    options: ReviewOptions,
    isStale: () => boolean,
    sliceMs = 10,
  ): Promise<Review | undefined> {
    const spans = findItems(text, options.wholeTextIsItem ?? false);
    const used = new Set<string>();
    const items: Item[] = [];
    let sliceStart = Date.now();
    for (const span of spans) {
      if (Date.now() - sliceStart >= sliceMs) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        sliceStart = Date.now();
      }
      if (isStale()) return undefined;
      items.push(this.itemAt(text, span.start, span.end, options, used));
    }
    this.prune(used);
    return { items };
  }

  private itemAt(text: string, start: number, end: number, options: ReviewOptions, used: Set<string>): Item {
    const itemText = text.slice(start, end);
    used.add(itemText);
    let entry = this.entries.get(itemText);
    if (!entry) {
      const relative = this.review(itemText, options);
      this.reviewedCount++;
      entry = { relative, shifted: shiftOffsets(relative, start), at: start };
      this.entries.set(itemText, entry);
    } else if (entry.at !== start) {
      entry.shifted = shiftOffsets(entry.relative, start);
      entry.at = start;
    }
    return entry.shifted;
  }

  private prune(used: Set<string>): void {
    if (this.entries.size <= used.size) return;
    for (const key of this.entries.keys()) if (!used.has(key)) this.entries.delete(key);
  }
}

interface DocumentState {
  reviewer: ItemReviewer;
  /** The review of `version`, when there is one. */
  review?: Review;
  version: number;
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped to abandon the review in flight. */
  generation: number;
}

/**
 * Reviews of open documents, keyed by a string (the document URI). `get` answers at once for the current
 * version (providers need that); `schedule` debounces edits and reports each finished review through
 * `onReview` (diagnostics and the status bar listen).
 */
export class ReviewStore {
  private docs = new Map<string, DocumentState>();
  private options: ReviewOptions;
  /** Called when a debounced review throws (the engine failed on some text). */
  onError?: (error: unknown) => void;
  /**
   * Options for one document (its `.wiredesk.json` merged with the settings), when they differ from the
   * store's. Call `setOptions` when what this answers changes, so cached items are dropped.
   */
  optionsFor?: (key: string) => ReviewOptions | undefined;

  constructor(
    options: ReviewOptions,
    private readonly onReview: (key: string, source: ReviewSource, review: Review) => void,
    public delayMs = 300,
    private readonly review: ReviewItemFn = reviewItem,
  ) {
    this.options = options;
  }

  /** New engine options: every cached item is stale. Returns the keys of the documents held. */
  setOptions(options: ReviewOptions): string[] {
    this.options = options;
    for (const state of this.docs.values()) {
      state.reviewer.clear();
      state.review = undefined;
      state.generation++;
      if (state.timer) clearTimeout(state.timer);
      state.timer = undefined;
    }
    return [...this.docs.keys()];
  }

  has(key: string): boolean {
    return this.docs.has(key);
  }

  /** The review of the source's current text, computed now if needed (cheap when few items changed). */
  get(key: string, source: ReviewSource): Review {
    const state = this.state(key);
    if (state.review && state.version === source.version) return state.review;
    const review = state.reviewer.reviewText(source.getText(), this.optionsFor?.(key) ?? this.options);
    state.review = review;
    state.version = source.version;
    return review;
  }

  /** The latest finished review, possibly of an older version (for displays that may lag a keystroke). */
  peek(key: string): Review | undefined {
    return this.docs.get(key)?.review;
  }

  /** Review now and report (a document was opened or the options changed). */
  reviewNow(key: string, source: ReviewSource): Review {
    const state = this.state(key);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    state.generation++;
    const review = this.get(key, source);
    this.onReview(key, source, review);
    return review;
  }

  /** The source changed: review it after `delayMs` of quiet, abandoning any review in flight. */
  schedule(key: string, source: ReviewSource): void {
    const state = this.state(key);
    state.generation++;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.run(key, state, source).catch((error: unknown) => this.onError?.(error));
    }, this.delayMs);
  }

  /** The document closed: stop its work and drop its cache. */
  forget(key: string): void {
    const state = this.docs.get(key);
    if (!state) return;
    state.generation++;
    if (state.timer) clearTimeout(state.timer);
    this.docs.delete(key);
  }

  dispose(): void {
    for (const key of [...this.docs.keys()]) this.forget(key);
  }

  private state(key: string): DocumentState {
    let state = this.docs.get(key);
    if (!state) {
      state = { reviewer: new ItemReviewer(this.review), version: -1, generation: 0 };
      this.docs.set(key, state);
    }
    return state;
  }

  private async run(key: string, state: DocumentState, source: ReviewSource): Promise<void> {
    const generation = ++state.generation;
    const version = source.version;
    let review: Review | undefined;
    if (state.review && state.version === version) {
      review = state.review; // a provider already reviewed this version
    } else {
      const stale = () => state.generation !== generation || source.version !== version || this.docs.get(key) !== state;
      review = await state.reviewer.reviewTextAsync(source.getText(), this.optionsFor?.(key) ?? this.options, stale);
      if (!review || stale()) return;
      state.review = review;
      state.version = version;
    }
    this.onReview(key, source, review);
  }
}
