// secondary-source: the quotation comes second-hand, as reported by another outlet or agency.
import { docsPath, excerpt, type Rule } from './rule';

export const secondarySource: Rule = {
  id: 'secondary-source',
  defaultSeverity: 'information',
  description: 'A quotation is reported second-hand by another outlet or agency; keep the credit.',
  docs: docsPath('secondary-source'),
  check(item, text) {
    return item.quotes
      .filter((q) => q.speaker?.via)
      .map((q) => ({
        start: q.start,
        end: q.end,
        message: `"${excerpt(text.slice(q.inner.start, q.inner.end), 36)}" reached us through ${q.speaker!.via}, not from ${q.speaker!.name} directly: keep the credit.`,
      }));
  },
};
