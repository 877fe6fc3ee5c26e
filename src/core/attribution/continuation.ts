// A quotation with no cue of its own continues an earlier speaker: a later quotation in the same
// paragraph (`"...," he said. "..."`, `"...," said the senator, "..."`), or a paragraph that opens with a
// quotation right after a paragraph whose quotation was attributed (`continuation`), or after a paragraph
// that ends with a colon (`Lee said:`, `previous-intro`).
import type { Span } from '../model';
import type { QuoteSpan } from '../quotes';
import { tokenize, type Token } from '../tokens';
import { firstSentenceFrom, quoteWithin, sentenceAt, tokensOutsideQuotes, type QuoteContext } from './context';
import { nearestSubject, personNoun, phraseAfter, phraseAsSpeaker, subjectOfVerb } from './speaker';
import type { AttributionRuleFn, Found } from './types';
import { cueVerbEnd, skipPunctuation } from './verbs';
import { wordSet } from '../text';

const CUE_SUBJECT_STARTS = wordSet('he she they it i we the a an one another his her their');
const CLAUSE_CONTINUERS = wordSet('which who whom whose that and but or as because since while although though if when so');
const COORDINATORS = wordSet('and but then');

/**
 * `"...," Reyes went on`: words after the quotation in its sentence that read as its own cue, one the
 * sieve did not recognise. Such a quotation is left unattributed rather than given to the previous speaker.
 */
function hasOwnCue(ctx: QuoteContext): boolean {
  const tokens = ctx.afterTokens();
  const s = skipPunctuation(tokens);
  if (s >= tokens.length || !tokens[s].word) return false;
  const t = tokens[s];
  // It reads as a speaker: a pronoun, a name or a determiner (`he mocks`, `Reyes went on`, `the host barked`).
  const last = ctx.text.charCodeAt(ctx.quote.inner.end - 1);
  if (!(t.cap || CUE_SUBJECT_STARTS.has(t.lower)) && last !== 44) return false;
  // `"A," came a voice from the back`: a comma inside the closing mark, and the sentence goes on (not with a
  // relative clause or a conjunction: `"A," which the union disputes ...`).
  if (last === 44) return !CLAUSE_CONTINUERS.has(t.lower);
  // `"A?" X verbs`: a question or exclamation, then what reads as a speaker.
  return last === 63 || last === 33 || last === 0x2014;
}

/** Only punctuation, or an aside between commas with no cue verb (`, chair of the committee,`). */
function onlyAside(rest: readonly Token[]): boolean {
  return rest.every((t) => !t.word) || (rest.length < 30 && rest[0].text === ',' && rest[rest.length - 1].text === ',' && !rest.some((_, i) => cueVerbEnd(rest, i) > 0));
}

/**
 * Whether one of the last four tokens (not the first) of the stretch [from, to) outside quotations starts a
 * strong cue verb: the test the reading of a cue between two quotations starts with. Only the end of the
 * stretch is tokenized when it holds five tokens (the four and the one before): from a cut right after a
 * space, where no token is split, the tokens are the stretch's own. (Exported for its test.)
 */
export function strongCueAtEnd(text: string, from: number, to: number, quotes: readonly QuoteSpan[]): boolean {
  let cut = Math.max(from, to - 64);
  while (cut > from && text.charCodeAt(cut - 1) !== 32) cut--;
  let tokens = tokensOutsideQuotes(text, cut, to, quotes);
  if (tokens.length < 5 && cut > from) tokens = tokensOutsideQuotes(text, from, to, quotes);
  for (let v = tokens.length - 1; v > 0 && v >= tokens.length - 4; v--) if (cueVerbEnd(tokens, v, true) >= 0) return true;
  return false;
}

