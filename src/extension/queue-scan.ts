// Scanning files for the review queue without blocking: files are read a few at a time (asynchronous
// reads), and the reviewing yields to the event loop whenever it has worked for `sliceMs`. Pure (no
// `vscode` import, no Node API): the extension passes `vscode.workspace.fs` reads, the benchmark script
// (scripts/bench-queue-scan.ts) passes Node's, and both run the same code.
import { isWireText, lineIndex, reviewText, type ReviewOptions } from '../core';
import { summarise, type FileSummary } from './queue-model';
import { english, type Translate } from './translate';

/** Largest file the queue reviews (a bigger "wire file" is almost certainly something else). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');

/**
 * The summary of one file's bytes, or undefined when it is not a wire file (no header on its first
 * non-blank line, binary, too large).
 */
export function summariseBytes(
  uri: string,
  path: string,
  bytes: Uint8Array,
  options: ReviewOptions,
  t: Translate = english,
): FileSummary | undefined {
  if (bytes.length > MAX_FILE_BYTES) return undefined;
  const head = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (head.includes(0)) return undefined;
  // Cheap test on the head first: most files in a workspace are not wire items.
  if (!isWireText(decoder.decode(head))) return undefined;
  let text = decoder.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return summariseText(uri, path, text, options, t);
}

export function summariseText(
  uri: string,
  path: string,
  text: string,
  options: ReviewOptions,
  t: Translate = english,
): FileSummary | undefined {
  if (!isWireText(text)) return undefined;
  const review = reviewText(text, { ...options, wholeTextIsItem: false });
  if (review.items.length === 0) return undefined;
  const lines = lineIndex(text);
  return summarise(uri, path, text, review, (offset) => lines.positionAt(offset), t);
}

export interface ScanSource<F> {
  key(file: F): string;
  path(file: F): string;
  read(file: F): Promise<Uint8Array>;
  /** Left out (git-ignored, a config's ignore glob): not read at all. */
  skip?(file: F): boolean;
  options(file: F): ReviewOptions;
  /** The translation function for the labels the summaries hold (default English). */
  t?: Translate;
}

export interface ScanOptions {
  /** Reads in flight at once. */
  concurrency?: number;
  /** Longest stretch of reviewing before yielding to the event loop. */
  sliceMs?: number;
  cancelled?(): boolean;
  /** Called now and then (at most every `progressMs`) and at the end. */
  progress?(done: number, total: number): void;
  progressMs?: number;
  now?(): number;
  /** How to yield (default: a zero timeout, which lets the host's messages through). */
  yieldNow?(): Promise<void>;
}

export interface ScanStats {
  files: number;
  skipped: number;
  wireFiles: number;
  items: number;
  errors: number;
  ms: number;
  /** The longest time between two yields of the scan, in ms (an upper bound of how long it could block). */
  longestSliceMs: number;
  yields: number;
  cancelled: boolean;
}

/**
 * Reads and reviews every file; `found` receives each wire file's summary, `notWire` each other file's
 * key (so a file that stopped being a wire item leaves the queue). Never throws for a bad file.
 */
export async function scanFiles<F>(
  files: readonly F[],
  source: ScanSource<F>,
  found: (summary: FileSummary) => void,
  notWire: (key: string) => void,
  options: ScanOptions = {},
): Promise<ScanStats> {
  const now = options.now ?? (() => Date.now());
  const sliceMs = options.sliceMs ?? 12;
  const progressMs = options.progressMs ?? 200;
  const yieldNow = options.yieldNow ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const stats: ScanStats = { files: files.length, skipped: 0, wireFiles: 0, items: 0, errors: 0, ms: 0, longestSliceMs: 0, yields: 0, cancelled: false };
  const started = now();
  let next = 0;
  let done = 0;
  let sliceStart = now();
  let lastProgress = 0;

  // The time since the last yield of our own counts as one stretch, whatever the reads did in between:
  // a read that completes at once (a cache) does not give the event loop a turn.
  const resumed = () => {
    sliceStart = now();
  };
  const worked = async () => {
    const t = now();
    const stretch = t - sliceStart;
    if (stretch > stats.longestSliceMs) stats.longestSliceMs = stretch;
    if (stretch >= sliceMs) {
      stats.yields++;
      await yieldNow();
      resumed();
    }
    if (options.progress && t - lastProgress >= progressMs) {
      lastProgress = t;
      options.progress(done, files.length);
    }
  };

  const worker = async () => {
    while (next < files.length) {
      if (options.cancelled?.()) {
        stats.cancelled = true;
        return;
      }
      const file = files[next++];
      if (source.skip?.(file)) {
        stats.skipped++;
        done++;
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await source.read(file);
      } catch {
        stats.errors++;
        done++;
        notWire(source.key(file));
        continue;
      }
      try {
        const summary = summariseBytes(source.key(file), source.path(file), bytes, source.options(file), source.t);
        if (summary) {
          stats.wireFiles++;
          stats.items += summary.entries.length;
          found(summary);
        } else {
          notWire(source.key(file));
        }
      } catch {
        stats.errors++; // an engine failure on one file must not stop the scan
      }
      done++;
      await worked();
    }
  };

  const workers: Promise<void>[] = [];
  const concurrency = Math.max(1, options.concurrency ?? 8);
  for (let k = 0; k < concurrency; k++) workers.push(worker());
  await Promise.all(workers);
  stats.ms = now() - started;
  options.progress?.(done, files.length);
  return stats;
}
