// A quotation with no cue of its own continues an earlier speaker: a later quotation in the same
// paragraph (`"...," he said. "..."`, `"...," said the senator, "..."`), or a paragraph that opens with a
// quotation right after a paragraph whose quotation was attributed (`continuation`), or after a paragraph
// that ends with a colon (`Lee said:`, `previous-intro`).
import { tokenize } from '../tokens';
import { sentenceAt, type QuoteContext } from './context';
import { phraseAfter, phraseAsSpeaker, subjectOfVerb } from './speaker';
import type { AttributionRuleFn } from './types';
import { cueVerbEnd, skipPunctuation } from './verbs';

/**
 * `"...," Trump went on`: words after the quotation in its sentence that read as its own cue, one the
 * sieve did not recognise. Such a quotation is left unattributed rather than given to the previous speaker.
 */
function hasOwnCue(ctx: QuoteContext): boolean {
  const tokens = ctx.afterTokens();
  const s = skipPunctuation(tokens);
  if (s >= tokens.length || !tokens[s].word) return false;
  const last = ctx.text.charCodeAt(ctx.quote.inner.end - 1);
  // `"A," X verbs` / `"A?" X verbs`: a comma (or question or exclamation) inside the closing mark.
  return last === 44 || last === 63 || last === 33 || last === 0x2014;
}

export const continuation: AttributionRuleFn = (ctx, earlier, all) => {
  const p = ctx.quote.firstParagraph;
  if (hasOwnCue(ctx)) return undefined;
  const opensSentence = ctx.quote.start === ctx.openSentence.start;
  // An earlier attributed quotation in the same paragraph: `"A," he said. "B."`, or `"A," said the
  // senator, "B."` (the cue between them belongs to the first).
  for (let k = ctx.index - 1; k >= 0 && all[k].quote.lastParagraph === p; k--) {
    const f = earlier[k].found;
    if (!f || earlier[k].kind === 'scare') {
      if (k === ctx.index - 1 && !opensSentence) return undefined;
      continue;
    }
    const interrupted = k === ctx.index - 1 && ctx.before.start === all[k].quote.end && f.cue.start >= all[k].quote.end && f.cue.end <= ctx.quote.start;
    if (opensSentence || interrupted) return { rule: 'continuation', mention: f.mention, cue: f.cue, from: k };
    return undefined;
  }
  // Only a quotation that opens its paragraph continues the paragraph before.
  if (!opensSentence || ctx.beforeTokens().length > 0 || ctx.before.start > ctx.paragraphs[p].start || p === 0) return undefined;
  const prev = ctx.paragraphs[p - 1];
  if (ctx.text.charCodeAt(prev.end - 1) === 58 /* : */) {
    const sentence = sentenceAt(prev.sentences, prev.end - 1);
    const tokens = tokenize(ctx.text, sentence.start, prev.end);
    for (let v = tokens.length - 1; v >= 0; v--) {
      const end = cueVerbEnd(tokens, v);
      if (end < 0) continue;
      const m = subjectOfVerb(ctx.text, tokens, v) ?? phraseAfter(ctx.text, tokens, end);
      if (m && m.kind !== 'agency') return { rule: 'previous-intro', mention: m, cue: { start: m.start < tokens[v].start ? m.start : tokens[v].start, end: m.end > tokens[end - 1].end ? m.end : tokens[end - 1].end } };
    }
    // `Lee:` alone, or `From the report:`.
    const m = phraseAsSpeaker(ctx.text, tokens, 0, tokens.length - 1);
    if (m && m.kind === 'person') return { rule: 'previous-intro', mention: m, cue: { start: m.start, end: prev.end } };
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
