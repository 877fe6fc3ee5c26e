// translated-quote: the quotation was said through a translator or an interpreter.
import { docsPath, excerpt, type Rule } from './rule';

export const translatedQuote: Rule = {
  id: 'translated-quote',
  defaultSeverity: 'information',
  description: 'A quotation was given through a translator or interpreter: the words are the translation.',
  docs: docsPath('translated-quote'),
  check(item, text) {
    const out = [];
    for (const q of item.quotes) {
      const speaker = q.speaker;
      if (!speaker?.translated) continue;
      out.push({
        start: q.start,
        end: q.end,
        message: `"${excerpt(text.slice(q.inner.start, q.inner.end), 36)}" was said by ${speaker.name} through a translator: these are the translator's words.`,
      });
    }
    return out;
  },
};
