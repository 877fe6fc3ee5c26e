// The outline (document symbols, which also feed breadcrumbs and Go to Symbol).
import * as vscode from 'vscode';
import type { Review } from '../core/model';
import { buildOutline, itemNode, type OutlineKind, type OutlineNode } from './outline-tree';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  item: vscode.SymbolKind.Module,
  person: vscode.SymbolKind.Class,
  organisation: vscode.SymbolKind.Struct,
  unattributed: vscode.SymbolKind.Namespace,
  quote: vscode.SymbolKind.String,
};

export class WireOutlineProvider implements vscode.DocumentSymbolProvider {
  /** `reviewOf` may have to wait for a large document's first review (it is done in slices). */
  constructor(private readonly reviewOf: (document: vscode.TextDocument) => Review | undefined | PromiseLike<Review | undefined>) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const version = document.version;
    const review = await this.reviewOf(document);
    if (!review || document.version !== version) return [];
    const range = (s: { start: number; end: number }) =>
      new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
    const convert = (node: OutlineNode): vscode.DocumentSymbol => {
      const full = range(node.range);
      let selection = range(node.selection);
      if (!full.contains(selection)) selection = new vscode.Range(full.start, full.start);
      const symbol = new vscode.DocumentSymbol(node.name, node.detail, KINDS[node.kind], full, selection);
      symbol.children = node.children.map(convert);
      return symbol;
    };
    if (review.items.length <= 1) return buildOutline(review, vscode.l10n.t).map(convert);
    // A feed of thousands of items: built a slice at a time, so the extension host is never held for long
    // (given up if the document changes meanwhile: the editor asks again).
    const symbols: vscode.DocumentSymbol[] = [];
    let until = Date.now() + SLICE_MS;
    for (const item of review.items) {
      symbols.push(convert(itemNode(item, vscode.l10n.t)));
      if (Date.now() < until) continue;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (document.version !== version || token?.isCancellationRequested) return [];
      until = Date.now() + SLICE_MS;
    }
    return symbols;
  }
}

/** Work done between two yields to the event loop when a large outline is built (ms). */
const SLICE_MS = 10;
