// The "Wire Desk" view in the Explorer: the review queue grouped as Unreviewed, With problems, Reviewed,
// one row per item (date and dateline, the lede's first words), with the number of unreviewed items as
// the view's badge. A click opens the file at the item; the inline and context action marks it reviewed.
import * as vscode from 'vscode';
import { QUEUE_GROUPS, type QueueEntry, type QueueGroup } from './queue-model';
import { disposeAll, t } from './host';
import { dayChildren, groupChildren, type DayNode, type GroupChild, type RunNode } from './queue-tree';
import type { WireQueue } from './queue';


export const QUEUE_VIEW = 'wireDesk.queue';
export const OPEN_ENTRY_COMMAND = 'wireDesk.queue.open';

interface GroupNode {
  kind: 'group';
  group: QueueGroup;
}

type Node = GroupNode | DayNode | RunNode | QueueEntry;

/** One node per group, made once (the tree compares nodes by identity). */
const GROUP_NODES = Object.fromEntries(QUEUE_GROUPS.map((group) => [group, { kind: 'group', group }])) as Record<QueueGroup, GroupNode>;

function groupLabel(group: QueueGroup): string {
  switch (group) {
    case 'unreviewed':
      return t('Unreviewed');
    case 'problems':
      return t('With problems');
    default:
      return t('Reviewed');
  }
}

function isEntry(node: Node): node is QueueEntry {
  return !('kind' in node);
}

export class QueueTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #disposables: vscode.Disposable[] = [this.#changed];
  /** The day and run nodes of the model version shown, and the parent of every node below a group. */
  #version = -1;
  readonly #children = new Map<GroupNode | DayNode, GroupChild[] | (QueueEntry | RunNode)[]>();
  readonly #parents = new Map<Node, Node>();

  readonly #queue: WireQueue;

  constructor(queue: WireQueue) {
    this.#queue = queue;
    this.#disposables.push(queue.onDidChange(() => this.#changed.fire(undefined)));
  }

  #sync(): void {
    if (this.#version === this.#queue.model.version) return;
    this.#version = this.#queue.model.version;
    this.#children.clear();
    this.#parents.clear();
  }

  getChildren(node?: Node): Node[] {
    this.#sync();
    if (!node) return this.#queue.model.counts().files === 0 ? [] : QUEUE_GROUPS.map((g) => GROUP_NODES[g]);
    if (isEntry(node)) return [];
    if (node.kind === 'group' || node.kind === 'day') {
      let list = this.#children.get(node);
      if (!list) {
        list = node.kind === 'group' ? groupChildren(node.group, this.#queue.model.groups()[node.group]) : dayChildren(node);
        this.#children.set(node, list);
        for (const child of list) this.#parents.set(child, node);
      }
      return list;
    }
    for (const e of node.entries) this.#parents.set(e, node);
    return node.entries;
  }

  getParent(node: Node): Node | undefined {
    if (!isEntry(node) && node.kind === 'group') return undefined;
    this.#sync();
    const known = this.#parents.get(node);
    if (known) return known;
    if (isEntry(node)) {
      // An entry not shown yet (revealed by Next Unreviewed Item): build the way down to it.
      const group = GROUP_NODES[node.group];
      for (const child of this.getChildren(group)) {
        if (child === node) return group;
        if (!isEntry(child) && child.kind === 'day' && child.entries.includes(node)) {
          for (const below of this.getChildren(child)) {
            if (below === node) return child;
            if (!isEntry(below) && below.kind === 'run' && below.entries.includes(node)) {
              this.getChildren(below);
              return below;
            }
          }
        }
      }
    }
    return undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (isEntry(node)) return this.#entryItem(node);
    if (node.kind === 'group') {
      const count = this.#queue.model.groups()[node.group].length;
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
    const label = node.kind === 'run' ? t('{0}–{1}', node.from, node.to) : node.date || t('Undated');
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.kind === 'run' ? `${node.group}:${node.date}:${node.from}` : `${node.group}:${node.date}`;
    item.description = String(node.entries.length);
    item.iconPath = new vscode.ThemeIcon(node.kind === 'day' ? 'calendar' : 'list-flat');
    return item;
  }

  #entryItem(entry: QueueEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.None);
    item.id = `${entry.uri}#${entry.index}`;
    item.description = entry.firstWords;
    item.iconPath = new vscode.ThemeIcon(
      entry.group === 'unreviewed' ? (entry.disclaimer ? 'circle-large-outline' : 'circle-outline') : entry.group === 'problems' ? 'warning' : 'pass',
    );
    item.contextValue = entry.disclaimer ? 'wireDesk.queueItem.markable' : 'wireDesk.queueItem';
    item.accessibilityInformation = { label: `${entry.name}, ${groupLabel(entry.group)}, ${entry.firstWords}` };
    item.command = { command: OPEN_ENTRY_COMMAND, title: t('Open item'), arguments: [entry] };
    return item;
  }

  /** The tooltip, built only when a row is hovered (not for every row of a long queue). */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (!isEntry(node)) return item;
    const entry = node;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escape(entry.name)}**  \n`);
    tooltip.appendMarkdown(`${escape(entry.path)}:${entry.at.line + 1}  \n`);
    tooltip.appendMarkdown(`${escape(entry.firstWords)}\n\n`);
    const state =
      entry.group !== 'unreviewed'
        ? entry.reviewer
          ? t('Reviewed by {0}.', entry.reviewer)
          : t('Reviewed.')
        : entry.disclaimer
          ? t('Unreviewed: it still carries the syndication disclaimer.')
          : t('Unreviewed: no review stamp.');
    tooltip.appendMarkdown(escape(state));
    if (entry.problems > 0) tooltip.appendMarkdown(`  \n${escape(entry.problems === 1 ? t('1 problem') : t('{0} problems', entry.problems))}`);
    item.tooltip = tooltip;
    return item;
  }

  dispose(): void {
    disposeAll(this.#disposables);
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
            tooltip: counts.unreviewed === 1 ? t('1 unreviewed wire item') : t('{0} unreviewed wire items', counts.unreviewed),
          }
        : undefined;
    const state = queue.state;
    if (state.kind === 'scanning') {
      view.message = state.total > 0 ? t('Scanning for wire items… {0}/{1} files', state.done, state.total) : t('Scanning for wire items…');
    } else if (state.kind === 'unavailable') {
      view.message = state.reason;
    } else if (counts.files === 0) {
      view.message = t('No wire items in this workspace (files whose first line is "date YYYY-MM-DD"; see wireDesk.include).');
    } else {
      view.message = undefined;
    }
    void vscode.commands.executeCommand('setContext', 'wireDesk.hasUnreviewed', counts.unreviewed > 0);
  };
  update();
  return { view, disposable: vscode.Disposable.from(provider, view, queue.onDidChange(update), queue.onDidChangeState(update)) };
}

export type QueueNode = Node;
