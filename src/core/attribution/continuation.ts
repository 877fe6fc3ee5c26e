// A quotation with no cue of its own continues an earlier speaker: a later quotation in the same
// paragraph (`"...," he said. "..."`), or a paragraph that opens with a quotation right after a paragraph
// whose quotation was attributed (`continuation`), or after a paragraph that ends with a colon
// (`Lee said:`, `previous-intro`).
import { speakerAfter, speakerBefore } from '../mentions';
import { tokenize } from '../tokens';
import { sentenceAt } from './context';
import type { AttributionRuleFn } from './types';
import { isReportingVerb } from './verbs';

export const continuation: AttributionRuleFn = (ctx, earlier, all) => {
  const p = ctx.quote.firstParagraph;
  // An earlier attributed quotation in the same paragraph.
  for (let k = ctx.index - 1; k >= 0 && all[k].quote.lastParagraph === p; k--) {
    const f = earlier[k].found;
    if (f && earlier[k].kind !== 'scare') return { rule: 'continuation', mention: f.mention, cue: f.cue, from: k };
  }
  // Only a quotation that opens its paragraph continues the paragraph before.
  if (ctx.beforeTokens().length > 0 || ctx.before.start > ctx.paragraphs[p].start || p === 0) return undefined;
  const prev = ctx.paragraphs[p - 1];
  if (ctx.text.charCodeAt(prev.end - 1) === 58 /* : */) {
    const sentence = sentenceAt(prev.sentences, prev.end - 1);
    const tokens = tokenize(ctx.text, sentence.start, prev.end);
    for (let v = tokens.length - 1; v >= 0; v--) {
      if (!isReportingVerb(tokens[v])) continue;
      const m = speakerBefore(ctx.text, tokens, v) ?? speakerAfter(ctx.text, tokens, v + 1);
      if (m && m.kind !== 'agency') return { rule: 'previous-intro', mention: m, cue: { start: m.start < tokens[v].start ? m.start : tokens[v].start, end: m.end > tokens[v].end ? m.end : tokens[v].end } };
    }
    const m = speakerBefore(ctx.text, tokens, tokens.length - 1);
    if (m && m.kind === 'person' && m.start === tokens[0].start) return { rule: 'previous-intro', mention: m, cue: { start: m.start, end: prev.end } };
  }
  // The last quotation of the previous paragraph, when it was attributed speech.
  for (let k = ctx.index - 1; k >= 0; k--) {
    const q = all[k].quote;
    if (q.lastParagraph < p - 1) break;
    const f = earlier[k].found;
    if (q.lastParagraph === p - 1 && f && earlier[k].kind === 'direct') return { rule: 'continuation', mention: f.mention, cue: f.cue, from: k };
    if (q.lastParagraph === p - 1) break;
  }
  return undefined;
};
