// What a capitalised run of words (`South Korean President Lee Jae Myung`) says about a person, read
// once per distinct run. The resolver reads every such run of an item to learn its full names and
// titles: about 80,000 runs a review of the bench feed, most of them names the wire repeats (the same
// people within an item and across items). How a run reads depends on its own characters only: it is
// tokenized alone and read by `speakerBefore` as if a verb followed it, and neither looks outside the
// tokens (their offsets are the only thing tied to where the run stands). So the reading is kept by the
// run's text, with the name's offset from the run's start.
import { speakerBefore } from '../mentions';
import { splitWords } from '../text';
import { tokenizeInto, type Token } from '../tokens';

/** A capitalised run of two or more words (with name particles between them: `Ursula von der Leyen`). */
export const NAME_RUN = /[A-Z][\p{L}\p{M}'\u2019.\-]*(?:[ \t]+(?:(?:de|van|von|bin|al|el|da|di|der|den|le|la|du|dos)[ \t]+){0,2}[A-Z][\p{L}\p{M}'\u2019.\-]*)+/gu;

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
  /** The resolver that last indexed this name (see Resolver). */
  seenBy: number;
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
  const title = mention.title;
  return {
    name: mention.name,
    title,
    offset: mention.start - from,
    parts: splitWords(mention.name),
    titleWords: title ? splitWords(title.toLowerCase()) : [],
    seenBy: 0,
  };
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
    readings.set(run, found);
  }
  return found ?? undefined;
}
