// The review queue across the workspace, as plain data. Pure (no `vscode` import): queue.ts scans files
// and feeds reviews in, the tree views, navigation commands, workspace diagnostics and workspace symbols
// read from here.
//
// Each wire file is summarised once per review (not kept whole): its items (date, dateline, first words,
// group), its speakers and quotations (with line and column), and its findings. An update replaces one
// file's summary, so edits and file events never rescan the workspace.
import type { Item, Review, Severity } from '../core/model';
import { itemKeys, movedPosition } from './cache';
import { clipWords, quoteLabel } from './locate';
import { itemName } from './outline-tree';
import { english, type Translate } from './translate';

export type QueueGroup = 'unreviewed' | 'problems' | 'reviewed';
export const QUEUE_GROUPS: readonly QueueGroup[] = ['unreviewed', 'problems', 'reviewed'];

export interface Position0 {
  line: number;
  character: number;
}

export interface RangeSummary {
  start: Position0;
  end: Position0;
}

export interface QueueEntry {
  /** The file's key (a URI string). */
  uri: string;
  /** The path shown (workspace-relative). */
  path: string;
  /** Index of the item in its file. */
  index: number;
  /** Offset of the item's start, and the position of its header (where "open" puts the cursor). */
  start: number;
  at: Position0;
  date?: string;
  dateline?: string;
  /** `2025-11-01 · Gyeongju, Nov 1`, or `Undated item`. */
  name: string;
  /** The first words of the lede. */
  firstWords: string;
  group: QueueGroup;
  /** Carries a syndication disclaimer (Mark item as reviewed can clear it). */
  disclaimer: boolean;
  reviewer?: string;
  /** Findings at warning or error, other than the item being unreviewed. */
  problems: number;
  findings: number;
}

export interface QuoteSummary {
  label: string;
  kind: string;
  range: RangeSummary;
}

export interface SpeakerSummary {
  name: string;
  title?: string;
  organisation: boolean;
  /** Index of the item in its file. */
  item: number;
  /** Where the speaker is first named in that item. */
  range: RangeSummary;
  quotes: QuoteSummary[];
}

export interface FindingSummary {
  rule: string;
  severity: Severity;
  message: string;
  range: RangeSummary;
}

export interface FileSummary {
  uri: string;
  path: string;
  entries: QueueEntry[];
  speakers: SpeakerSummary[];
  findings: FindingSummary[];
}

/** Which group an item belongs to: not reviewed first, then reviewed with problems, then the rest. */
export function groupOf(item: Item): QueueGroup {
  if (!item.reviewed) return 'unreviewed';
  const problems = item.findings.some((f) => f.rule !== 'unreviewed-item' && isProblem(f.severity));
  return problems ? 'problems' : 'reviewed';
}

function isProblem(severity: Severity): boolean {
  return severity === 'warning' || severity === 'error';
}

/** The lede's first words: after the header and dateline, up to `maxWords`, with `…` when cut. */
/** The text of a file, or a way to read a stretch of it (an open document need not be read whole). */
export type TextSource = string | { slice(start: number, end: number): string };

