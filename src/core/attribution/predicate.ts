// A quotation in the predicate of a sentence whose subject is a speaker, with no reporting verb at all:
// `Poilievre called the plan "a photo op"`, `She coined a name for it, "tariff tourism,"`, `The
// ministry lists "food security" as its first priority`. The words in quote marks are the subject's. Titles
// in title case (`signed the "Affordable Care Act"`) are names of things, not words of the subject.
import { titleCaseWords } from './kind';
import { nearestSubject, personNoun } from './speaker';
import type { AttributionRuleFn } from './types';

const SMALL = /^(?:of|the|and|a|an|in|on|at|to|for|with|by|or|from|&)$/i;

const HAS_LETTER = /\p{L}/u;
const STARTS_CAPITAL = /^[^\p{L}]*\p{Lu}/u;

/** A quoted name in title case (`"Affordable Care Act"`). (Exported for its test.) */
export function titleCase(text: string, from: number, to: number): boolean {
  return titleCaseWords(text, from, to, HAS_LETTER, SMALL, STARTS_CAPITAL);
}

export const predicateSubject: AttributionRuleFn = (ctx) => {
  // Only a quotation inside its sentence, after the subject and its verb.
  if (ctx.quote.start === ctx.openSentence.start || ctx.quote.paragraphs > 1) return undefined;
  if (titleCase(ctx.text, ctx.quote.inner.start, ctx.quote.inner.end)) return undefined;
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
