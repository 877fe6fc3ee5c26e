// The Markdown text of the hovers. Pure (no `vscode` import): the words come from the core
// (`describeAttribution`); this module only lays them out and escapes them.
import { describeAttribution } from '../core';
import type { Item, Quote } from '../core/model';
import type { MentionHit } from './locate';
import { quoteLabel } from './locate';
import { kindWord } from './outline-tree';
import { english, type Translate } from './translate';

/** Escapes text so Markdown shows it literally (same set as VS Code's `MarkdownString.appendText`, plus `<>|`). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!~<>|]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ');
}

function kindHeading(kind: string, t: Translate): string {
  if (kind === 'direct') return t('Direct quotation');
  if (kind === 'partial') return t('Partial quotation');
  if (kind === 'scare') return t('Scare quotes');
  return t('Quotation');
}

/**
 * Hover for a quotation: a heading (kind, unclosed), then the core's plain-words lines: who said it,
 * how we know (the cue quoted), translated / via notes, and this speaker's quotation count.
 */
export function quoteHoverMarkdown(
  item: Item,
  quote: Quote,
  describe: (quote: Quote, item: Item) => string[] = describeAttribution,
  t: Translate = english,
): string {
  const heading = kindHeading(quote.kind, t);
  const notes: string[] = [];
  if (!quote.closed) notes.push(t('never closed'));
  if (quote.paragraphs > 1) notes.push(t('runs over {0} paragraphs', quote.paragraphs));
  const lines = describe(quote, item)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const out = [notes.length ? t('**{0}** ({1})', heading, notes.join(', ')) : `**${heading}**`];
  lines.forEach((line, k) => out.push(k === 0 ? `**${escapeMarkdown(line)}**` : escapeMarkdown(line)));
  return out.join('\n\n');
}

/**
 * Hover for a speaker mention: who the speaker is and the list of their quotations in this item, each
 * with its kind and line. `lineOf` gives the 0-based line of an offset.
 */
export function mentionHoverMarkdown(
  item: Item,
  hit: MentionHit,
  lineOf: (offset: number) => number,
  t: Translate = english,
): string {
  const { speaker } = hit;
  const who = speaker.title ? t('{0} ({1})', speaker.name, speaker.title) : speaker.name;
  const quotes = speaker.quotes.map((index) => item.quotes[index]).filter((q): q is Quote => q !== undefined);
  const mentioned =
    hit.mention.text && hit.mention.text !== speaker.name ? t(' (mentioned here as “{0}”)', escapeMarkdown(hit.mention.text)) : '';
  const out = [`**${escapeMarkdown(who)}**${mentioned}`];
  if (quotes.length === 0) {
    out.push(t('No quotations attributed to this speaker in this item.'));
    return out.join('\n\n');
  }
  out.push(quotes.length === 1 ? t('1 quotation in this item:') : t('{0} quotations in this item:', quotes.length));
  const list = quotes.map((q, k) => {
    const notes: string[] = [kindWord(q.kind, t)];
    if (q.speaker?.translated) notes.push(t('translated'));
    if (q.speaker?.via) notes.push(t('via {0}', q.speaker.via));
    if (!q.closed) notes.push(t('unclosed'));
    return t(
      '{0}. {1} ({2}, line {3})',
      k + 1,
      escapeMarkdown(quoteLabel(q, 10, 80)),
      escapeMarkdown(notes.join(', ')),
      lineOf(q.start) + 1,
    );
  });
  out.push(list.join('\n'));
  return out.join('\n\n');
}
