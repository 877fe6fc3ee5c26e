// `"...," Lee said` / `"...," said Kim, the minister,` / `"...," he told reporters` / `"...," the ministry said`
// / `"...," Dutton, after a pause, said` / `"...," a poll worker said` / `"...," Yonhap quoted Lee as
// saying`: the cue follows the quotation in its sentence. A quotation that ends its sentence (`"Really?"
// Kim said.`) takes the cue from the sentence right after it.
import { mention } from '../mentions';
import { isDoubleQuote, wordSet } from '../text';
import type { Token } from '../tokens';
import { firstSentenceFrom, tokensOutsideQuotes } from './context';
import type { QuoteContext } from './context';
import { personNoun, phraseAfter, phraseAsSpeaker } from './speaker';
import type { AttributionRuleFn, Found } from './types';
import { cueVerbEnd, skipPunctuation } from './verbs';

const TIME_CLAUSE_OPENERS = wordSet('when as after before while');

/** Verbs that make a news outlet the channel of a quotation rather than its speaker. */
const CHANNEL_VERBS: ReadonlySet<string> = wordSet('reported reports quoted quotes cited cites carried carries reporting quoting citing');

/** Verbs that come before their speaker after a quotation (`"...," said Kim`); `told` is followed by the listener. */
const INVERTED: ReadonlySet<string> = wordSet(
  'said says say added adds asked asks wrote writes replied replies explained explains continued ' +
  'continues recalled recalls noted notes declared declares read reads insisted insists countered ' +
  'counters responded responds warned warns exclaimed exclaims shouted shouts yelled yells cried cries ' +
  'chanted answered answers quipped quips joked jokes tweeted tweets posted posts argued argues ' +
  'observed observes remarked remarks stated states concluded concludes agreed agrees suggested ' +
  'suggests admitted admits acknowledged acknowledges predicted predicts offered offers complained ' +
  'complains boasted boasts conceded concedes cautioned cautions urged urges retorted retorts mused ' +
  'muses sighed sighs laughed laughs whispered whispers reported reports claimed claims maintained ' +
  'maintains reasoned reasons asserted asserts confirmed confirms announced announces proclaimed ' +
  'proclaims recounted recounts emphasized emphasizes emphasised emphasises stressed stresses pleaded ' +
  'pleads begged begs demanded demands interjected interjects murmured muttered mutters screamed ' +
  'screams barked barks snapped snaps marveled marvelled lamented laments opined opines teased teases ' +
  'mocked mocks confided confides beamed beams exhorted questioned reacted boomed thundered gushed ' +
  'enthused remembered remembers wondered wonders interrupted sang sings',
);

/** Of these, the ones whose inverted subject must be a name (`posted the clip` is no speaker). */
const WEAK_INVERTED: ReadonlySet<string> = wordSet(
  'posted posts tweeted tweets offered offers reported reports laughed laughs sighed sighs announced ' +
  'announces',
);

/** Words that make the sentence after a quotation more than its cue. */
const CLAUSE: ReadonlySet<string> = wordSet(
  'that is was are were be been has have had will would could should can and but because if when while ' +
  'which who',
);

/** Words that may follow a cue standing alone as a sentence (`Kim said to reporters in Busan.`). */
const LEADS: ReadonlySet<string> = wordSet(
  'to at in on of during after before as with from into over by about later then again afterward ' +
  'afterwards last this reporters him her them us me the a an back aloud tonight today yesterday once ' +
  'here there softly quietly',
);

/** How many tokens after the quotation the reporting verb may be (`Wanjiru, 54, a farmer from ..., said`). */
const REACH = 40;

