// Notes on how a quotation reached us: through a translator or an interpreter, or via a secondary
// source (`..., Yonhap news agency reported`, `as reported by Yonhap`, `Yonhap quoted Lee as saying`).
import type { Token } from '../tokens';
import { AGENCIES, OUTLET_LAST_WORDS, OUTLET_NOUNS, wordList } from '../words';
import { withoutPossessive } from '../text';

const TRANSLATED = /\b(?:through|via|with the help of|using) (?:an?|his|her|their|the) (?:translator|interpreter)s?\b|\b(?:translated|interpreted) (?:by|from)\b|\bin translated remarks\b|\bthrough translation\b/i;

/**
 * A quick test that must pass whenever TRANSLATED matches (keep them in step): every word of it that
 * names a translation holds `nsl` (translator, translated, translation) or `rpr` (interpreter,
 * interpreted). Most sentences hold neither, and then the quotations need not be blanked out for the
 * closer look. (Three letters, not `transl|interpret`: the shorter search reads a sentence about a third
 * faster, and lets through 270 sentences a review for the closer look instead of 63.)
 */
export const MAY_BE_TRANSLATED = /nsl|rpr/i;

export function isTranslated(sentenceOutsideQuotes: string): boolean {
  return TRANSLATED.test(sentenceOutsideQuotes);
}

/** The agency's own name, without `news agency` after it: `Yonhap news agency` is `Yonhap`. */
function agencyName(words: readonly Token[]): string {
  let end = words.length;
  // Only the description written in lower case goes: `Yonhap news agency`, not `Korean Central News Agency`.
  while (end > 1 && !words[end - 1].cap && OUTLET_LAST_WORDS.has(words[end - 1].lower)) end--;
  return words.slice(0, end).map((w) => withoutPossessive(w.text)).join(' ');
}

/**
 * An agency or outlet phrase ending at tokens[end] (inclusive), if there is one. Its words are copied out
 * only when it is one: most phrases asked about are a name or nothing before `said`.
 */
function agencyEndingAt(tokens: readonly Token[], end: number): Token[] | undefined {
  let k = end;
  while (k >= 0 && tokens[k].word && (tokens[k].cap || OUTLET_NOUNS.holds(tokens[k])) && end - k < 6) k--;
  // The phrase is tokens (k, end], without a leading `the`.
  while (k < end && tokens[k + 1].lower === 'the') k++;
  if (k === end) return undefined;
  const known = AGENCIES.has(withoutPossessive(tokens[k + 1].lower));
  const described = end - k >= 2 && OUTLET_LAST_WORDS.has(tokens[end].lower);
  return known || described ? tokens.slice(k + 1, end + 1) : undefined;
}

/**
 * The words findVia stops at: the verbs after an agency that make it the channel (`Yonhap reported`, `..., Yonhap
 * news agency said`) and `by`, `to`, `citing` before one. findVia reads every word of a sentence, most of them
 * read by no other rule: they are told from these by their shape, without hashing their strings.
 */
const VIA_WORDS = wordList('said cited quoted reports carried reported by to citing');

/** The secondary source named in a sentence's text outside quotations, if any. */
export function findVia(tokens: readonly Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || t.cap || !VIA_WORDS.mayHold(t.shape)) continue;
    const w = t.lower;
    const before = w === 'by' || w === 'to' || w === 'citing';
    // `Yonhap (news agency) reported`, `Yonhap quoted`
    if (!before && i > 0 && VIA_WORDS.has(w)) {
      const words = agencyEndingAt(tokens, i - 1);
      if (words && (w !== 'said' || words.length > 1)) return agencyName(words);
    }
    // `as reported by Yonhap`, `according to Yonhap`, `citing Yonhap`, `told Yonhap` is not a channel.
    if (before && (w === 'citing' || (i > 0 && tokens[i - 1].lower === (w === 'by' ? 'reported' : 'according')))) {
      let e = i + 1;
      while (e < tokens.length && e < i + 6 && tokens[e].word && (tokens[e].cap || OUTLET_NOUNS.holds(tokens[e]) || tokens[e].lower === 'the')) e++;
      const words = agencyEndingAt(tokens, e - 1);
      if (words && words[0].start > t.start) return agencyName(words);
    }
  }
  return undefined;
}
