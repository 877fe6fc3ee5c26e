// secondary-source: the quotation comes second-hand, as reported by another outlet or agency.
import { docsPath, excerpt, type Rule } from './rule';

export const secondarySource: Rule = {
  id: 'secondary-source',
  defaultSeverity: 'information',
  description: 'A quotation is reported second-hand by another outlet or agency; keep the credit.',
  docs: docsPath('secondary-source'),
  check(item, text) {
    const out = [];
    for (const q of item.quotes) {
      const speaker = q.speaker;
      if (!speaker?.via) continue;
      out.push({
        start: q.start,
        end: q.end,
        message: `"${excerpt(text.slice(q.inner.start, q.inner.end), 36)}" reached us through ${speaker.via}, not from ${speaker.name} directly: keep the credit.`,
      });
    }
    return out;
  },
};
