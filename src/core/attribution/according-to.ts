// `"...," according to Lee` / `According to the ministry, "..."`: the speaker follows `according to`
// (`according to a statement from the central bank`: the bank speaks).
import { phraseAfter } from './speaker';
import type { AttributionRuleFn } from './types';

export const accordingTo: AttributionRuleFn = (ctx) => {
  for (const tokens of [ctx.afterTokens(), ctx.beforeTokens()]) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i].lower !== 'according' || tokens[i + 1].lower !== 'to') continue;
      const m = phraseAfter(ctx.text, tokens, i + 2);
      if (m && m.kind !== 'agency') return { rule: 'according-to', mention: m, cue: { start: tokens[i].start, end: m.end } };
    }
  }
  return undefined;
};
