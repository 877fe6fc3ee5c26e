// Reporting-verb lookups on tokens.
import type { Token } from '../tokens';
import { REPORTING_VERBS, STRONG_REPORTING_VERBS, WordList } from '../words';
import { endsInApostropheS, wordSet } from '../text';

export function isReportingVerb(t: Token, strongOnly = false): boolean {
  return t.word && !t.cap && (strongOnly ? STRONG_REPORTING_VERBS : REPORTING_VERBS).has(t.lower);
}

/** Index of the first token that is not punctuation such as `,` `—` `-` `(`. */
export function skipPunctuation(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && !tokens[i].word && /^[,\u2014\u2013\-(:]$/.test(tokens[i].text)) i++;
  return i;
}

/** Second words of multi-word cues: `went on`, `shot back`, `chimed in`, `piped up`, `put it`. */
// (A Map, not an object: looking a token's string up as an object key first makes the engine intern it.)
const PARTICLE_CUES: ReadonlyMap<string, string> = new Map(Object.entries({
  went: 'on', goes: 'on', go: 'on', going: 'on', shot: 'back', shoots: 'back', fired: 'back', fires: 'back',
  hit: 'back', hits: 'back', pushed: 'back', pushes: 'back', snapped: 'back', chimed: 'in', chimes: 'in',
  weighed: 'in', weighs: 'in', cut: 'in', broke: 'in', jumped: 'in', piped: 'up', pipes: 'up', put: 'it',
  puts: 'it', spoke: 'up', summed: 'up', sums: 'up', spelled: 'out', lashed: 'out', lashes: 'out',
}));

/** What a word may start: a reporting verb, a strong one, a multi-word cue (bits of CUE_WORDS' values). */
const REPORTING = 1;
const STRONG = 2;
const PARTICLE = 4;

/**
 * Every word that may start a cue, with what it may start: one look-up tells most words (not a verb at all)
 * from the rest, before the tests of the words around it.
 */
const CUE_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const mark = (word: string, bit: number) => map.set(word, (map.get(word) ?? 0) | bit);
  for (const w of REPORTING_VERBS) mark(w, REPORTING);
  for (const w of STRONG_REPORTING_VERBS) mark(w, STRONG);
  for (const w of PARTICLE_CUES.keys()) mark(w, PARTICLE);
  return map;
})();
/** The words of CUE_WORDS, to tell most tokens from them by their shape. */
const CUE_LIST = new WordList(CUE_WORDS.keys());

/**
 * The end (exclusive) of the cue verb starting at tokens[i]: one reporting verb (`said`, `barked`) or a
 * multi-word cue (`went on`, `shot back`); -1 when there is none.
 */
export function cueVerbEnd(tokens: readonly Token[], i: number, strongOnly = false): number {
  const t = tokens[i];
  if (!t || !t.word) return -1;
  // A capitalised verb only opens an inverted cue: `Said Comey, "..."`.
  if (t.cap) return i === 0 && OPENING_CUES.has(t.lower) ? i + 1 : -1;
  const kind = CUE_LIST.mayHold(t.shape) ? CUE_WORDS.get(t.lower) : undefined;
  if (kind === undefined) return -1;
  // After a determiner or a possessive it is a noun: `his comments`, `Ruiz's remarks`, `the report`.
  if (i > 0) {
    const p = tokens[i - 1];
    if (p.word && (NOUN_MARKERS.has(p.lower) || endsInApostropheS(p.lower))) return -1;
  }
  if (kind & PARTICLE && i + 1 < tokens.length && tokens[i + 1].lower === PARTICLE_CUES.get(t.lower)) return i + 2;
  return kind & (strongOnly ? STRONG : REPORTING) ? i + 1 : -1;
}

/** Capitalised verbs that open an inverted cue. */
const OPENING_CUES: ReadonlySet<string> = wordSet('said says added wrote writes');

/** Words after which a reporting verb's form is a noun. */
const NOUN_MARKERS: ReadonlySet<string> = wordSet('the a an his her their its our my your this these those whose such any no every');