export const continuation: AttributionRuleFn = (ctx, earlier, all) => {
  const p = ctx.quote.firstParagraph;
  if (hasOwnCue(ctx)) return undefined;
  const opensSentence = ctx.quote.start === ctx.openSentence.start;
  // An earlier attributed quotation in the same paragraph: `"A," he said. "B."`, or `"A," said the
  // senator, "B."` (the cue between them belongs to the first).
  // The nearest earlier quotation with a speaker is read from the last one decided (Decided.spoken): a walk back
  // over the quotations without one, quotation after quotation, was quadratic in a paragraph of thousands.
  if (ctx.index > 0 && all[ctx.index - 1].quote.lastParagraph === p) {
    const k = earlier[ctx.index - 1].spoken;
    // A quotation without a speaker right before, in this one's sentence: no continuation of an earlier one.
    if (k !== ctx.index - 1 && !opensSentence) return undefined;
    // (Quotations are in order: when that one is in the paragraph, so is every one after it.)
    if (k >= 0 && all[k].quote.lastParagraph === p) {
      const f = earlier[k].found!;
      // `"A," said the senator, "B."`: only punctuation between the cue and this quotation, or an aside
      // between commas (`"A," said Amina Shah, chair of the committee, "B."`).
      // (The tokens after the cue are cut out last, when the rest holds.)
      const interrupted =
        k === ctx.index - 1 && ctx.before.start === all[k].quote.end && f.cue.start >= all[k].quote.end && f.cue.end <= ctx.quote.start &&
        onlyAside(ctx.beforeTokens().filter((t) => t.start >= f.cue.end));
      if (interrupted) return { rule: 'continuation', mention: f.mention, cue: f.cue, from: k };
      if (!opensSentence) return undefined;
      // `"...," Firth said, and her neighbour broke in. "Three weeks ..."`: another cue after the earlier
      // quotation's introduces this one.
      const from = Math.max(all[k].quote.end, f.cue.end);
      if (!strongCueAtEnd(ctx.text, from, ctx.quote.start, ctx.quotes)) return { rule: 'continuation', mention: f.mention, cue: f.cue, from: k };
      const between = tokensOutsideQuotes(ctx.text, from, ctx.quote.start, ctx.quotes);
      // Only a clause of its own at the end (`, and her neighbour broke in.`).
      for (let v = between.length - 1; v >= 1 && v >= between.length - 4; v--) {
        const end = cueVerbEnd(between, v, true);
        if (end < 0) continue;
        const m = subjectOfVerb(ctx.text, between, v);
        const k0 = m ? between.findIndex((t) => t.start === m.start) : -1;
        if (m && k0 > 0 && COORDINATORS.has(between[k0 - 1].lower) && m.kind !== 'agency' && m.kind !== 'pronoun') {
          return { rule: 'previous-intro', mention: m, cue: { start: m.start, end: between[end - 1].end } };
        }
        break;
      }
      return { rule: 'continuation', mention: f.mention, cue: f.cue, from: k };
    }
  }
  // A sentence of reported speech right before, in the same paragraph: `The lawyer maintains that the firm
  // broke no rule. "The charges are ..."`, `..., Ortega says. "If the county ..."`.
  if (opensSentence && ctx.quote.start > ctx.paragraphs[p].start) {
    const sentences = ctx.paragraphs[p].sentences;
    const k = firstSentenceFrom(sentences, ctx.quote.start) - 1;
    if (k >= 0 && !quoteWithin(ctx.quotes, sentences[k].start, sentences[k].end)) return paraphraseIn(ctx, sentences[k]);
    return undefined;
  }
  // Only a quotation that opens its paragraph continues the paragraph before.
  if (!opensSentence || ctx.beforeTokens().length > 0 || ctx.before.start > ctx.paragraphs[p].start || p === 0) return undefined;
  const prev = ctx.paragraphs[p - 1];
  // (A header line ending in a colon, `date 2025-11-01 SEOUL, Nov 1 (AP):` with no lede, has no sentence.)
  if (ctx.text.charCodeAt(prev.end - 1) === 58 /* : */ && prev.sentences.length > 0) {
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
    // `The opposition leader, Raila Odinga, struck a different tone at a rally:`: a speaking subject.
    const s = nearestSubject(ctx.text, tokens, tokens.length - 1);
    if (s && (s.kind === 'person' || s.kind === 'pronoun' || s.kind === 'organisation' || (s.kind === 'role' && personNoun(s.head ?? '')))) {
      return { rule: 'previous-intro', mention: s, cue: { start: s.start, end: prev.end } };
    }
  }
  // The last quotation of the previous paragraph, when it was attributed speech (a partial quotation too,
  // when it ends that paragraph's last sentence: `... saying he has "made a lot of money." ¶ "Frankly, ..."`).
  for (let k = ctx.index - 1; k >= 0; k--) {
    const q = all[k].quote;
    if (q.lastParagraph < p - 1) break;
    const f = earlier[k].found;
    const partialEnding = earlier[k].kind === 'partial' && all[k].closeSentence.end >= prev.end - 1;
    if (q.lastParagraph === p - 1 && f && (earlier[k].kind === 'direct' || partialEnding))
      return { rule: 'continuation', mention: f.mention, cue: f.cue, from: k };
    if (q.lastParagraph === p - 1) return undefined;
  }
  // A paragraph of reported speech without quotations right before: `Nair praised the mayor's handling
  // of the floods ... ¶ "We need someone who ..."`.
  return paraphraseBefore(ctx, prev.start, prev.end);
};

/** The speaker of reported speech in the last sentence of [from, to) (which has no quotation). */
function paraphraseBefore(ctx: QuoteContext, from: number, to: number): Found | undefined {
  const p = ctx.quote.firstParagraph - 1;
  if (quoteWithin(ctx.quotes, from, to)) return undefined;
  const sentences = ctx.paragraphs[p].sentences;
  const sentence = sentences[sentences.length - 1];
  if (!sentence) return undefined; // a paragraph with no sentence (a header line alone)
  return paraphraseIn(ctx, sentence);
}

/** The speaker of reported speech in a sentence without quotations: `Nair praised ...`, `..., Kim says.` */
function paraphraseIn(ctx: QuoteContext, sentence: Span): Found | undefined {
  const tokens = tokenize(ctx.text, sentence.start, sentence.end);
  for (let v = 1; v < tokens.length && v < 25; v++) {
    const end = cueVerbEnd(tokens, v, true);
    if (end < 0) continue;
    const m = subjectOfVerb(ctx.text, tokens, v);
    if (!m || m.kind === 'agency' || m.kind === 'role') return undefined;
    return { rule: 'previous-intro', mention: m, cue: { start: m.start, end: tokens[end - 1].end } };
  }
  return undefined;
}
