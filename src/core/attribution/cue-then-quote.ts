// `Lee said: "..."` (colon-intro), `Lee said, "..."` / `he told reporters "..."` (cue-then-quote), and
// `Lee: "..."` as in headlines and transcripts (colon-intro): the cue comes just before the quotation.
import { speakerAfter, speakerBefore } from '../mentions';
import type { AttributionRuleFn } from './types';
import { isReportingVerb } from './verbs';

/** At most this many tokens between the verb and the quotation (`told reporters in Seoul on Friday:`). */
const GAP = 10;

export const cueThenQuote: AttributionRuleFn = (ctx) => {
  const tokens = ctx.beforeTokens();
  const n = tokens.length;
  if (n === 0) return undefined;
  const lastText = tokens[n - 1].text;
  const colon = lastText === ':';
  // Headline or transcript form: `Lee:` or `President Lee:` alone before the quotation.
  if (colon && n >= 2) {
    const m = speakerBefore(ctx.text, tokens, n - 1, 0);
    if (m && m.kind !== 'agency' && m.start === tokens[0].start) return { rule: 'colon-intro', mention: m, cue: { start: m.start, end: tokens[n - 1].end } };
  }
  for (let v = n - 1; v >= 0 && v >= n - 1 - GAP; v--) {
    if (!isReportingVerb(tokens[v])) continue;
    const rest = tokens.slice(v + 1);
    const endsOpen = rest.length === 0 || colon || lastText === ',' || (rest.length === 1 && rest[0].lower === 'that') || (rest.length <= 2 && rest[rest.length - 1].lower === 'that');
    if (!endsOpen) continue;
    const rule = colon ? 'colon-intro' : 'cue-then-quote';
    // `saying` / `adding` continue the sentence's subject.
    if (tokens[v].lower.endsWith('ing')) return undefined;
    const before = speakerBefore(ctx.text, tokens, v);
    if (before && before.kind !== 'agency') return { rule, mention: before, cue: { start: before.start, end: tokens[v].end } };
    const after = speakerAfter(ctx.text, tokens, v + 1);
    if (after && after.kind !== 'agency') return { rule, mention: after, cue: { start: tokens[v].start, end: after.end } };
  }
  return undefined;
};
