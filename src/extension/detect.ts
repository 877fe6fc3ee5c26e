// Switches plain-text documents whose first non-blank line is a wire header (`date YYYY-MM-DD`) to the
// `wirefeed` language. VS Code maps `.txt` to plain text before any `firstLine` rule applies, so this has
// to happen on open. The setting `wireDesk.detectWireItems` turns it off.
import * as vscode from 'vscode';
import { workspace } from 'vscode';
import { WireDetector } from './detect-state';
import { disposeAll } from './host';

/** The document's first non-blank line (all that detection needs), without copying the whole text. */
export function firstNonBlankLine(document: vscode.TextDocument): string {
  const limit = Math.min(document.lineCount, 2000);
  for (let line = 0; line < limit; line++) {
    const text = document.lineAt(line);
    if (!text.isEmptyOrWhitespace && text.text.replace(/[\s\ufeff]/g, '') !== '') return text.text;
  }
  return '';
}

export class WireDetection implements vscode.Disposable {
  readonly #detector = new WireDetector();
  readonly #disposables: vscode.Disposable[] = [];
  /** Documents being switched right now (so one change burst does not ask twice). */
  readonly #switching = new Set<string>();

  readonly #enabled: () => boolean;

  constructor(enabled: () => boolean) {
    this.#enabled = enabled;
    this.#disposables.push(
      workspace.onDidOpenTextDocument((d) => {
        if (this.#detector.opened(d.uri.toString(), d.languageId, this.#head(d), this.#enabled())) this.#switchToWire(d);
      }),
      workspace.onDidCloseTextDocument((d) => this.#detector.closed(d.uri.toString(), d.languageId)),
      workspace.onDidChangeTextDocument((e) => {
        const d = e.document;
        if (d.languageId !== 'plaintext' || e.contentChanges.length === 0) return;
        if (this.#detector.changed(d.uri.toString(), d.languageId, this.#head(d), this.#enabled())) this.#switchToWire(d);
      }),
    );
  }

  /** Check the documents already open (at activation, or when the setting is turned on). */
  checkOpenDocuments(): void {
    for (const d of workspace.textDocuments) {
      if (this.#detector.changed(d.uri.toString(), d.languageId, this.#head(d), this.#enabled())) this.#switchToWire(d);
    }
  }

  #head(document: vscode.TextDocument): string {
    return document.languageId === 'plaintext' ? firstNonBlankLine(document) : '';
  }

  #switchToWire(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.#switching.has(key)) return;
    this.#switching.add(key);
    vscode.languages.setTextDocumentLanguage(document, 'wirefeed').then(
      () => this.#switching.delete(key),
      () => this.#switching.delete(key), // closed meanwhile, or a read-only virtual document: leave it be
    );
  }

  dispose(): void {
    disposeAll(this.#disposables);
  }
}
