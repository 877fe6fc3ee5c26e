// When to switch a plain-text document to `wirefeed`. Pure (no `vscode` import); detect.ts listens to
// the editor's events and calls this.
//
// VS Code changes a document's language by closing it and opening it again at once. So a document that
// closes as `wirefeed` and reopens as `plaintext` right away was switched back by the user: we leave it
// alone for the rest of the session instead of fighting them.
import { isWireText } from '../core';

export const SWITCH_BACK_WINDOW_MS = 1000;

export class WireDetector {
  #closedAsWire = new Map<string, number>();
  #optedOut = new Set<string>();

  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** A document closed (or changed language away from `languageId`). */
  closed(key: string, languageId: string): void {
    const now = this.#now();
    for (const [k, at] of this.#closedAsWire) if (now - at > SWITCH_BACK_WINDOW_MS) this.#closedAsWire.delete(k);
    if (languageId === 'wirefeed') this.#closedAsWire.set(key, now);
  }

  /**
   * A document opened (or reopened under a new language): should it become `wirefeed`? `text` needs only
   * to reach the first non-blank line.
   */
  opened(key: string, languageId: string, text: string, enabled: boolean): boolean {
    const closedAt = this.#closedAsWire.get(key);
    this.#closedAsWire.delete(key);
    if (languageId !== 'plaintext') return false;
    if (closedAt !== undefined && this.#now() - closedAt <= SWITCH_BACK_WINDOW_MS) {
      this.#optedOut.add(key);
      return false;
    }
    return this.#check(key, languageId, text, enabled);
  }

  /** A document's text changed (e.g. wire copy pasted into a new untitled file). */
  changed(key: string, languageId: string, text: string, enabled: boolean): boolean {
    return this.#check(key, languageId, text, enabled);
  }

  isOptedOut(key: string): boolean {
    return this.#optedOut.has(key);
  }

  #check(key: string, languageId: string, text: string, enabled: boolean): boolean {
    return enabled && languageId === 'plaintext' && !this.#optedOut.has(key) && isWireText(text);
  }
}
