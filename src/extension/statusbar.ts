// The status bar item for the active wire item: reviewed or not, quotation and speaker counts. A click
// marks the item as reviewed (when it carries a disclaimer) or shows the problems.
import * as vscode from 'vscode';
import type { Review } from '../core/model';
import { MARK_REVIEWED_COMMAND } from './quickfix';
import { statusView } from './status-text';

export class WireStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('wireDesk.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly reviewOf: (document: vscode.TextDocument) => Review | undefined) {
    this.item.name = 'Wire Desk';
  }

  /** Refresh for the active editor (call on editor, selection and review changes). */
  update(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): void {
    const document = editor?.document;
    const review = document && !document.isClosed && document.languageId === 'wirefeed' ? this.reviewOf(document) : undefined;
    const view = editor && review ? statusView(review, editor.document.offsetAt(editor.selection.active)) : undefined;
    if (!editor || !view) {
      this.item.hide();
      return;
    }
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.accessibilityInformation = { label: view.text.replace(/\$\([^)]*\)\s*/g, ''), role: 'button' };
    this.item.command =
      view.action === 'markReviewed'
        ? { command: MARK_REVIEWED_COMMAND, title: 'Mark item as reviewed', arguments: [editor.document.uri, view.item.start] }
        : { command: 'workbench.actions.view.problems', title: 'Show problems' };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
