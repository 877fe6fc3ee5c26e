// Findings of closed wire files in the Problems panel ("Review Workspace", or always with
// `wireDesk.workspaceDiagnostics`). Open documents are left to the editor's own diagnostics, so a
// finding is never listed twice.
import * as vscode from 'vscode';
import { severityOf, wireDiagnostic } from './diagnostics';
import { disposeAll } from './host';
import type { WireQueue } from './queue';
import { toRange } from './speakers-view';

export class WorkspaceDiagnostics implements vscode.Disposable {
  readonly #collection = vscode.languages.createDiagnosticCollection('wire-desk-workspace');
  readonly #disposables: vscode.Disposable[] = [this.#collection];
  #on = false;

  readonly #queue: WireQueue;

  constructor(queue: WireQueue) {
    this.#queue = queue;
    this.#disposables.push(
      queue.onDidChangeFile((key) => this.#on && this.#update(key)),
      // An opened wire document gets the editor's own diagnostics at once: never both.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === 'wirefeed') this.#collection.delete(document.uri);
      }),
    );
  }

  get enabled(): boolean {
    return this.#on;
  }

  /** Turns the closed files' findings on (publishing them all) or off (clearing them). */
  setEnabled(on: boolean): void {
    this.#on = on;
    this.#collection.clear();
    if (on) for (const file of this.#queue.model.allFiles()) this.#update(file.uri);
  }

  /** Number of findings and files published. */
  counts(): { findings: number; files: number } {
    let findings = 0;
    let files = 0;
    this.#collection.forEach((_uri, diagnostics) => {
      if (diagnostics.length === 0) return;
      files++;
      findings += diagnostics.length;
    });
    return { findings, files };
  }

  #update(key: string): void {
    const uri = vscode.Uri.parse(key);
    const file = this.#queue.model.file(key);
    if (!file || this.#queue.isLive(key)) {
      this.#collection.delete(uri);
      return;
    }
    this.#collection.set(
      uri,
      file.findings.map((f) => wireDiagnostic(toRange(f.range), f.message, severityOf(f.severity), f.rule)),
    );
  }

  dispose(): void {
    disposeAll(this.#disposables);
  }
}
