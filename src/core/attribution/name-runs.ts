// What a capitalised run of words (`South Korean President Lee Jae Myung`) says about a person. The
// resolver learns an item's full names and titles from its runs. How a run reads depends on its own
// characters only: it is tokenized alone and read by `speakerBefore` as if a verb followed it, and
// neither looks outside the tokens (their offsets are the only thing tied to where the run stands). So
// the resolver need not read an item's runs in order: it finds where a name occurs (`indexOf`) and reads
// only the run over that place, found from a point no run can span (`runBoundary`).
//
// A table of readings kept by the run's text, across items, was tried and removed: it drew its gain
// (3.7 %) from the bench feed repeating its items, and on items not seen before it was no faster.
import { speakerBefore } from '../mentions';
import { splitWords, wordSet } from '../text';
import { tokenizeInto, type Token } from '../tokens';

/** Lower-case words that may stand inside a run, between capitalised words (`Ursula von der Leyen`). */
const RUN_PARTICLE_LIST = 'de van von bin al el da di der den le la du dos';
const RUN_PARTICLES: ReadonlySet<string> = wordSet(RUN_PARTICLE_LIST);

/** A capitalised run of two or more words, separated by blanks and up to two particles. */
export const NAME_RUN = new RegExp(
  `[A-Z][\\p{L}\\p{M}'\\u2019.\\-]*(?:[ \\t]+(?:(?:${RUN_PARTICLE_LIST.replace(/ /g, '|')})[ \\t]+){0,2}[A-Z][\\p{L}\\p{M}'\\u2019.\\-]*)+`,
  'gu',
);

/** A multi-word person name read from a run, with its title and the words the resolver indexes. */
export interface RunName {
  name: string;
  title: string | undefined;
  /** Where the mention starts, from the start of the run (a leading `The` or `But` is not part of it). */
  offset: number;
  /** The words of the name. */
  parts: readonly string[];
  /** The words of the title in lower case (empty without a title). */
  titleWords: readonly string[];
}

/**
 * The multi-word person name that text[from, to) reads as, or undefined: the run read as a speaker
 * phrase ending at its last word.
 */
export function readRun(text: string, from: number, to: number): RunName | undefined {
  // A new list for each run: emptying one kept list (`length = 0`) is a call into V8's runtime that cost
  // more than the list (0.6 % of a review's time, about 10,000 runs).
  const tokens: Token[] = [];
  tokenizeInto(tokens, text, from, to);
  if (tokens.length < 2) return undefined;
  const mention = speakerBefore(text, tokens, tokens.length);
  if (!mention || mention.kind !== 'person' || !mention.name.includes(' ')) return undefined;
  const name = mention.name;
  const title = mention.title;
  return {
    name,
    title,
    offset: mention.start - from,
    parts: splitWords(name),
    titleWords: title ? splitWords(title.toLowerCase()) : [],
  };
}

// Where a run may stand. A run's words are capitalised words (`[A-Z]` and letters, marks, apostrophes,
// stops, hyphens) and particles, separated by spaces and tabs; a name read from it is some of its words,
// as written. So a word of a multi-word name has, across blanks, a run word before it or after it; and a
// name with a title has one before it (the title's last word). The two tests below are looser than the
// expression (a character outside ASCII counts as a letter), never stricter: when they fail, no run can
// hold the name there.

/** Is `word` one of the particles a run may hold? */
export function isRunParticle(word: string): boolean {
  return RUN_PARTICLES.has(word);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** May `c` stand inside a run word (letters, marks, `'`, `\u2019`, `.`, `-`)? Anything outside ASCII may. */
function mayBeWordChar(c: number): boolean {
  return c >= 0x80 || (c >= 97 && c <= 122) || isCapital(c) || c === 39 || c === 46 || c === 45;
}

/** May a run word end just before text[at], across blanks (at least one)? */
export function mayFollowRunWord(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || !isBlank(text.charCodeAt(i))) return false;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  const end = i + 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (!mayBeWordChar(c)) break;
    // A capitalised word may start here.
    if (isCapital(c)) return true;
  }
  return RUN_PARTICLES.has(text.slice(i + 1, end));
}

/** May a run word start after text[.., at), across blanks (at least one)? */
export function mayPrecedeRunWord(text: string, at: number): boolean {
  let i = at;
  if (!isBlank(text.charCodeAt(i))) return false;
  while (isBlank(text.charCodeAt(i))) i++;
  if (isCapital(text.charCodeAt(i))) return true;
  // A particle, with blanks after it.
  let k = i;
  while (k < text.length && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  return k > i && isBlank(text.charCodeAt(k)) && RUN_PARTICLES.has(text.slice(i, k));
}

/** May `c` stand in a run (a run word's character or a blank)? Anything outside ASCII may. */
export function mayStandInRun(c: number): boolean {
  return mayBeWordChar(c) || isBlank(c);
}

/**
 * A place at or before `at` that no run spans: its character before cannot stand in a run (outside ASCII,
 * every character is taken to be a letter). NAME_RUN scanned from there finds, from there on, the runs a
 * scan from the start of the text finds: no match starts before it and runs past it, and an attempt at a
 * place does not depend on where the scan began.
 */
export function runBoundary(text: string, at: number): number {
  while (at > 0) {
    const c = text.charCodeAt(at - 1);
    if (!mayStandInRun(c)) break;
    at--;
  }
  return at;
}
