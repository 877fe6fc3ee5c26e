// A quotation inside a sentence whose subject speaks: `Lee said cooperation shifted to a "horizontal one"`,
// `Xi described the two as "close neighbours," saying ...`, `Lee welcomed ..., expressing hope for
// "tangible results"`. The speaker is the subject of the nearest reporting verb before the quotation,
// else of the first one after it. A participle (`saying`, `adding`, `telling reporters`) speaks with the
// reporting verb before it in the sentence (`Spicer said, adding`), else with the noun right before it
// (`with protesters chanting`), else with the subject of its sentence. `..., saying "..."` is the same
// rule named `saying`.
import { speakerBefore, type SpeakerMention } from '../mentions';
import type { Token } from '../tokens';
import { mainSubject, phraseAsSpeaker, subjectOfVerb } from './speaker';
import type { AttributionRuleFn, Found } from './types';
import { cueVerbEnd } from './verbs';

function participleSubject(text: string, tokens: readonly Token[], v: number): SpeakerMention | undefined {
  // `Spicer said, adding`: the finite reporting verb before it.
  for (let k = v - 1; k >= 0; k--) {
    if (cueVerbEnd(tokens, k, true) < 0 || tokens[k].lower.endsWith('ing')) continue;
    const m = subjectOfVerb(text, tokens, k);
    if (m) return m;
    break;
  }
  // `with many marchers chanting`, `where about 50 protesters had gathered, chanting`.
  if (v > 0 && tokens[v - 1].word) {
    for (let c = v - 1; c >= 0 && c >= v - 8; c--) {
      if (c > 0 && !(tokens[c - 1].word ? /^(?:with|as|while|where|when)$/.test(tokens[c - 1].lower) : /^[,;:(]$/.test(tokens[c - 1].text))) continue;
      const m = phraseAsSpeaker(text, tokens, c, v);
      if (m) return m;
      break;
    }
  }
  return mainSubject(text, tokens, v);
}

export const sentenceSubject: AttributionRuleFn = (ctx) => {
  const tokens = ctx.sentenceTokens();
  let best: Found | undefined;
  for (let v = 0; v < tokens.length; v++) {
    const before = tokens[v].start < ctx.quote.start;
    // After the quotation, only a plain reporting verb (`"...," a line that Lee said`).
    const end = cueVerbEnd(tokens, v, !before);
    if (end < 0) continue;
    if (!before && best) break;
    const participle = tokens[v].lower.endsWith('ing');
    // The subject at a clause start, else the name right before the verb (`..., and Lee said`).
    const m = participle ? participleSubject(ctx.text, tokens, v) : (subjectOfVerb(ctx.text, tokens, v) ?? speakerBefore(ctx.text, tokens, v));
    if (!m || m.kind === 'agency') continue;
    best = { rule: 'sentence-subject', mention: m, cue: { start: Math.min(m.start, tokens[v].start), end: Math.max(m.end, tokens[end - 1].end) } };
    if (!before) break;
  }
  if (!best) return undefined;
  const bt = ctx.beforeTokens();
  const last = bt.length > 0 ? bt[bt.length - 1].lower : '';
  if (last === 'saying' || last === 'adding' || (bt.length > 1 && bt[bt.length - 1].text === ',' && /^(?:saying|adding)$/.test(bt[bt.length - 2].lower))) {
    best.rule = 'saying';
  }
  return best;
};
