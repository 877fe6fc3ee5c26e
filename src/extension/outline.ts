// The outline (document symbols, which also feed breadcrumbs and Go to Symbol). The editor asks again after
// every edit: in a feed of many items, each item's symbol is kept (by the review cache's key for the item,
// with the position of its start) and reused, moved by whole lines when an edit above it added some.
import * as vscode from 'vscode';
import { moveRange, rangeOf, t } from './host';
import type { Review } from '../core/model';
import { itemKeys, yieldSlice } from './cache';
import { buildOutline, itemNode, type OutlineKind, type OutlineNode } from './outline-tree';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  item: vscode.SymbolKind.Module,
  person: vscode.SymbolKind.Class,
  organisation: vscode.SymbolKind.Struct,
  unattributed: vscode.SymbolKind.Namespace,
  quote: vscode.SymbolKind.String,
};

/**
 * Move `s` and its children, in place, from an item that started at `from` to one that starts at `to`
 * (moveRange). In place: the editor converts the symbols a provider returns when it returns them.
 */
function move(s: vscode.DocumentSymbol, from: vscode.Position, to: vscode.Position): void {
  const range = moveRange(s.range, from, to);
  s.selectionRange = s.selectionRange === s.range ? range : moveRange(s.selectionRange, from, to);
  s.range = range;
  for (const c of s.children) move(c, from, to);
}

export class WireOutlineProvider implements vscode.DocumentSymbolProvider {
  readonly #made = new WeakMap<object, { at: vscode.Position; readonly symbol: vscode.DocumentSymbol }>();

  /** May have to wait for a large document's first review (it is done in slices). */
  readonly #reviewOf: (document: vscode.TextDocument) => Review | undefined | PromiseLike<Review | undefined>;

  constructor(reviewOf: (document: vscode.TextDocument) => Review | undefined | PromiseLike<Review | undefined>) {
    this.#reviewOf = reviewOf;
  }

  async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const version = document.version;
    const review = await this.#reviewOf(document);
    if (!review || document.version !== version) return [];
    const range = (s: { start: number; end: number }) => rangeOf(document, s.start, s.end);
    const convert = (node: OutlineNode): vscode.DocumentSymbol => {
      const full = range(node.range);
      // A feed's outline is kept, tens of thousands of symbols: a quotation's selection is its range, one object.
      let selection = node.selection === node.range ? full : range(node.selection);
      if (!full.contains(selection)) selection = new vscode.Range(full.start, full.start);
      const symbol = new vscode.DocumentSymbol(node.name, node.detail, KINDS[node.kind], full, selection);
      if (node.children.length > 0) symbol.children = node.children.map(convert);
      return symbol;
    };
    if (review.items.length <= 1) return buildOutline(review, t).map(convert);
    // A feed of thousands of items: built a slice at a time, from a turn of its own (the review it waited
    // for may just have landed), so the extension host is never held for long (given up if the document
    // changes meanwhile: the editor asks again).
    const symbols: vscode.DocumentSymbol[] = [];
    const placed = itemKeys(review);
    let until = 0;
    for (let k = 0; k < review.items.length; k++) {
      if (Date.now() >= until) {
        await yieldSlice();
        if (document.version !== version || token?.isCancellationRequested) return [];
        until = Date.now() + SLICE_MS;
      }
      const key: object = placed ? placed.keys[k] : review.items[k];
      const at = document.positionAt(placed ? placed.starts[k] : review.items[k].start);
      let made = this.#made.get(key);
      if (!made) this.#made.set(key, (made = { at, symbol: convert(itemNode(review.items[k], t)) }));
      else if (made.at.line !== at.line || made.at.character !== at.character) {
        move(made.symbol, made.at, at);
        made.at = at;
      }
      symbols.push(made.symbol);
    }
    return symbols;
  }
}

/** Work done between two yields to the event loop when a large outline is built (ms). */
const SLICE_MS = 5;
