// `"...," Lee said` / `"...," said Kim, the minister,` / `"...," he told reporters` / `"...," the ministry said`
// / `"...," Yonhap quoted Lee as saying`: the cue follows the quotation in its sentence.
import { speakerAfter, speakerBefore } from '../mentions';
import type { AttributionRuleFn } from './types';
import { isReportingVerb, skipPunctuation } from './verbs';

/** How many tokens after the quotation the reporting verb may be (`Kim Min-seok, a spokesman for the ministry, said`). */
const REACH = 16;

export const quoteThenCue: AttributionRuleFn = (ctx) => {
  const tokens = ctx.afterTokens();
  const s = skipPunctuation(tokens);
  if (s >= tokens.length) return undefined;
  // said Kim
  if (isReportingVerb(tokens[s])) {
    const m = speakerAfter(ctx.text, tokens, s + 1);
    if (m && m.kind !== 'agency') return { rule: 'quote-then-cue', mention: m, cue: { start: tokens[s].start, end: m.end } };
  }
  // Kim said / he said / the ministry said / Kim, a spokesman, said
  for (let v = s + 1; v < tokens.length && v <= s + REACH; v++) {
    if (!isReportingVerb(tokens[v])) continue;
    const m = speakerBefore(ctx.text, tokens, v, s);
    if (!m || m.start !== tokens[s].start) continue;
    if (m.kind === 'agency') {
      // Yonhap quoted Lee as saying: the person after `quoted` speaks.
      if (tokens[v].lower === 'quoted' || tokens[v].lower === 'cited') {
        const p = speakerAfter(ctx.text, tokens, v + 1);
        if (p && p.kind !== 'agency') return { rule: 'quote-then-cue', mention: p, cue: { start: m.start, end: p.end } };
      }
      return undefined;
    }
    return { rule: 'quote-then-cue', mention: m, cue: { start: m.start, end: tokens[v].end } };
  }
  return undefined;
};
