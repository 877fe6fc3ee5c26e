// The quick fix "Accept this finding for this item" and the command behind it: the finding's fingerprint
// goes into the nearest `.wiredesk.json` (created in the workspace folder when there is none), and the
// finding disappears here and in the CLI. The file is edited in place (comments and order kept) and saved.
import * as vscode from 'vscode';
import { window, workspace } from 'vscode';
import type { Review } from '../core';
import { applyEdit, planAcceptance } from '../core/config/edit';
import { acceptableFindings, acceptanceRecord, findingAt } from './accept-plan';
import type { WireConfigs } from './configs';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { codeOf, openDocument, readText, replacement, t, uriArgument } from './host';
import { localDate } from './mark-plan';

export const ACCEPT_FINDING_COMMAND = 'wireDesk.acceptFinding';

export class AcceptFinding implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  readonly #reviewOf: (document: vscode.TextDocument) => Review | undefined;
  readonly #configs: WireConfigs;
  readonly #reviewer: (document: vscode.TextDocument) => string;

  constructor(
    reviewOf: (document: vscode.TextDocument) => Review | undefined,
    configs: WireConfigs,
    reviewer: (document: vscode.TextDocument) => string,
  ) {
    this.#reviewOf = reviewOf;
    this.#configs = configs;
    this.#reviewer = reviewer;
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const review = this.#reviewOf(document);
    if (!review) return [];
    const hits = acceptableFindings(review, document.offsetAt(range.start), document.offsetAt(range.end));
    const actions: vscode.CodeAction[] = [];
    const target = workspace.asRelativePath(this.#configs.fileFor(document.uri));
    for (const hit of hits) {
      const diagnostic = ours.find(
        (d) => codeOf(d) === hit.finding.rule && document.offsetAt(d.range.start) === hit.finding.start,
      );
      if (!diagnostic) continue;
      const title = t('Accept this finding for this item ({0})', hit.finding.rule);
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.command = {
        command: ACCEPT_FINDING_COMMAND,
        title,
        tooltip: t('Record it in {0}: it stays hidden while these words, the rule and the item stay the same.', target),
        arguments: [document.uri, hit.finding.start, hit.finding.rule],
      };
      actions.push(action);
    }
    return actions;
  }

  /** The command: `(uri, findingStart, rule)`. Resolves true when the acceptance was recorded. */
  async run(target?: unknown, start?: unknown, rule?: unknown): Promise<boolean> {
    const uri = uriArgument(target);
    const document = uri && openDocument(uri);
    const review = document ? this.#reviewOf(document) : undefined;
    const hit = review && typeof start === 'number' && typeof rule === 'string' ? findingAt(review, start, rule) : undefined;
    if (!document || !hit) {
      void window.showWarningMessage(t('Wire Desk: that finding is no longer there (the text changed).'));
      return false;
    }
    const record = acceptanceRecord(hit, document.getText(), this.#reviewer(document), localDate());
    const configUri = this.#configs.fileFor(document.uri);
    const name = workspace.asRelativePath(configUri);
    try {
      // Unsaved changes to the config in an editor are kept (the entry goes into that text, then it is
      // saved); otherwise the file on disk is what counts (an open, unchanged copy follows it).
      const open = openDocument(configUri);
      if (open?.isDirty) {
        const plan = planAcceptance(open.getText(), record, name);
        if ('refusal' in plan) throw new Error(plan.refusal);
        if ('edit' in plan) {
          if (!(await workspace.applyEdit(replacement(open, plan.edit)))) throw new Error(t('{0} could not be edited', name));
          await open.save();
        }
      } else {
        let text: string | undefined;
        try {
          text = await readText(configUri);
        } catch {
          text = undefined; // no config yet: it is created
        }
        const plan = planAcceptance(text, record, name);
        if ('refusal' in plan) throw new Error(plan.refusal);
        if ('edit' in plan) await workspace.fs.writeFile(configUri, new TextEncoder().encode(applyEdit(text ?? '', plan.edit)));
      }
    } catch (error) {
      void window.showErrorMessage(
        t('Wire Desk: the finding could not be accepted: {0}', error instanceof Error ? error.message : String(error)),
      );
      return false;
    }
    await this.#configs.reload(configUri);
    window.setStatusBarMessage(t('Wire Desk: accepted for this item in {0}', name), 5000);
    return true;
  }
}
