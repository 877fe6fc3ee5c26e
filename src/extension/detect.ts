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
      workspace.onDidOpenTextDocument((d) => this.#check(d, true)),
      workspace.onDidCloseTextDocument((d) => this.#detector.closed(d.uri.toString(), d.languageId)),
      workspace.onDidChangeTextDocument((e) => {
        const d = e.document;
        if (d.languageId === 'plaintext' && e.contentChanges.length > 0) this.#check(d);
      }),
    );
  }

  /** Check the documents already open (at activation, or when the setting is turned on). */
  checkOpenDocuments(): void {
    for (const d of workspace.textDocuments) this.#check(d);
  }

  /** Asks the detector about a document just opened (or changed, or open already) and switches it if it says so. */
  #check(d: vscode.TextDocument, opened = false): void {
    const head = d.languageId === 'plaintext' ? firstNonBlankLine(d) : '';
    const key = d.uri.toString();
    const on = this.#enabled();
    const wire = opened ? this.#detector.opened(key, d.languageId, head, on) : this.#detector.changed(key, d.languageId, head, on);
    if (wire) this.#switchToWire(d);
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
