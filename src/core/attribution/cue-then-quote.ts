// `Lee said: "..."` (colon-intro), `Lee said, "..."` / `he told reporters "..."` / `Sen. Mike Lee, R-Utah,
// said in an op-ed, "..."` (cue-then-quote), and `Lee: "..."` / `Rep. Jim Jordan (R-Ohio): "..."` as in
// headlines and transcripts (colon-intro): the cue comes just before the quotation.
import type { Token } from '../tokens';
import type { QuoteContext } from './context';
import { mainSubject, nearestSubject, personNoun, phraseAfter, phraseAsSpeaker, subjectOfVerb } from './speaker';
import type { AttributionRuleFn, Found } from './types';
import { cueVerbEnd } from './verbs';
import { wordSet } from '../text';

const NOT_INTRO_WORDS = wordSet("more from here's here is of");

/** At most this many tokens between the verb and the quotation (`told reporters in Seoul on Friday:`). */
const GAP = 12;

/** Words that show the verb's clause goes on past it (`said the plan was "..."`): not an introduction. */
const CLAUSE_WORDS: ReadonlySet<string> = wordSet(
  'is was are were be been has have had will would could should can may might must not which who ' +
  'whether if because as than it he she they we i you this these those there its their his her',
);

/** Does the text between the verb's end and the quotation leave the quotation as what was said? */
function introduces(tokens: readonly Token[], end: number, n: number): boolean {
  if (end >= n) return true;
  // `Said Ana Reyes, who has run the stall for 30 years,`: an inverted cue opening the sentence, its speaker after it.
  if (end === 1 && tokens[0].cap && (tokens[n - 1].text === ',' || tokens[n - 1].text === ':')) return true;
  const last = tokens[n - 1];
  if (last.lower === 'that' && n - end <= 2) return true;
  const closed = last.text === ':' || last.text === ',';
  const to = closed ? n - 1 : n;
  // `tweeted this:`, `put it this way:`
  if (last.text === ':' && to - end <= 3 && tokens.slice(end, to).every((t) => t.word && t.lower !== 'that' && !t.cap)) return true;
  if (!closed && to - end > 4) return false;
  for (let k = end; k < to; k++) {
    const t = tokens[k];
    // `quoted Kim as saying,`
    if (t.lower === 'as' && k + 1 < to && tokens[k + 1].lower === 'saying') return k + 2 === to;
    if (t.word && !t.cap && (CLAUSE_WORDS.has(t.lower) || t.lower === 'that')) return false;
    if (!t.word && !/^[,'\u2019\-.()]$/.test(t.text)) return false;
  }
  return true;
}

export const cueThenQuote: AttributionRuleFn = (ctx) => {
  const tokens = ctx.beforeTokens();
  const n = tokens.length;
  if (n === 0) return undefined;
  const colon = tokens[n - 1].text === ':';
  // Headline or transcript form: `Lee:` or `Rep. Jim Jordan (R-Ohio):` alone before the quotation, or
  // after a heading and a dash (`RATES WILL FALL - Priya Nair:`), or `More from Nair:`, `Here's X:`.
  if (colon && n >= 2) {
    let from = 0;
    // (A word is no dash: the expression reads only punctuation, about 13,000 tokens a review of the feed fewer.)
    for (let k = n - 2; k > 0; k--) {
      if (!tokens[k].word && /^[-\u2014\u2013\u2015]$/.test(tokens[k].text)) {
        from = k + 1;
        break;
      }
    }
    while (from < n - 2 && NOT_INTRO_WORDS.has(tokens[from].lower)) from++;
    const m = phraseAsSpeaker(ctx.text, tokens, from, n - 1);
    if (m && (m.kind === 'person' || m.kind === 'organisation' || (from > 0 && m.kind === 'role'))) return { rule: 'colon-intro', mention: m, cue: { start: m.start, end: tokens[n - 1].end } };
  }
  // `Lindqvist objected:` / `she shot back:`: a subject and one verb-like word before a colon.
  if (colon && n >= 3) {
    const w = tokens[n - 2];
    if (w.word && !w.cap && /(?:ed|es|s)$/.test(w.lower) && cueVerbEnd(tokens, n - 2) < 0 && !/(?:ss|us|is)$/.test(w.lower)) {
      const m = subjectOfVerb(ctx.text, tokens, n - 2);
      if (m && (m.kind === 'person' || m.kind === 'pronoun')) return { rule: 'colon-intro', mention: m, cue: { start: m.start, end: tokens[n - 1].end } };
    }
  }
  const found = cueBefore(ctx, tokens, colon);
  if (found || !colon) return found;
  // `The mayor had one request for drivers:` / `The delegates' questions went from friendly to
  // pointed:`: a sentence whose subject speaks, ending in a colon, introduces what follows.
  const m = nearestSubject(ctx.text, tokens, n - 1);
  if (m && (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'organisation' || (m.kind === 'role' && personNoun(m.head ?? '')))) {
    return { rule: 'colon-intro', mention: m, cue: { start: m.start, end: tokens[n - 1].end } };
  }
  return undefined;
};

/** Only a reporting verb before the quotation (no layout, no speaking subject before a colon). */
export function reportingCueBefore(ctx: QuoteContext): Found | undefined {
  const tokens = ctx.beforeTokens();
  return tokens.length > 0 ? cueBefore(ctx, tokens, tokens[tokens.length - 1].text === ':') : undefined;
}

function cueBefore(ctx: QuoteContext, tokens: readonly Token[], colon: boolean): Found | undefined {
  const n = tokens.length;
  for (let v = n - 1; v >= 0 && v >= n - 1 - GAP; v--) {
    const end = cueVerbEnd(tokens, v);
    if (end < 0 || !introduces(tokens, end, n)) continue;
    // `quoted Kim as saying`: the cue is `quoted`.
    if (tokens[v].lower === 'saying' && v > 0 && tokens[v - 1].lower === 'as') continue;
    const rule = colon ? 'colon-intro' : 'cue-then-quote';
    // `interrupted me to announce, "..."`: an infinitive speaks with the sentence's subject.
    if (v > 0 && tokens[v - 1].lower === 'to') {
      const m = mainSubject(ctx.text, tokens, v - 1);
      if (m && m.kind !== 'agency') return { rule, mention: m, cue: { start: m.start, end: tokens[end - 1].end } };
      continue;
    }
    // `saying` / `adding` continue the sentence's subject (the `saying` rule); `went on the radio, saying:`
    // introduces the quotation with a colon.
    if (tokens[v].lower.endsWith('ing')) {
      const m = colon ? mainSubject(ctx.text, tokens, v) : undefined;
      return m && m.kind !== 'agency' ? { rule, mention: m, cue: { start: m.start, end: tokens[end - 1].end } } : undefined;
    }
    const before = subjectOfVerb(ctx.text, tokens, v);
    if (before && before.kind !== 'agency') return { rule, mention: before, cue: { start: before.start, end: tokens[end - 1].end } };
    if (before && before.kind === 'agency' && (tokens[v].lower === 'quoted' || tokens[v].lower === 'cited')) {
      // `The Rodong Sinmun newspaper quoted Kim as saying, "..."`
      const p = phraseAfter(ctx.text, tokens, end);
      if (p && p.kind !== 'agency') return { rule, mention: p, cue: { start: before.start, end: p.end } };
    }
    // `..., said Kim: "..."`: the verb opens its clause and the speaker follows it.
    if (v > 0 && tokens[v - 1].word) continue;
    const after = phraseAfter(ctx.text, tokens, end);
    if (after && after.kind !== 'agency' && after.kind !== 'role') return { rule, mention: after, cue: { start: tokens[v].start, end: after.end } };
  }
  return undefined;
};
