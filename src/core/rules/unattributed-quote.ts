// unattributed-quote: a quotation no cue ties to a speaker (scare quotes are not speech and are skipped).
import { docsPath, excerpt, type Rule } from './rule';

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  description: 'A quotation has no speaker: nothing in the text says who said it.',
  docs: docsPath('unattributed-quote'),
  check(item, text) {
    const out = [];
    for (const q of item.quotes) {
      if (!q.closed || q.kind === 'scare' || q.speaker !== null) continue;
      out.push({
        start: q.start,
        end: q.end,
        message: `Who said "${excerpt(text.slice(q.inner.start, q.inner.end), 40)}"? No cue such as "X said" or "according to X" names the speaker.`,
      });
    }
    return out;
  },
};