export function firstWords(text: TextSource, item: Item, maxWords = 8, maxChars = 60): string {
  const first = item.paragraphs[0];
  let from = item.dateline?.end ?? item.header?.end ?? item.start;
  const to = first ? Math.max(first.end, from) : item.end;
  if (first && from < first.start) from = first.start;
  const flat = text
    .slice(from, Math.min(to, from + 600))
    .replace(/^[\s\-–—:]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clipWords(flat.split(' ').filter((w) => w), maxWords, maxChars).text;
}

/**
 * A copy of a string that does not keep the text it was cut from alive (V8 keeps a slice's whole parent
 * string: 10,000 summaries would otherwise hold every file's text).
 */
export function detach(s: string): string;
export function detach(s: string | undefined): string | undefined;
export function detach(s: string | undefined): string | undefined {
  return s === undefined ? undefined : (' ' + s).slice(1);
}

/** Summarises one reviewed file. `positionAt` converts an offset of `text` to a 0-based line and character. */
export function summarise(
  uri: string,
  path: string,
  text: string,
  review: Review,
  positionAt: (offset: number) => Position0,
  t: Translate = english,
): FileSummary {
  const steps = summariseSteps(uri, path, text, review, positionAt, t);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** One item's part of a file summary, and where the item started when it was made. */
export interface ItemPart {
  at: Position0;
  entry: QueueEntry;
  speakers: SpeakerSummary[];
  findings: FindingSummary[];
}

/**
 * `part` for an item whose text is unchanged and that now is the `index`-th, starting at offset `start`
 * and position `at`; its positions move with it (movedPosition). A new object: the old one may belong to
 * the summary the model holds.
 */
function movedPart(part: ItemPart, at: Position0, index: number, start: number): ItemPart {
  const entry = { ...part.entry, index, start };
  if (at.line === part.at.line && at.character === part.at.character) {
    const speakers = part.speakers[0]?.item === index ? part.speakers : part.speakers.map((s) => ({ ...s, item: index }));
    return { at, entry, speakers, findings: part.findings };
  }
  const pos = (p: Position0): Position0 => movedPosition(p, part.at, at);
  const range = (r: RangeSummary): RangeSummary => ({ start: pos(r.start), end: pos(r.end) });
  entry.at = pos(entry.at);
  return {
    at,
    entry,
    speakers: part.speakers.map((s) => ({ ...s, item: index, range: range(s.range), quotes: s.quotes.map((q) => ({ ...q, range: range(q.range) })) })),
    findings: part.findings.map((f) => ({ ...f, range: range(f.range) })),
  };
}

/**
 * The same, one item per step: a caller can stop between items and go on later (a 20 MB feed has
 * thousands of items; summarising them in one go would hold the extension host for a second). With
 * `kept`, each item's part is kept by the review cache's key for the item (itemKeys: the same while the
 * item's text is unchanged) and reused after an edit, moved; the items are then read (and moved into
 * place by the cache) only when their part is made.
 */
export function* summariseSteps(
  uri: string,
  path: string,
  text: TextSource,
  review: Review,
  positionAt: (offset: number) => Position0,
  t: Translate = english,
  kept?: WeakMap<object, ItemPart>,
): Generator<void, FileSummary> {
  const range = (s: { start: number; end: number }): RangeSummary => ({ start: positionAt(s.start), end: positionAt(s.end) });
  const entries: QueueEntry[] = [];
  const speakers: SpeakerSummary[] = [];
  const findings: FindingSummary[] = [];
  const make = (item: Item, index: number): ItemPart => {
    const headerAt = item.header?.start ?? item.start;
    const problems = item.findings.filter((f) => f.rule !== 'unreviewed-item' && isProblem(f.severity)).length;
    const entry: QueueEntry = {
      uri,
      path,
      index,
      start: item.start,
      at: positionAt(headerAt),
      date: detach(item.date),
      dateline: detach(item.dateline?.text.replace(/[\s\-–—:]+$/, '').trim()),
      name: detach(itemName(item, t)),
      firstWords: detach(firstWords(text, item)),
      group: groupOf(item),
      disclaimer: !!item.disclaimer,
      reviewer: detach(item.stamp?.reviewer),
      problems,
      findings: item.findings.length,
    };
    const own: SpeakerSummary[] = [];
    for (const speaker of item.speakers) {
      const quotes = speaker.quotes
        .filter((k) => k >= 0 && k < item.quotes.length)
        .map((k) => item.quotes[k])
        .map((q) => ({ label: detach(quoteLabel(q)), kind: q.kind, range: range(q) }));
      if (quotes.length === 0) continue;
      const mention = speaker.mentions[0] ?? item.quotes[speaker.quotes[0]]?.speaker?.mention;
      own.push({
        name: detach(speaker.name.trim() || t('Unnamed speaker')),
        title: detach(speaker.title),
        organisation: speaker.organisation,
        item: index,
        range: mention ? range(mention) : quotes[0].range,
        quotes,
      });
    }
    const ownFindings = item.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: detach(f.message), range: range(f) }));
    return { at: positionAt(item.start), entry, speakers: own, findings: ownFindings };
  };
  const placed = kept ? itemKeys(review) : undefined;
  for (let index = 0; index < review.items.length; index++) {
    let part: ItemPart | undefined;
    if (placed) {
      const key = placed.keys[index];
      const start = placed.starts[index];
      part = kept!.get(key);
      if (!part) part = make(review.items[index], index);
      else {
        const at = positionAt(start);
        if (part.entry.index !== index || part.entry.start !== start || part.at.line !== at.line || part.at.character !== at.character) part = movedPart(part, at, index, start);
      }
      kept!.set(key, part);
    } else part = make(review.items[index], index);
    entries.push(part.entry);
    for (const s of part.speakers) speakers.push(s);
    for (const f of part.findings) findings.push(f);
    yield;
  }
  return { uri, path, entries, speakers, findings };
}

