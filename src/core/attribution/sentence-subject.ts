// A quotation inside a sentence whose subject speaks: `Lee said cooperation shifted to a "horizontal one"`,
// `Xi described the two as "close neighbours," saying ...`, `Lee welcomed ..., expressing hope for
// "tangible results"`. The speaker is the subject of the nearest reporting verb before the quotation,
// else of the first one after it. `..., saying "..."` is the same rule named `saying`.
import { speakerBefore } from '../mentions';
import type { AttributionRuleFn, Found } from './types';
import { isReportingVerb } from './verbs';

export const sentenceSubject: AttributionRuleFn = (ctx) => {
  const tokens = ctx.sentenceTokens();
  let best: Found | undefined;
  for (let v = 0; v < tokens.length; v++) {
    if (!isReportingVerb(tokens[v])) continue;
    const m = speakerBefore(ctx.text, tokens, v);
    if (!m || m.kind === 'agency') continue;
    const found: Found = { rule: 'sentence-subject', mention: m, cue: { start: m.start, end: tokens[v].end } };
    if (tokens[v].start < ctx.quote.start) best = found;
    else {
      best ??= found;
      break;
    }
  }
  if (!best) return undefined;
  const bt = ctx.beforeTokens();
  const last = bt.length > 0 ? bt[bt.length - 1].lower : '';
  if (last === 'saying' || last === 'adding' || (bt.length > 1 && bt[bt.length - 1].text === ',' && /^(?:saying|adding)$/.test(bt[bt.length - 2].lower))) {
    best.rule = 'saying';
  }
  return best;
};
