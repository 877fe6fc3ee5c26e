// The "Wire Desk" view in the Explorer: the review queue grouped as Unreviewed, With problems, Reviewed,
// one row per item (date and dateline, the lede's first words), with the number of unreviewed items as
// the view's badge. A click opens the file at the item; the inline and context action marks it reviewed.
import * as vscode from 'vscode';
import { QUEUE_GROUPS, type QueueEntry, type QueueGroup } from './queue-model';
import type { WireQueue } from './queue';

export const QUEUE_VIEW = 'wireDesk.queue';
export const OPEN_ENTRY_COMMAND = 'wireDesk.queue.open';

interface GroupNode {
  kind: 'group';
  group: QueueGroup;
}

type Node = GroupNode | QueueEntry;

const GROUP_NODES: Record<QueueGroup, GroupNode> = {
  unreviewed: { kind: 'group', group: 'unreviewed' },
  problems: { kind: 'group', group: 'problems' },
  reviewed: { kind: 'group', group: 'reviewed' },
};

function groupLabel(group: QueueGroup): string {
  switch (group) {
    case 'unreviewed':
      return vscode.l10n.t('Unreviewed');
    case 'problems':
      return vscode.l10n.t('With problems');
    default:
      return vscode.l10n.t('Reviewed');
  }
}


export class QueueTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly queue: WireQueue) {
    this.disposables.push(queue.onDidChange(() => this.changed.fire(undefined)));
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.queue.model.counts().files === 0 ? [] : QUEUE_GROUPS.map((g) => GROUP_NODES[g]);
    if ('kind' in node) return this.queue.model.groups()[node.group];
    return [];
  }

  getParent(node: Node): Node | undefined {
    return 'kind' in node ? undefined : GROUP_NODES[node.group];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('kind' in node) {
      const count = this.queue.model.groups()[node.group].length;
      const item = new vscode.TreeItem(
        groupLabel(node.group),
        node.group === 'reviewed' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
      );
      item.id = `group:${node.group}`;
      item.description = String(count);
      item.contextValue = `wireDesk.queueGroup.${node.group}`;
      item.iconPath = new vscode.ThemeIcon(node.group === 'unreviewed' ? 'inbox' : node.group === 'problems' ? 'warning' : 'pass');
      return item;
    }
    const entry = node;
    const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.None);
    item.id = `${entry.uri}#${entry.index}`;
    item.description = entry.firstWords;
    item.iconPath = new vscode.ThemeIcon(
      entry.group === 'unreviewed' ? (entry.disclaimer ? 'circle-large-outline' : 'circle-outline') : entry.group === 'problems' ? 'warning' : 'pass',
    );
    item.contextValue = entry.disclaimer ? 'wireDesk.queueItem.markable' : 'wireDesk.queueItem';
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escape(entry.name)}**  \n`);
    tooltip.appendMarkdown(`${escape(entry.path)}:${entry.at.line + 1}  \n`);
    tooltip.appendMarkdown(`${escape(entry.firstWords)}\n\n`);
    const state =
      entry.group !== 'unreviewed'
        ? entry.reviewer
          ? vscode.l10n.t('Reviewed by {0}.', entry.reviewer)
          : vscode.l10n.t('Reviewed.')
        : entry.disclaimer
          ? vscode.l10n.t('Unreviewed: it still carries the syndication disclaimer.')
          : vscode.l10n.t('Unreviewed: no review stamp.');
    tooltip.appendMarkdown(escape(state));
    if (entry.problems > 0) tooltip.appendMarkdown(`  \n${escape(entry.problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', entry.problems))}`);
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `${entry.name}, ${groupLabel(entry.group)}, ${entry.firstWords}` };
    item.command = { command: OPEN_ENTRY_COMMAND, title: vscode.l10n.t('Open item'), arguments: [entry] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** The tree view with its badge and messages (scanning, unavailable, empty). */
export function createQueueView(queue: WireQueue): { view: vscode.TreeView<Node>; disposable: vscode.Disposable } {
  const provider = new QueueTreeProvider(queue);
  const view = vscode.window.createTreeView(QUEUE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    const counts = queue.model.counts();
    view.badge =
      counts.unreviewed > 0
        ? {
            value: counts.unreviewed,
            tooltip: counts.unreviewed === 1 ? vscode.l10n.t('1 unreviewed wire item') : vscode.l10n.t('{0} unreviewed wire items', counts.unreviewed),
          }
        : undefined;
    const state = queue.state;
    if (state.kind === 'scanning') {
      view.message = state.total > 0 ? vscode.l10n.t('Scanning for wire items… {0}/{1} files', state.done, state.total) : vscode.l10n.t('Scanning for wire items…');
    } else if (state.kind === 'unavailable') {
      view.message = state.reason;
    } else if (counts.files === 0) {
      view.message = vscode.l10n.t('No wire items in this workspace (files whose first line is "date YYYY-MM-DD"; see wireDesk.include).');
    } else {
      view.message = undefined;
    }
    void vscode.commands.executeCommand('setContext', 'wireDesk.hasUnreviewed', counts.unreviewed > 0);
  };
  update();
  return { view, disposable: vscode.Disposable.from(provider, view, queue.onDidChange(update), queue.onDidChangeState(update)) };
}

export type QueueNode = Node;
