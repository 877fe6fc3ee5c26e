// Speakers across the workspace (the Speakers view) and Go to Symbol in Workspace (speakers and
// quotations in every item), from the queue's file summaries. Pure (no `vscode` import).
import type { FileSummary, QueueEntry, RangeSummary, SpeakerSummary } from './queue-model';

export interface SpeakerAppearance {
  file: FileSummary;
  entry: QueueEntry;
  speaker: SpeakerSummary;
}

export interface SpeakerGroup {
  name: string;
  title?: string;
  organisation: boolean;
  quotes: number;
  appearances: SpeakerAppearance[];
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Whether every word of `filter` is found in the speaker's name or title (accents and case folded). */
export function matchesFilter(filter: string, name: string, title?: string): boolean {
  const words = fold(filter).split(/\s+/).filter((w) => w);
  if (words.length === 0) return true;
  const hay = fold(`${name} ${title ?? ''}`);
  return words.every((w) => hay.includes(w));
}

/** Speakers across the files, most quoted first, each with the items they speak in (in queue order). */
export function speakersAcross(files: Iterable<FileSummary>, filter = ''): SpeakerGroup[] {
  const byName = new Map<string, SpeakerGroup>();
  for (const file of files) {
    for (const speaker of file.speakers) {
      if (!matchesFilter(filter, speaker.name, speaker.title)) continue;
      const key = fold(speaker.name);
      let group = byName.get(key);
      if (!group) {
        group = { name: speaker.name, title: speaker.title, organisation: speaker.organisation, quotes: 0, appearances: [] };
        byName.set(key, group);
      }
      group.title ??= speaker.title;
      group.quotes += speaker.quotes.length;
      const entry = file.entries[speaker.item];
      if (entry) group.appearances.push({ file, entry, speaker });
    }
  }
  const groups = [...byName.values()];
  for (const g of groups) g.appearances.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.entry.start - b.entry.start));
  groups.sort((a, b) => b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return groups;
}

export interface WireSymbol {
  name: string;
  /** Where it sits, shown beside it: the item, or the speaker for a quotation. */
  container: string;
  kind: 'speaker' | 'quote';
  uri: string;
  range: RangeSummary;
}

/** The letters of `query` in order in `text` (case folded): how Go to Symbol filters. */
export function fuzzyMatch(query: string, text: string): boolean {
  const q = fold(query).replace(/\s+/g, '');
  if (!q) return true;
  const t = fold(text);
  let k = 0;
  for (let i = 0; i < t.length && k < q.length; i++) if (t[i] === q[k]) k++;
  return k === q.length;
}

/** Speakers (one symbol per item they speak in) and quotations matching `query`, at most `limit`. */
export function workspaceSymbols(files: Iterable<FileSummary>, query: string, limit = 500): WireSymbol[] {
  const out: WireSymbol[] = [];
  for (const file of files) {
    for (const speaker of file.speakers) {
      const entry = file.entries[speaker.item];
      const itemLabel = entry ? `${entry.name} · ${file.path}` : file.path;
      if (fuzzyMatch(query, speaker.name)) {
        out.push({ name: speaker.name, container: itemLabel, kind: 'speaker', uri: file.uri, range: speaker.range });
        if (out.length >= limit) return out;
      }
      for (const quote of speaker.quotes) {
        if (!fuzzyMatch(query, quote.label)) continue;
        out.push({ name: quote.label, container: `${speaker.name} · ${itemLabel}`, kind: 'quote', uri: file.uri, range: quote.range });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
