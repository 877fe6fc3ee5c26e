// The outline (document symbols, which also feed breadcrumbs and Go to Symbol).
import * as vscode from 'vscode';
import type { Review } from '../core/model';
import { buildOutline, type OutlineKind, type OutlineNode } from './outline-tree';

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

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
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
    return buildOutline(review).map(convert);
  }
}
