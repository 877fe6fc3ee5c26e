// The status bar item for the active wire item: reviewed or not, quotation and speaker counts. A click
// marks the item as reviewed (when it carries a disclaimer) or shows the problems.
import * as vscode from 'vscode';
import { window } from 'vscode';
import { documentLength, t } from './host';
import type { Review } from '../core/model';
import { MARK_REVIEWED_COMMAND } from './quickfix';
import { reviewingView, statusView } from './status-text';

export class WireStatusBar implements vscode.Disposable {
  readonly #item = window.createStatusBarItem('wireDesk.status', vscode.StatusBarAlignment.Right, 100);

  readonly #reviewOf: (document: vscode.TextDocument) => Review | undefined;
  /** Whether the document's review is under way in the background (a large document just opened). */
  readonly #reviewing: (document: vscode.TextDocument) => boolean;
  /** The document version the review shown is of (it may lag a keystroke): the click's command checks it. */
  readonly #versionOf: (document: vscode.TextDocument) => number;

  constructor(
    reviewOf: (document: vscode.TextDocument) => Review | undefined,
    reviewing: (document: vscode.TextDocument) => boolean = () => false,
    versionOf: (document: vscode.TextDocument) => number = (document) => document.version,
  ) {
    this.#reviewOf = reviewOf;
    this.#reviewing = reviewing;
    this.#versionOf = versionOf;
    this.#item.name = t('Wire Desk');
  }

  /** Refresh for the active editor (call on editor, selection and review changes, and when a review starts). */
  update(editor: vscode.TextEditor | undefined = window.activeTextEditor): void {
    const document = editor?.document;
    const isWire = document !== undefined && !document.isClosed && document.languageId === 'wirefeed';
    const review = isWire ? this.#reviewOf(document) : undefined;
    const view = editor && review ? statusView(review, editor.document.offsetAt(editor.selection.active), t) : undefined;
    if (editor && isWire && !review && this.#reviewing(editor.document)) {
      // Reviewed lazily, item by item: say so rather than show nothing.
      this.#show(reviewingView(documentLength(editor.document), t), undefined);
      return;
    }
    if (!editor || !view) {
      this.#item.hide();
      return;
    }
    this.#show(
      view,
      view.action === 'markReviewed'
        ? { command: MARK_REVIEWED_COMMAND, title: t('Mark item as reviewed'), arguments: [editor.document.uri, view.item.start, this.#versionOf(editor.document)] }
        : { command: 'workbench.actions.view.problems', title: t('Show problems') },
    );
  }

  /** Shows `view` (its text also read aloud, without the icons) with `command` on a click. */
  #show(view: { text: string; tooltip: string }, command: vscode.Command | undefined): void {
    const item = this.#item;
    item.text = view.text;
    item.tooltip = view.tooltip;
    item.accessibilityInformation = { label: view.text.replace(/\$\([^)]*\)\s*/g, ''), role: 'button' };
    item.command = command;
    item.show();
  }

  dispose(): void {
    this.#item.dispose();
  }
}
