// Findings as VS Code diagnostics: source "Wire Desk", code = rule id linking to the rule's doc.
// What an item's findings became is kept (by the review cache's key for the item, the same while its text
// is unchanged) with the position of the item's start: after an edit, only the edited item's findings are
// converted, and the items after it reuse theirs, moved by whole lines if the edit added or removed some.
// A feed's first conversion (thousands of findings) is done a slice at a time, and set when complete.
import * as vscode from 'vscode';
import { ruleList } from '../core';
import type { Item, Review, Severity } from '../core/model';
import { itemKeys, yieldSlice } from './cache';
import { moveRange, rangeOf } from './host';

export const DIAGNOSTIC_SOURCE = 'Wire Desk';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A diagnostic of ours (source "Wire Desk"): `code` is the rule id, or its link to the rule's doc. */
export function wireDiagnostic(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity, code?: vscode.Diagnostic['code']): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = code;
  return diagnostic;
}

/** The VS Code severity of one of ours (a warning for a level it does not know). */
export function severityOf(severity: Severity): vscode.DiagnosticSeverity {
  return SEVERITIES[severity] ?? vscode.DiagnosticSeverity.Warning;
}

/** One item's diagnostics, made when the item started at `at`. */
interface Made {
  at: vscode.Position;
  list: vscode.Diagnostic[];
}

/** `d` for an item that started at `from` and now starts at `to`. */
function moved(d: vscode.Diagnostic, from: vscode.Position, to: vscode.Position): vscode.Diagnostic {
  return wireDiagnostic(moveRange(d.range, from, to), d.message, d.severity, d.code);
}

export class WireDiagnostics implements vscode.Disposable {
  readonly #collection = vscode.languages.createDiagnosticCollection('wire-desk');
  /** Each rule's code, linking to its doc: one object per rule, shared by its diagnostics. */
  readonly #codes = new Map<string, vscode.Diagnostic['code']>();
  readonly #made = new WeakMap<object, Made>();
  /** Per document, the update under way (a number never reused): it stops when overtaken or cleared. */
  readonly #generations = new Map<string, number>();
  #updates = 0;

  constructor(extensionUri: vscode.Uri) {
    for (const rule of ruleList) {
      if (!rule.docs) continue;
      // A rule's doc is either a web address or a path inside the extension (docs/rules/ID.md).
      const link = /^[a-z][a-z0-9+.-]*:/i.test(rule.docs)
        ? vscode.Uri.parse(rule.docs)
        : vscode.Uri.joinPath(extensionUri, rule.docs);
      this.#codes.set(rule.id, { value: rule.id, target: link });
    }
  }

  /** Convert the review's findings and set them (at once, or over a few turns for a large feed's first time). */
  update(document: vscode.TextDocument, review: Review): void {
    const placed = itemKeys(review);
    const items = review.items;
    const uri = document.uri.toString();
    const generation = ++this.#updates;
    this.#generations.set(uri, generation);
    const version = document.version;
    const diagnostics: vscode.Diagnostic[] = [];
    let k = 0;
    const step = () => {
      if (this.#generations.get(uri) !== generation || document.version !== version || document.isClosed) return;
      const until = Date.now() + SLICE_MS;
      for (; k < items.length; k++) {
        if (Date.now() >= until) {
          void yieldSlice().then(step);
          return;
        }
        const key: object = placed ? placed.keys[k] : items[k];
        let made = this.#made.get(key);
        if (made && made.list.length === 0) continue;
        const at = document.positionAt(placed ? placed.starts[k] : items[k].start);
        if (!made) made = { at, list: this.#convert(document, items[k]) };
        else if (made.at.line !== at.line || made.at.character !== at.character) made = { at, list: made.list.map((d) => moved(d, made!.at, at)) };
        this.#made.set(key, made);
        for (const d of made.list) diagnostics.push(d);
      }
      this.#collection.set(document.uri, diagnostics);
    };
    step();
  }

  #convert(document: vscode.TextDocument, item: Item): vscode.Diagnostic[] {
    return item.findings.map((finding) =>
      wireDiagnostic(rangeOf(document, finding.start, finding.end), finding.message, severityOf(finding.severity), this.#codes.get(finding.rule) ?? finding.rule),
    );
  }

  clear(uri: vscode.Uri): void {
    this.#generations.delete(uri.toString());
    this.#collection.delete(uri);
  }

  clearAll(): void {
    this.#generations.clear();
    this.#collection.clear();
  }

  dispose(): void {
    this.#collection.dispose();
  }
}

/** Conversion done between two yields to the event loop (ms). */
const SLICE_MS = 5;
