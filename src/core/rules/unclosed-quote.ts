// unclosed-quote: a quote mark opens a quotation that never closes (and the next paragraph does not
// continue it with a quote mark).
import { docsPath, excerpt, splitsSurrogatePair, type Rule } from './rule';

export const unclosedQuote: Rule = {
  id: 'unclosed-quote',
  defaultSeverity: 'error',
  description: 'A quotation is opened and never closed.',
  docs: docsPath('unclosed-quote'),
  check(item, text) {
    const out = [];
    for (const q of item.quotes) {
      if (q.closed) continue;
      // Underline the opening mark and the first words, not the whole rest of the paragraph.
      let end = q.start + 1;
      while (end < q.end && end - q.start < 40 && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      // Never end the underline inside an emoji (a surrogate pair): take the whole character.
      if (splitsSurrogatePair(text, end)) end++;
      out.push({
        start: q.start,
        end,
        message: `This quotation is never closed: "${excerpt(text.slice(q.inner.start, q.inner.end), 40)}". Add the closing quote mark where the speech ends.`,
      });
    }
    return out;
  },
};
