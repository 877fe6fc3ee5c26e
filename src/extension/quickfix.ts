// "Mark item as reviewed": the quick fix on an unreviewed item and the command `wireDesk.markReviewed`.
// Both apply one WorkspaceEdit (one undo step) built by the core's markReviewedEdit.
import * as vscode from 'vscode';
import { window, workspace } from 'vscode';
import type { Item, Review } from '../core/model';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { codeOf, openDocument, replacement, t, uriArgument } from './host';
import { activeItem, itemAt } from './locate';
import { changedRefusal, cleanReviewer, localDate, planMarkReviewed, staleRefusal } from './mark-plan';
import { systemUserName } from './user-name';

export const MARK_REVIEWED_COMMAND = 'wireDesk.markReviewed';
/** The English title (shown through t('Mark item as reviewed')). */
export const MARK_REVIEWED_TITLE = 'Mark item as reviewed';

/** The OS user name, or '' where the platform cannot tell (no passwd entry, sandboxed host). */
export function osUserName(): string {
  try {
    return cleanReviewer(systemUserName());
  } catch {
    return '';
  }
}

/** Says why the command wrote nothing; false, for the command to return. */
function refuse(reason: string): false {
  void window.showWarningMessage(t('Wire Desk: {0}', reason));
  return false;
}

function eolOf(document: vscode.TextDocument): '\n' | '\r\n' {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

export class MarkReviewed implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  /** May have to wait for a large document's first review (it is done in slices). */
  readonly #reviewOf: (document: vscode.TextDocument) => Review | undefined | PromiseLike<Review | undefined>;
  /** The reviewer for a document: the setting, else its `.wiredesk.json`; '' when neither says. */
  readonly #reviewerSetting: (document?: vscode.TextDocument) => string;

  constructor(
    reviewOf: (document: vscode.TextDocument) => Review | undefined | PromiseLike<Review | undefined>,
    reviewerSetting: (document?: vscode.TextDocument) => string,
  ) {
    this.#reviewOf = reviewOf;
    this.#reviewerSetting = reviewerSetting;
  }

  /** The reviewer without asking: the setting, else the OS user name. */
  #knownReviewer(document?: vscode.TextDocument): string {
    return cleanReviewer(this.#reviewerSetting(document)) || osUserName();
  }

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const version = document.version;
    const review = await this.#reviewOf(document);
    if (!review || document.version !== version) return [];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === 'unreviewed-item');
    const actions: vscode.CodeAction[] = [];
    const items = new Set<Item>();
    for (const d of diagnostics) {
      const item = itemAt(review, document.offsetAt(d.range.start));
      if (item) items.add(item);
    }
    for (const item of review.items) {
      const p = item.disclaimer?.paragraph;
      if (p && from <= p.end && to >= p.start) items.add(item);
    }
    for (const item of items) {
      if (!item.disclaimer) continue;
      const action = new vscode.CodeAction(t('Mark item as reviewed'), vscode.CodeActionKind.QuickFix);
      action.isPreferred = true;
      action.diagnostics = diagnostics.filter((d) => itemAt(review, document.offsetAt(d.range.start)) === item);
      const reviewer = this.#knownReviewer(document);
      const plan = reviewer
        ? planMarkReviewed(document.getText(), item, reviewer, localDate(), eolOf(document), t)
        : undefined;
      if (plan && 'edit' in plan) {
        action.edit = replacement(document, plan.edit);
      } else {
        // No name yet (or a refusal to explain): let the command ask or say why.
        action.command = { command: MARK_REVIEWED_COMMAND, title: t('Mark item as reviewed'), arguments: [document.uri, item.start, version] };
      }
      actions.push(action);
    }
    return actions;
  }

  /**
   * The command. Arguments are optional: a document URI (menus pass one), an offset inside the item (the
   * status bar and the quick fix pass one; otherwise the active editor's cursor), and the document version
   * that offset was found in (the status bar and the quick fix pass it): when the document has changed
   * since, the command refuses rather than stamp what may now be another item.
   * Resolves to true when the stamp was written.
   */
  async run(target?: unknown, at?: unknown, expectedVersion?: unknown): Promise<boolean> {
    const document = await this.#targetDocument(target);
    if (!document) {
      void window.showWarningMessage(t('Wire Desk: open a wire item to mark it as reviewed.'));
      return false;
    }
    const editor = window.activeTextEditor;
    const offset =
      typeof at === 'number'
        ? at
        : editor && editor.document === document
          ? document.offsetAt(editor.selection.active)
          : 0;
    const version = document.version;
    const stale = staleRefusal(expectedVersion, version, t);
    if (stale) {
      return refuse(stale);
    }
    const review = await this.#reviewOf(document);
    // (A large document's review may take a moment: the text may have changed meanwhile.)
    if (document.version !== version) {
      return refuse(changedRefusal(t));
    }
    const item = review ? activeItem(review, offset) : undefined;

    let reviewer = this.#knownReviewer(document);
    if (!reviewer && item?.disclaimer) {
      reviewer = cleanReviewer(
        await window.showInputBox({
          title: t('Mark item as reviewed'),
          prompt: t('Your name for the review stamp (set wireDesk.reviewer to skip this question)'),
          ignoreFocusOut: true,
          validateInput: (value) => (cleanReviewer(value) ? undefined : t('Enter a name')),
        }),
      );
      if (!reviewer) return false;
      // Typed while the name was asked for: the item found before may have moved.
      if (document.version !== version) {
        return refuse(changedRefusal(t));
      }
    }

    const plan = planMarkReviewed(document.getText(), item, reviewer, localDate(), eolOf(document), t);
    if ('refusal' in plan) {
      return refuse(plan.refusal);
    }
    const applied = await workspace.applyEdit(replacement(document, plan.edit));
    if (!applied) void window.showErrorMessage(t('Wire Desk: the review stamp could not be written (is the file read-only?).'));
    return applied;
  }

  async #targetDocument(target: unknown): Promise<vscode.TextDocument | undefined> {
    const uri = uriArgument(target);
    if (!uri) return window.activeTextEditor?.document;
    const open = openDocument(uri);
    if (open) return open;
    try {
      return await workspace.openTextDocument(uri);
    } catch {
      return undefined;
    }
  }
}