function compareEntries(a: QueueEntry, b: QueueEntry): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.start - b.start;
}

export interface QueueCounts {
  unreviewed: number;
  problems: number;
  reviewed: number;
  files: number;
}

/** The queue: every summarised wire file, grouped and ordered (by path, then position in the file). */
export class QueueModel {
  readonly #files = new Map<string, FileSummary>();
  #sorted?: Record<QueueGroup, QueueEntry[]>;
  /** Bumped on every change (views and caches compare it). */
  version = 0;

  /** Replaces one file's summary (a file with no items is removed). Returns whether anything changed. */
  set(summary: FileSummary): boolean {
    const before = this.#files.get(summary.uri);
    if (summary.entries.length === 0) return this.delete(summary.uri);
    if (before && sameSummary(before, summary)) {
      this.#files.set(summary.uri, summary); // positions of quotes may differ: keep the newest
      return false;
    }
    this.#files.set(summary.uri, summary);
    this.#changed();
    return true;
  }

  delete(uri: string): boolean {
    if (!this.#files.delete(uri)) return false;
    this.#changed();
    return true;
  }

  clear(): void {
    if (this.#files.size === 0) return;
    this.#files.clear();
    this.#changed();
  }

  has(uri: string): boolean {
    return this.#files.has(uri);
  }

  file(uri: string): FileSummary | undefined {
    return this.#files.get(uri);
  }

  allFiles(): IterableIterator<FileSummary> {
    return this.#files.values();
  }

  #changed(): void {
    this.#sorted = undefined;
    this.version++;
  }

  /** The entries of each group, in queue order. */
  groups(): Record<QueueGroup, QueueEntry[]> {
    if (!this.#sorted) {
      const out: Record<QueueGroup, QueueEntry[]> = { unreviewed: [], problems: [], reviewed: [] };
      for (const file of this.#files.values()) for (const e of file.entries) out[e.group].push(e);
      for (const g of QUEUE_GROUPS) out[g].sort(compareEntries);
      this.#sorted = out;
    }
    return this.#sorted;
  }

  counts(): QueueCounts {
    const g = this.groups();
    return { unreviewed: g.unreviewed.length, problems: g.problems.length, reviewed: g.reviewed.length, files: this.#files.size };
  }

  /**
   * The next (or previous) unreviewed item after the position `(uri, offset)`, in queue order, wrapping
   * around. From inside an item, "next" is the one after it and "previous" the one before it. Positions
   * in files outside the queue count by their path.
   */
  nextUnreviewed(from: { uri: string; path: string; offset: number } | undefined, direction: 1 | -1): QueueEntry | undefined {
    const list = this.groups().unreviewed;
    if (list.length === 0) return undefined;
    if (!from) return direction === 1 ? list[0] : list[list.length - 1];
    // The start of the item the position is in (so "previous" from inside an item skips that item).
    const file = this.#files.get(from.uri);
    const path = file?.path ?? from.path;
    let current = from.offset;
    if (file) {
      for (const e of file.entries) if (e.start <= from.offset) current = e.start;
    }
    const before = (e: QueueEntry) => e.path < path || (e.path === path && e.start < current);
    const after = (e: QueueEntry) => e.path > path || (e.path === path && e.start > current);
    if (direction === 1) return list.find(after) ?? list[0];
    for (let k = list.length - 1; k >= 0; k--) if (before(list[k])) return list[k];
    return list[list.length - 1];
  }
}

/** Same items in the same groups with the same rows (what the tree shows). */
function sameSummary(a: FileSummary, b: FileSummary): boolean {
  if (a.path !== b.path || a.entries.length !== b.entries.length) return false;
  for (let k = 0; k < a.entries.length; k++) {
    const x = a.entries[k];
    const y = b.entries[k];
    if (
      x.start !== y.start ||
      x.at.line !== y.at.line ||
      x.group !== y.group ||
      x.name !== y.name ||
      x.firstWords !== y.firstWords ||
      x.disclaimer !== y.disclaimer ||
      x.problems !== y.problems ||
      x.findings !== y.findings
    ) {
      return false;
    }
  }
  return a.speakers.length === b.speakers.length && a.speakers.every((s, k) => s.name === b.speakers[k].name && s.quotes.length === b.speakers[k].quotes.length);
}