/** The cue in tokens[s...] right after a quotation, if there is one. */
export function cueAfter(text: string, tokens: readonly Token[], s: number, strongOnly = false): Found | undefined {
  const found = cueRightAfter(text, tokens, s, strongOnly);
  if (found) return found;
  // `"A fair deal" is still possible, said Faure.` / `"A wall of water" came through ..., she said, and
  // "..."`: the cue closes the sentence (or the clause before the next quotation) after a comma.
  let commas = 0;
  for (let k = tokens.length - 2; k > s && commas < 3; k--) {
    if (tokens[k].text !== ',') continue;
    commas++;
    const late = cueRightAfter(text, tokens, k + 1, strongOnly);
    if (late && onlyCircumstance(tokens, late.cue.end)) return late;
  }
  return undefined;
}

/** After a cue, only a place, a time, an audience or a participle clause: `said in an interview`. */
export function onlyCircumstance(tokens: readonly Token[], cueEnd: number): boolean {
  let k = 0;
  while (k < tokens.length && tokens[k].end <= cueEnd) k++;
  const restTokens = tokens.slice(k);
  // `, pointing to the budget ...` / `, and` before the next quotation
  if (restTokens.length <= 2 && restTokens.every((t) => !t.word || t.lower === 'and')) return true;
  if (restTokens[0].text === ',' && restTokens.length > 1 && restTokens[1].word && !restTokens[1].cap && restTokens[1].lower.endsWith('ing')) return true;
  const rest = restTokens.filter((t) => t.word);
  if (rest.length === 0) return true;
  // `He tweeted when the minister ended her speech ...`: a time clause after the cue.
  if (TIME_CLAUSE_OPENERS.has(rest[0].lower) && !rest[0].cap) return rest.length <= 16;
  if (rest.length > 14 || rest.some((t, i) => (!t.cap && CLAUSE.has(t.lower)) || (i > 0 && cueVerbEnd(rest, i, true) > 0))) return false;
  // What follows the cue is a place, a time or an audience (`to a crowd`, `in an interview`, `rhetorically`).
  const first = rest[0];
  return !first.cap && (LEADS.has(first.lower) || first.lower.endsWith('ly'));
}

function cueRightAfter(text: string, tokens: readonly Token[], s: number, strongOnly = false): Found | undefined {
  // (Every caller passes a token's index: past the end, there is no verb to find either.)
  // said Kim / wrote the columnist / posted Jane Doe
  const v0 = cueVerbEnd(tokens, s);
  if (v0 > 0 && INVERTED.has(tokens[s].lower)) {
    const m = phraseAfter(text, tokens, v0);
    const speaks = m && (m.kind === 'person' || !WEAK_INVERTED.has(tokens[s].lower) || (m.kind === 'role' && personNoun(m.head ?? '')));
    if (m && speaks && !(m.kind === 'agency' && CHANNEL_VERBS.has(tokens[s].lower))) return { rule: 'quote-then-cue', mention: m, cue: { start: tokens[s].start, end: m.end } };
  }
  // Kim said / he said / the ministry said / Kim, a spokesman, said
  for (let v = s + 1; v < tokens.length && v <= s + REACH; v++) {
    const end = cueVerbEnd(tokens, v, strongOnly);
    if (end < 0) continue;
    const m = phraseAsSpeaker(text, tokens, s, v);
    if (!m) continue;
    if (m.kind === 'agency' && CHANNEL_VERBS.has(tokens[v].lower)) {
      // Yonhap quoted Lee as saying: the person after `quoted` speaks; `..., Yonhap reported` is a channel.
      if (tokens[v].lower === 'quoted' || tokens[v].lower === 'cited') {
        const p = phraseAfter(text, tokens, v + 1);
        if (p && p.kind !== 'agency') return { rule: 'quote-then-cue', mention: p, cue: { start: m.start, end: p.end } };
      }
      return undefined;
    }
    return { rule: 'quote-then-cue', mention: m, cue: { start: m.start, end: tokens[end - 1].end } };
  }
  return undefined;
}

