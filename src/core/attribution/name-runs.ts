// What a capitalised run of words (`South Korean President Lee Jae Myung`) says about a person, read
// once per distinct run. The resolver reads every such run of an item to learn its full names and
// titles: about 80,000 runs a review of the bench feed, most of them names the wire repeats (the same
// people within an item and across items). How a run reads depends on its own characters only: it is
// tokenized alone and read by `speakerBefore` as if a verb followed it, and neither looks outside the
// tokens (their offsets are the only thing tied to where the run stands). So the reading is kept by the
// run's text, with the name's offset from the run's start.
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

/** The tokens of the run being read (one list, reused). */
const runTokens: Token[] = [];

/**
 * The multi-word person name that text[from, to) reads as, or undefined: the run read as a speaker
 * phrase ending at its last word. This is the plain reading; `nameOfRun` keeps its answers.
 */
export function readRun(text: string, from: number, to: number): RunName | undefined {
  const tokens = runTokens;
  tokens.length = 0;
  tokenizeInto(tokens, text, from, to);
  if (tokens.length < 2) return undefined;
  const mention = speakerBefore(text, tokens, tokens.length);
  if (!mention || mention.kind !== 'person' || !mention.name.includes(' ')) return undefined;
  // Kept across items: strings of their own, not slices of the text.
  const name = ownCopy(mention.name);
  const title = mention.title === undefined ? undefined : ownCopy(mention.title);
  return {
    name,
    title,
    offset: mention.start - from,
    parts: splitWords(name),
    titleWords: title ? splitWords(title.toLowerCase()) : [],
  };
}

/**
 * A string of its own equal to `s`. A slice of the item (a run, a name) would keep the item's text, or a
 * whole feed, alive as long as the table holds it.
 */
function ownCopy(s: string): string {
  // A short slice is a copy already; a longer one is cut from a new flat string (the concatenation,
  // flattened when sliced).
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Runs read so far, by their text (null: not a multi-word person name). */
const readings = new Map<string, RunName | null>();

/**
 * Distinct runs kept at most. The bench feed has about 6,000 distinct runs; a feed of all-new items
 * has more, and the table starts again when full (a table that only grows would hold every name a
 * long-running editor ever saw).
 */
const MAX_READINGS = 20_000;

/** `readRun` of `run`, a string equal to text[from, from + run.length), kept by the run's text. */
export function nameOfRun(run: string, text: string, from: number): RunName | undefined {
  let found = readings.get(run);
  if (found === undefined) {
    found = readRun(text, from, from + run.length) ?? null;
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(ownCopy(run), found);
  }
  return found ?? undefined;
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

/**
 * A place at or before `at` that no run spans: its character before cannot stand in a run (outside ASCII,
 * every character is taken to be a letter). NAME_RUN scanned from there finds, from there on, the runs a
 * scan from the start of the text finds: no match starts before it and runs past it, and an attempt at a
 * place does not depend on where the scan began.
 */
export function runBoundary(text: string, at: number): number {
  while (at > 0) {
    const c = text.charCodeAt(at - 1);
    if (!(mayBeWordChar(c) || isBlank(c))) break;
    at--;
  }
  return at;
}
