// A quotation in the predicate of a sentence whose subject is a speaker, with no reporting verb at all:
// `Poilievre called the plan "a photo op"`, `She coined a name for it, "tariff tourism,"`, `The
// ministry lists "food security" as its first priority`. The words in quote marks are the subject's. Titles
// in title case (`signed the "Affordable Care Act"`) are names of things, not words of the subject.
import { atMostWords } from './kind';
import { nearestSubject, personNoun } from './speaker';
import type { AttributionRuleFn } from './types';

const SMALL = /^(?:of|the|and|a|an|in|on|at|to|for|with|by|or|from|&)$/i;

const HAS_LETTER = /\p{L}/u;
const STARTS_CAPITAL = /^[^\p{L}]*\p{Lu}/u;

function titleCase(inner: string): boolean {
  // Most quotations are long: count their words only as far as needed before splitting them.
  if (!atMostWords(inner, 8, HAS_LETTER)) return false;
  const words = inner.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  return words.length > 0 && words.length <= 8 && words.every((w) => SMALL.test(w) || STARTS_CAPITAL.test(w));
}

export const predicateSubject: AttributionRuleFn = (ctx) => {
  // Only a quotation inside its sentence, after the subject and its verb.
  if (ctx.quote.start === ctx.openSentence.start || ctx.quote.paragraphs > 1) return undefined;
  const inner = ctx.text.slice(ctx.quote.inner.start, ctx.quote.inner.end);
  if (titleCase(inner)) return undefined;
  const tokens = ctx.sentenceTokens();
  let limit = 0;
  while (limit < tokens.length && tokens[limit].start < ctx.quote.start) limit++;
  if (limit < 2) return undefined;
  // A person or a body (a description such as `His standing` or `T-shirts` says nothing).
  const m = nearestSubject(ctx.text, tokens, limit);
  if (!m || m.kind === 'agency' || (m.kind === 'role' && !personNoun(m.head ?? ''))) return undefined;
  // The verb right after the subject is the cue: `Poilievre called`.
  let v = 0;
  while (v < limit && tokens[v].start < m.end) v++;
  if (v >= limit) return undefined;
  return { rule: 'sentence-subject', mention: m, cue: { start: m.start, end: tokens[v].end } };
};