/** Tokens of the sentence that follows the quotation in its paragraph, when it starts right after it. */
export function nextSentenceTokens(ctx: QuoteContext): Token[] | undefined {
  const sentences = ctx.paragraphs[ctx.quote.lastParagraph].sentences;
  // The first sentence starting at or after the quotation's end, found by a binary search: a paragraph of
  // thousands of quotations that are sentences of their own (`"Yes." "No." ...`) made a scan from its first
  // quadratic.
  const s = sentences[firstSentenceFrom(sentences, ctx.quote.end)];
  if (!s) return undefined;
  // Only spaces between the quotation and that sentence (not a line break).
  for (let i = ctx.quote.end; i < s.start; i++) {
    const c = ctx.text.charCodeAt(i);
    if ((c > 32 && c !== 0xa0) || c === 10 || c === 13) return undefined;
  }
  if (isDoubleQuote(ctx.text.charCodeAt(s.start)) || s.end - s.start > 400) return undefined;
  return tokensOutsideQuotes(ctx.text, s.start, s.end, ctx.quotes);
}

/**
 * `"The talks will resume next week," Kyodo News reported.`: a quotation that is a sentence of
 * its own, credited only to an outlet that reports it, is the outlet's own text.
 */
function outletReport(text: string, tokens: readonly Token[], s: number): Found | undefined {
  for (let v = s + 1; v < tokens.length && v <= s + 6; v++) {
    if (!CHANNEL_VERBS.has(tokens[v].lower) || !/^report/.test(tokens[v].lower)) continue;
    const m = phraseAsSpeaker(text, tokens, s, v);
    if (!m || m.kind !== 'agency' || !onlyCircumstance(tokens, tokens[v].end)) return undefined;
    return { rule: 'quote-then-cue', mention: mention('organisation', m.start, m.end, m.name, m.head, m.title), cue: { start: m.start, end: tokens[v].end } };
  }
  return undefined;
}

/** The words before the quotation end with its cue: `When a man at the back shouted, "Which one?" ...`. */
function cueRightBefore(ctx: QuoteContext): boolean {
  const bt = ctx.beforeTokens();
  const n = bt.length;
  if (n < 2 || (bt[n - 1].text !== ',' && bt[n - 1].text !== ':')) return false;
  for (let v = n - 2; v >= 0 && v >= n - 3; v--) if (cueVerbEnd(bt, v, true) > 0 && !bt[v].lower.endsWith('ing')) return true;
  return false;
}

export const quoteThenCue: AttributionRuleFn = (ctx) => {
  const tokens = ctx.afterTokens();
  // `(Additional reporting by ...)` after a quotation is no cue.
  if (tokens.length > 0 && tokens[0].text === '(') return undefined;
  const s = skipPunctuation(tokens);
  if (s < tokens.length) {
    // A quotation with its cue right before it belongs to that cue, not to one after it.
    if (cueRightBefore(ctx)) return undefined;
    // Inside a sentence, only a plain reporting verb after the quotation is its cue (`As for the minister's
    // use of "robust," Park found it telling` is no speech of Park's).
    const inside = ctx.quote.start !== ctx.openSentence.start && ctx.beforeTokens().length > 0;
    const found = cueAfter(ctx.text, tokens, s, inside);
    if (found || ctx.quote.start !== ctx.openSentence.start) return found;
    return outletReport(ctx.text, tokens, s);
  }
  // `"Which one?" Kim asked.`: the quotation is a sentence of its own and the next one is its cue.
  if (tokens.length > 0 || ctx.after.end < ctx.closeSentence.end || ctx.quote.start !== ctx.openSentence.start) return undefined;
  const next = nextSentenceTokens(ctx);
  if (!next || next.length === 0 || next.length > 30) return undefined;
  const found = cueRightAfter(ctx.text, next, 0);
  // The next sentence is only the cue (`Kim said.`, `Kim said to reporters in Busan.`), not a
  // sentence of its own about the speaker (`Kim admitted that the vote was close.`).
  return found && onlyCircumstance(next, found.cue.end) ? found : undefined;
};
