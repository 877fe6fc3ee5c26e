// The "Wire Desk: Speakers" view (speakers across the workspace, the items they speak in and their
// quotations, with a filter) and Go to Symbol in Workspace (Ctrl+T) over speakers and quotations. Both
// read the queue's file summaries (queue-speakers.ts does the grouping and matching).
import * as vscode from 'vscode';
import { commands, window } from 'vscode';
import { t } from './host';
import { quotationCount } from './outline-tree';
import type { QueueEntry, QuoteSummary, RangeSummary, SpeakerSummary } from './queue-model';
import { speakersAcross, workspaceSymbols, type SpeakerAppearance, type SpeakerGroup } from './queue-speakers';
import type { WireQueue } from './queue';

export const SPEAKERS_VIEW = 'wireDesk.speakers';
export const OPEN_AT_COMMAND = 'wireDesk.openAt';

type Node =
  | { kind: 'speaker'; group: SpeakerGroup }
  | { kind: 'appearance'; appearance: SpeakerAppearance }
  | { kind: 'quote'; uri: string; quote: QuoteSummary; speaker: SpeakerSummary; entry: QueueEntry };

export function toRange(r: RangeSummary): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

class SpeakersProvider implements vscode.TreeDataProvider<Node> {
  readonly #changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  filter = '';
  #cache?: { version: number; filter: string; groups: SpeakerGroup[] };

  readonly #queue: WireQueue;

  constructor(queue: WireQueue) {
    this.#queue = queue;
  }

  refresh(): void {
    this.#changed.fire(undefined);
  }

  groups(): SpeakerGroup[] {
    const version = this.#queue.model.version;
    if (!this.#cache || this.#cache.version !== version || this.#cache.filter !== this.filter) {
      this.#cache = { version, filter: this.filter, groups: speakersAcross(this.#queue.model.allFiles(), this.filter) };
    }
    return this.#cache.groups;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups().map((group) => ({ kind: 'speaker', group }));
    if (node.kind === 'speaker') return node.group.appearances.map((appearance) => ({ kind: 'appearance', appearance }));
    if (node.kind === 'appearance') {
      const { file, speaker, entry } = node.appearance;
      return speaker.quotes.map((quote) => ({ kind: 'quote', uri: file.uri, quote, speaker, entry }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const g = node.group;
      const item = new vscode.TreeItem(g.name, vscode.TreeItemCollapsibleState.Collapsed);
      const counts = quotationCount(g.quotes, t);
      const items = g.appearances.length === 1 ? t('1 item') : t('{0} items', g.appearances.length);
      item.description = [g.title, `${counts}, ${items}`].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(g.organisation ? 'organization' : 'person');
      item.id = `speaker:${g.name.toLowerCase()}`;
      return item;
    }
    if (node.kind === 'appearance') {
      const { file, entry, speaker } = node.appearance;
      const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = file.path;
      item.iconPath = new vscode.ThemeIcon('note');
      item.command = { command: OPEN_AT_COMMAND, title: t('Open'), arguments: [file.uri, speaker.range] };
      return item;
    }
    const item = new vscode.TreeItem(node.quote.label, vscode.TreeItemCollapsibleState.None);
    item.description = node.quote.kind;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.tooltip = `${node.speaker.name} · ${node.entry.name}`;
    item.command = { command: OPEN_AT_COMMAND, title: t('Open'), arguments: [node.uri, node.quote.range] };
    return item;
  }
}

export function createSpeakersView(queue: WireQueue): vscode.Disposable {
  const provider = new SpeakersProvider(queue);
  const view = window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let stale = false;
  const refresh = () => {
    // Only a visible view is rebuilt; a hidden one is rebuilt when shown.
    if (view.visible) provider.refresh();
    else stale = true;
  };
  const setFilter = (filter: string) => {
    provider.filter = filter.trim();
    view.message = provider.filter ? t('Speakers matching "{0}"', provider.filter) : undefined;
    void commands.executeCommand('setContext', 'wireDesk.speakersFiltered', provider.filter !== '');
    provider.refresh();
  };
  return vscode.Disposable.from(
    view,
    queue.onDidChange(refresh),
    view.onDidChangeVisibility((e) => {
      if (e.visible && stale) {
        stale = false;
        provider.refresh();
      }
    }),
    commands.registerCommand('wireDesk.speakers.filter', async () => {
      const value = await window.showInputBox({
        title: t('Filter speakers'),
        prompt: t('Words in a speaker’s name or title (empty: every speaker)'),
        value: provider.filter,
      });
      if (value !== undefined) setFilter(value);
    }),
    commands.registerCommand('wireDesk.speakers.clearFilter', () => setFilter('')),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
        return workspaceSymbols(queue.model.allFiles(), query).map(
          (s) =>
            new vscode.SymbolInformation(
              s.name,
              s.kind === 'speaker' ? vscode.SymbolKind.Class : vscode.SymbolKind.String,
              s.container,
              new vscode.Location(vscode.Uri.parse(s.uri), toRange(s.range)),
            ),
        );
      },
    }),
  );
}
