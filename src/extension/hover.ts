// Hovers: on a quotation, who said it and how we know; on a speaker mention, that speaker's quotations.
import * as vscode from 'vscode';
import type { Review } from '../core/model';
import { rangeOf, t } from './host';
import { hoverTarget, itemAt } from './locate';
import { mentionHoverMarkdown, quoteHoverMarkdown } from './hover-text';


export class WireHoverProvider implements vscode.HoverProvider {
  /** `reviewOf` may have to wait for a large document's first review (it is done in slices). */
  readonly #reviewOf: (document: vscode.TextDocument) => Review | undefined | PromiseLike<Review | undefined>;

  constructor(reviewOf: (document: vscode.TextDocument) => Review | undefined | PromiseLike<Review | undefined>) {
    this.#reviewOf = reviewOf;
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const version = document.version;
    const review = await this.#reviewOf(document);
    if (!review || document.version !== version) return undefined;
    const offset = document.offsetAt(position);
    const item = itemAt(review, offset);
    if (!item) return undefined;
    const range = (start: number, end: number) => rangeOf(document, start, end);

    const target = hoverTarget(item, offset);
    if (target?.kind === 'mention') {
      const { hit } = target;
      const text = mentionHoverMarkdown(item, hit, (o) => document.positionAt(o).line, t);
      return new vscode.Hover(new vscode.MarkdownString(text), range(hit.mention.start, hit.mention.end));
    }
    if (target?.kind === 'quote') {
      const quote = item.quotes[target.index];
      return new vscode.Hover(new vscode.MarkdownString(quoteHoverMarkdown(item, quote, undefined, t)), range(quote.start, quote.end));
    }
    return undefined;
  }
}
