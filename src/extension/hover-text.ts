// The Markdown text of the hovers. Pure (no `vscode` import): the words come from the core
// (`describeAttribution`); this module only lays them out and escapes them.
import { describeAttribution } from '../core';
import type { Item, Quote } from '../core/model';
import type { MentionHit } from './locate';
import { quoteLabel } from './locate';

/** Escapes text so Markdown shows it literally (same set as VS Code's `MarkdownString.appendText`, plus `<>|`). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!~<>|]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const KIND_WORDS: Record<string, string> = {
  direct: 'Direct quotation',
  partial: 'Partial quotation',
  scare: 'Scare quotes',
};

/**
 * Hover for a quotation: a heading (kind, unclosed), then the core's plain-words lines: who said it,
 * how we know (the cue quoted), translated / via notes, and this speaker's quotation count.
 */
export function quoteHoverMarkdown(
  item: Item,
  quote: Quote,
  describe: (quote: Quote, item: Item) => string[] = describeAttribution,
): string {
  const heading = KIND_WORDS[quote.kind] ?? 'Quotation';
  const notes: string[] = [];
  if (!quote.closed) notes.push('never closed');
  if (quote.paragraphs > 1) notes.push(`runs over ${quote.paragraphs} paragraphs`);
  const lines = describe(quote, item)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const out = [`**${heading}**${notes.length ? ` (${notes.join(', ')})` : ''}`];
  lines.forEach((line, k) => out.push(k === 0 ? `**${escapeMarkdown(line)}**` : escapeMarkdown(line)));
  return out.join('\n\n');
}

/**
 * Hover for a speaker mention: who the speaker is and the list of their quotations in this item, each
 * with its kind and line. `lineOf` gives the 0-based line of an offset.
 */
export function mentionHoverMarkdown(item: Item, hit: MentionHit, lineOf: (offset: number) => number): string {
  const { speaker } = hit;
  const who = speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name;
  const quotes = speaker.quotes.map((index) => item.quotes[index]).filter((q): q is Quote => q !== undefined);
  const mentioned =
    hit.mention.text && hit.mention.text !== speaker.name ? ` (mentioned here as “${escapeMarkdown(hit.mention.text)}”)` : '';
  const out = [`**${escapeMarkdown(who)}**${mentioned}`];
  if (quotes.length === 0) {
    out.push('No quotations attributed to this speaker in this item.');
    return out.join('\n\n');
  }
  out.push(`${plural(quotes.length, 'quotation')} in this item:`);
  const list = quotes.map((q, k) => {
    const notes: string[] = [q.kind];
    if (q.speaker?.translated) notes.push('translated');
    if (q.speaker?.via) notes.push(`via ${q.speaker.via}`);
    if (!q.closed) notes.push('unclosed');
    return `${k + 1}. ${escapeMarkdown(quoteLabel(q, 10, 80))} (${escapeMarkdown(notes.join(', '))}, line ${lineOf(q.start) + 1})`;
  });
  out.push(list.join('\n'));
  return out.join('\n\n');
}
