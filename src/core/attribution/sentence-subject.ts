// A quotation inside a sentence whose subject speaks: `Lee said cooperation shifted to a "horizontal one"`,
// `Xi described the two as "close neighbours," saying ...`, `Lee welcomed ..., expressing hope for
// "tangible results"`. The speaker is the subject of the nearest reporting verb before the quotation,
// else of the first one after it. A participle (`saying`, `adding`, `telling reporters`) speaks with the
// reporting verb before it in the sentence (`Spicer said, adding`), else with the noun right before it
// (`with farmers chanting`), else with the subject of its sentence. `..., saying "..."` is the same
// rule named `saying`.
import { speakerBefore, type SpeakerMention } from '../mentions';
import type { Token } from '../tokens';
import { mainSubject, phraseAsSpeaker, subjectOfVerb } from './speaker';
import type { AttributionRuleFn, Found } from './types';
import { cueVerbEnd } from './verbs';
import { wordSet } from '../text';

const ABSOLUTE_OPENERS = wordSet('with as while where when');
const SAYING_WORDS = wordSet('saying adding');

function participleSubject(text: string, tokens: readonly Token[], v: number): SpeakerMention | undefined {
  // `Spicer said, adding`: the finite reporting verb before it.
  for (let k = v - 1; k >= 0; k--) {
    if (cueVerbEnd(tokens, k, true) < 0 || tokens[k].lower.endsWith('ing')) continue;
    const m = subjectOfVerb(text, tokens, k);
    if (m) return m;
    break;
  }
  // `with many farmers chanting`, `where about 300 farmers had gathered, chanting`.
  if (v > 0 && tokens[v - 1].word) {
    for (let c = v - 1; c >= 0 && c >= v - 8; c--) {
      if (c > 0 && !(tokens[c - 1].word ? ABSOLUTE_OPENERS.has(tokens[c - 1].lower) : /^[,;:(]$/.test(tokens[c - 1].text))) continue;
      const m = phraseAsSpeaker(text, tokens, c, v);
      if (m) return m;
      break;
    }
  }
  return mainSubject(text, tokens, v);
}

/** The speaker a verb gives, and the end of its cue (`undefined`: not asked yet; `null`: none). */
interface VerbSpeaker {
  m: SpeakerMention;
  end: number;
}

/**
 * What sentenceSubject has read of one sentence, shared by the quotations in it: each verb's speaker is
 * worked out once, and the last one before the quotations asked so far is kept, so a sentence with
 * thousands of quotations is read once rather than once per quotation.
 */
export interface SentenceScan {
  tokens: readonly Token[];
  speakers: (VerbSpeaker | null | undefined)[];
  /** Verbs read as verbs after a quotation (`strict`). */
  strictSpeakers: (VerbSpeaker | null | undefined)[];
  /** Tokens [0, scanned) have been read as verbs before a quotation; `lastBefore` is the last with a speaker. */
  scanned: number;
  lastBefore: number;
  /** The last look for a verb after a quotation: from token `from`, the first with a speaker is `at` (-1: none). */
  after?: { from: number; at: number };
}

/**
 * The sentence read last. Quotations come in order, so the quotations of one sentence that reach this rule
 * come one after another, and they share the sentence's token list (SentenceTokens hands out the sentence's
 * own list): one scan kept by that list is enough (a map of recent sentences, keyed by their spans, cost a
 * hash for every sentence). A list is never changed, so a scan kept past its item is never matched again.
 */
let lastScan: SentenceScan | undefined;

function speakerAt(text: string, scan: SentenceScan, v: number, strict: boolean): VerbSpeaker | null {
  const cache = strict ? scan.strictSpeakers : scan.speakers;
  let found = cache[v];
  if (found !== undefined) return found;
  const tokens = scan.tokens;
  const end = cueVerbEnd(tokens, v, strict);
  found = null;
  if (end >= 0) {
    const participle = tokens[v].lower.endsWith('ing');
    // The subject at a clause start, else the name right before the verb (`..., and Lee said`).
    const m = participle ? participleSubject(text, tokens, v) : (subjectOfVerb(text, tokens, v) ?? speakerBefore(text, tokens, v));
    if (m && m.kind !== 'agency') found = { m, end };
  }
  cache[v] = found;
  return found;
}

/** Whether a verb at v ends a cue when read after the quotation (the loop stops there). */
function isStrictVerb(scan: SentenceScan, v: number): boolean {
  return cueVerbEnd(scan.tokens, v, true) >= 0;
}

export const sentenceSubject: AttributionRuleFn = (ctx) => {
  const tokens = ctx.sentenceTokens();
  // Quotations in one sentence see the same tokens: read the sentence once for all of them.
  let scan = lastScan;
  if (!scan || scan.tokens !== tokens) scan = lastScan = { tokens, speakers: new Array(tokens.length), strictSpeakers: [], scanned: 0, lastBefore: -1 };
  // The verbs before the quotation: the nearest one with a speaker wins.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < ctx.quote.start) lo = mid + 1;
    else hi = mid;
  }
  const b = lo;
  let v = -1;
  if (b >= scan.scanned) {
    // Only the nearest verb with a speaker counts: read back from the quotation, and the words before that
    // verb are never asked (a later quotation of the sentence reads on from here).
    for (let k = b - 1; k >= scan.scanned; k--) {
      if (speakerAt(ctx.text, scan, k, false)) {
        scan.lastBefore = k;
        break;
      }
    }
    scan.scanned = b;
    v = scan.lastBefore;
  } else {
    for (let k = b - 1; k >= 0; k--) {
      if (speakerAt(ctx.text, scan, k, false)) {
        v = k;
        break;
      }
    }
  }
  let best: Found | undefined;
  if (v >= 0) {
    const { m, end } = speakerAt(ctx.text, scan, v, false)!;
    best = { rule: 'sentence-subject', mention: m, cue: { start: Math.min(m.start, tokens[v].start), end: Math.max(m.end, tokens[end - 1].end) } };
  } else {
    // After the quotation, only a plain reporting verb (`"...," a line that Lee said`): the first one. The
    // answer of the last look holds for any later start up to it.
    const last = scan.after;
    let at = -1;
    if (last && last.from <= b && (last.at < 0 || b <= last.at)) at = last.at;
    else {
      for (let k = b; k < tokens.length; k++) {
        if (isStrictVerb(scan, k) && speakerAt(ctx.text, scan, k, true)) {
          at = k;
          break;
        }
      }
      scan.after = { from: b, at };
    }
    if (at >= 0) {
      const { m, end } = speakerAt(ctx.text, scan, at, true)!;
      best = { rule: 'sentence-subject', mention: m, cue: { start: Math.min(m.start, tokens[at].start), end: Math.max(m.end, tokens[end - 1].end) } };
    }
  }
  if (!best) return undefined;
  const bt = ctx.beforeTokens();
  const last = bt.length > 0 ? bt[bt.length - 1].lower : '';
  if (last === 'saying' || last === 'adding' || (bt.length > 1 && bt[bt.length - 1].text === ',' && SAYING_WORDS.has(bt[bt.length - 2].lower))) {
    best.rule = 'saying';
  }
  return best;
};
