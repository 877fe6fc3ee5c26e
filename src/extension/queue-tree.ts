// The shape of a queue group in the tree: a short group lists its items; a long one (thousands of items
// on a busy desk) is split by the items' date, and a day with very many items into runs of them, so the
// tree never has to build thousands of rows at once (VS Code builds every child of an expanded node).
// Pure (no `vscode` import).
import type { QueueEntry, QueueGroup } from './queue-model';

/** Up to this many items, a group lists them directly. */
export const FLAT_LIMIT = 200;
/** A day with more items than this is split into runs of this many. */
export const RUN_SIZE = 500;

export interface DayNode {
  kind: 'day';
  group: QueueGroup;
  /** `2025-11-01`, or '' for items without a date. */
  date: string;
  entries: QueueEntry[];
}

export interface RunNode {
  kind: 'run';
  group: QueueGroup;
  date: string;
  /** 1-based positions of the first and last item of the run within the day. */
  from: number;
  to: number;
  entries: QueueEntry[];
}

export type GroupChild = QueueEntry | DayNode | RunNode;

/** The children of a group: its items, or (when many) one node per day in date order, undated last. */
export function groupChildren(group: QueueGroup, entries: readonly QueueEntry[], flatLimit = FLAT_LIMIT): GroupChild[] {
  if (entries.length <= flatLimit) return [...entries];
  const byDate = new Map<string, QueueEntry[]>();
  for (const e of entries) {
    const key = e.date ?? '';
    let list = byDate.get(key);
    if (!list) byDate.set(key, (list = []));
    list.push(e);
  }
  const dates = [...byDate.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return dates.map((date) => ({ kind: 'day', group, date, entries: byDate.get(date)! }));
}

/** The children of a day: its items, or runs of `runSize` when there are more. */
export function dayChildren(day: DayNode, runSize = RUN_SIZE): (QueueEntry | RunNode)[] {
  if (day.entries.length <= runSize) return day.entries;
  const runs: RunNode[] = [];
  for (let k = 0; k < day.entries.length; k += runSize) {
    const entries = day.entries.slice(k, k + runSize);
    runs.push({ kind: 'run', group: day.group, date: day.date, from: k + 1, to: k + entries.length, entries });
  }
  return runs;
}
