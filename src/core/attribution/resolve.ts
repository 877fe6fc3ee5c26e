// Turning a speaker mention into a speaker: a short name into the full name seen in the item (`Lee` is
// `Lee Jae Myung`, `Xi` is `Xi Jinping`), a pronoun into the subject of the nearest earlier sentence
// with a name (or the last speaker), a role (`the minister`) into the person who holds that title.
// The item's multi-word names come from its capitalised runs (name-runs.ts): a full name and a titled
// mention are looked for where the name stands, a role where its title word may stand before it.
import type { Paragraph, Span } from '../model';
import { speakerBefore, type SpeakerMention } from '../mentions';
import { isRunParticle, mayFollowRunWord, mayPrecedeRunWord, mayStandInRun, NAME_RUN, readRun, runBoundary, type RunName } from './name-runs';
import type { QuoteSpan } from '../quotes';
import { tokenize, type Token } from '../tokens';
import { endsInApostropheS, isWhite, splitWords, wordSet } from '../text';
import { NOT_NAMES, REPORTING_VERBS, TITLE_WORDS } from '../words';
import { firstSentenceFrom, quoteWithin, SentenceTokens } from './context';
import { mainSubject } from './speaker';

export interface Person {
  name: string;
  title?: string;
  organisation: boolean;
  /** For a pronoun: the words that named the antecedent (`Lee noted`). */
  antecedent?: Span;
}

/** A titled name seen in the item, where it was seen (a role is the last earlier person with its title). */
interface TitledMention {
  person: RunName;
  at: number;
}

/** May text[at, at + length) be a word of a multi-word name read from a run (a run word next to it)? */
function isNamePart(names: string, at: number, length: number): boolean {
  return mayFollowRunWord(names, at) || mayPrecedeRunWord(names, at + length);
}

/** May a name at text[at, ..) have a title read from the same run (a run word before it)? */
function isTitledName(names: string, at: number): boolean {
  return mayFollowRunWord(names, at);
}

/** How many words a run has (they are separated by spaces and tabs), counted up to three. */
function wordsOf(run: string): number {
  let words = 1;
  for (let i = 1; i < run.length && words < 3; i++) {
    const c = run.charCodeAt(i);
    const before = run.charCodeAt(i - 1);
    if ((c === 32 || c === 9) && before !== 32 && before !== 9) words++;
  }
  return words;
}

function hasWhite(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWhite(s.charCodeAt(i))) return true;
  return false;
}

/** The name a short mention of several words stands for: `Lee` in `Mr. Lee`; else undefined. */
function shortNameOf(name: string): string | undefined {
  // Most names start with no such title: one look at the first letter before splitting the name.
  const first = name.charCodeAt(0) | 32;
  if (first !== 109 && first !== 100) return undefined;
  const words = splitWords(name);
  return words.length === 2 && /^(?:mr|mrs|ms|dr)\.?$/i.test(words[0]) ? words[1] : undefined;
}

/** Short words that are never the verb after a subject. */
const NOT_VERBS: ReadonlySet<string> = wordSet("of and in to for on at from with 's");

/** How many sentences back a pronoun may look for its antecedent. */
const PRONOUN_REACH = 6;

/**
 * The longest stretch of a sentence read for a pronoun's antecedent. A sentence is a few hundred
 * characters; one of many thousands is text that lost its full stops (a garbled feed, a transcript), and
 * reading it up to every pronoun in it would cost the square of its length. The look-back stops at such a
 * stretch and the pronoun keeps the last speaker: in a run-on of quotations, the one who spoke last.
 */
const MAX_SUBJECT_WINDOW = 2000;

/**
 * Items longer than this have all their runs read once, in order, for full names and titled mentions.
 * A look-up in a shorter item searches the item's text for the name (firstName), which costs the item's
 * length each time: in an item of megabytes (a feed that lost its header lines) that is its length times
 * the names it holds. Both give the same answers: the first run, in order, that holds the name.
 */
const READ_ALL_RUNS = 65_536;

/**
 * How many times over an item's roles may search its text for their title words (lastTitled). Each role
 * searches the text before it: in an item of many roles that is the square of its length. Past this, the
 * item's runs are all read once instead.
 */
const TITLE_SCANS = 8;

export class Resolver {
  // The tables below are made on first use: a resolver is made for every item, and most items ask for no
  // role, many for no pronoun or no name at all (an empty Map is a few hundred bytes for the collector).
  private fullNames: Map<string, Person | null> | undefined;
  /** subjectOf's answers, by the window's end and number. */
  private subjects: Map<number, Person | null> | undefined;
  /** The first titled mention of each multi-word name looked up (null: none in the item). */
  private titledByName: Map<string, RunName | null> | undefined;
  /**
   * A long item's runs, all read: the first name with each word, and by ' ' + name its first titled mention.
   * Also read, in any item, for the roles lastTitled does not search for.
   */
  private allRuns: Map<string, RunName> | undefined;
  /** The multi-word person names of allRuns by title word, in order, with where each mention starts. */
  private byTitleWord: Map<string, TitledMention[]> | undefined;
  private names: string | undefined;
  /** How much of the item's text roles have searched for their title words (lastTitled). */
  private titleScanned = 0;

  // Fields set by the constructor, not parameter properties: esbuild declares a parameter property's field
  // under its whole name beside the shortened one the minified bundle assigns (a dead field on every object).
  private declare readonly text: string;
  private declare readonly itemStart: number;
  private declare readonly paragraphs: readonly Paragraph[];
  private declare readonly sentenceTokens: SentenceTokens;
  private declare readonly quotes: readonly QuoteSpan[];

  constructor(text: string, itemStart: number, paragraphs: readonly Paragraph[], quotes: readonly QuoteSpan[], sentenceTokens = new SentenceTokens(text, quotes)) {
    this.text = text;
    this.itemStart = itemStart;
    this.paragraphs = paragraphs;
    this.sentenceTokens = sentenceTokens;
    this.quotes = quotes;
  }

  /** The item's text up to the end of its last paragraph, where names are read. */
  private namesText(): string {
    if (this.names === undefined) {
      const end = this.paragraphs.length > 0 ? this.paragraphs[this.paragraphs.length - 1].end : this.itemStart;
      this.names = this.text.slice(this.itemStart, end);
    }
    return this.names;
  }

  /** The reading of the run `m` found in the item's names. */
  private readingOf(m: RegExpExecArray): RunName | undefined {
    // `Bong Joon Ho's new film`: the name without its possessive.
    const run = m[0];
    const n = endsInApostropheS(run) ? run.length - 2 : run.length;
    const from = this.itemStart + m.index;
    return readRun(this.text, from, from + n);
  }

  /** The item's runs, every one read once (a long item: see READ_ALL_RUNS; roles: see lastTitled). */
  private readAllRuns(): Map<string, RunName> {
    if (!this.allRuns) {
      const all = (this.allRuns = new Map());
      const names = this.namesText();
      NAME_RUN.lastIndex = 0;
      for (let m = NAME_RUN.exec(names); m; m = NAME_RUN.exec(names)) {
        const p = this.readingOf(m);
        if (!p) continue;
        for (const word of p.parts) if (!all.has(word)) all.set(word, p);
        if (p.title && !all.has(' ' + p.name)) all.set(' ' + p.name, p);
        // And by its title words, with where it stands, for roles.
        const at = this.itemStart + m.index + p.offset;
        for (const word of p.titleWords) {
          const byTitleWord = (this.byTitleWord ??= new Map());
          const list = byTitleWord.get(word);
          if (list) list.push({ person: p, at });
          else byTitleWord.set(word, [{ person: p, at }]);
        }
      }
    }
    return this.allRuns;
  }

  private isLong(): boolean {
    return this.namesText().length > READ_ALL_RUNS;
  }

  /**
   * The first name of the item's runs, in order, that `accepts`, where it must hold `s` at a place that
   * `fits` allows. Only the runs over such places are read: each is found by scanning NAME_RUN from a
   * boundary before it (runBoundary), and a run over no such place cannot be accepted (a name the item has
   * no longer form of read every run of it). Independent of what role look-ups have read.
   */
  private firstName(s: string, fits: (names: string, at: number, length: number) => boolean, accepts: (p: RunName) => boolean): RunName | undefined {
    if (s.length === 0) return undefined;
    const names = this.namesText();
    // Where the runs read by this search end: a place the scan may go on from.
    let readTo = 0;
    for (let at = names.indexOf(s); at >= 0; at = names.indexOf(s, at + 1)) {
      if (at < readTo || !fits(names, at, s.length)) continue;
      NAME_RUN.lastIndex = Math.max(readTo, runBoundary(names, at));
      for (let m = NAME_RUN.exec(names); m && m.index <= at; m = NAME_RUN.exec(names)) {
        readTo = NAME_RUN.lastIndex;
        if (readTo <= at) continue;
        // The run over this place: the first accepted (the runs before it hold `s` at no place that fits).
        const p = this.readingOf(m);
        if (p && accepts(p)) return p;
        break;
      }
    }
    return undefined;
  }

  /** The full form of a one-word name, with its title, from the earliest mention in the item that has one. */
  private fullName(word: string): Person | undefined {
    const fullNames = (this.fullNames ??= new Map());
    const cached = fullNames.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const p = this.isLong() ? this.readAllRuns().get(word) : this.firstName(word, isNamePart, (p) => p.parts.includes(word));
    const found: Person | null = p ? { name: p.name, title: p.title, organisation: false } : null;
    fullNames.set(word, found);
    return found ?? undefined;
  }

  /** The person a name mention stands for. */
  person(m: SpeakerMention): Person {
    if (m.kind === 'organisation' || m.kind === 'agency') return { name: m.name, organisation: true };
    // `Lee`, `Mr. Lee`: look up the full name (a name with no blank is one word, and is not split).
    const word = hasWhite(m.name) ? shortNameOf(m.name) : m.name;
    if (word !== undefined) {
      const full = this.fullName(word);
      if (full) return { name: full.name, title: m.title ?? full.title, organisation: false };
    }
    // The first mention of this name with a title (only names of two words or more are kept).
    if (!m.title && m.name.includes(' ')) {
      const titledByName = (this.titledByName ??= new Map());
      let p = titledByName.get(m.name);
      if (p === undefined) {
        p = (this.isLong() ? this.readAllRuns().get(' ' + m.name) : this.firstName(m.name, isTitledName, (k) => k.name === m.name && !!k.title)) ?? null;
        titledByName.set(m.name, p);
      }
      if (p) return { name: m.name, title: p.title, organisation: false };
    }
    return { name: m.name, title: m.title, organisation: false };
  }

  /**
   * The last multi-word person with `head` among its title words whose mention starts before `before`, read
   * only from the runs over the places that may hold such a title word: a title word is a word of its run,
   * so it starts with a capital A-Z whose letters lower-case to `head`'s (a character outside ASCII is taken
   * to match: the Kelvin sign lower-cases to `k`). Of the runs over such places before the role, the last
   * that has the title is the answer. Undefined when `head` may be a title word not so written (a particle,
   * a word with a capital or a letter outside ASCII after its first letter: lower case may lengthen a word),
   * or when the item's roles have searched it a few times over (TITLE_SCANS): the caller reads all of its
   * runs instead.
   */
  private lastTitled(head: string, before: number): RunName | null | undefined {
    const first = head.charCodeAt(0);
    // A title word is a run word in lower case: it starts with a letter a-z (`43-year-old` is none).
    if (!(first >= 97 && first <= 122)) return null;
    if (isRunParticle(head)) return undefined;
    for (let i = 1; i < head.length; i++) {
      const h = head.charCodeAt(i);
      if (h >= 0x80 || (h >= 65 && h <= 90)) return undefined;
    }
    const names = this.namesText();
    // A run whose mention starts before `before` may go on past it, and its title words with it.
    let end = before - this.itemStart;
    while (end < names.length && mayStandInRun(names.charCodeAt(end))) end++;
    if ((this.titleScanned += end) > TITLE_SCANS * names.length) return undefined;
    // The places, found forwards (a search forwards is the faster), then read from the last back.
    const capital = String.fromCharCode(first - 32);
    const places: number[] = [];
    for (let at = names.indexOf(capital); at >= 0 && at + head.length <= end; at = names.indexOf(capital, at + 1)) {
      let i = 1;
      while (i < head.length) {
        const c = names.charCodeAt(at + i);
        if (c !== head.charCodeAt(i) && c + 32 !== head.charCodeAt(i) && c < 0x80) break;
        i++;
      }
      if (i === head.length) places.push(at);
    }
    for (let k = places.length - 1; k >= 0; k--) {
      const at = places[k];
      NAME_RUN.lastIndex = runBoundary(names, at);
      for (let m = NAME_RUN.exec(names); m && m.index <= at; m = NAME_RUN.exec(names)) {
        if (NAME_RUN.lastIndex <= at) continue;
        // The run over this place. A title before a name of two words or more takes three words at least.
        const p = wordsOf(m[0]) < 3 ? undefined : this.readingOf(m);
        if (p && p.titleWords.includes(head) && this.itemStart + m.index + p.offset < before) return p;
        // Its other places read the same: go on before it.
        while (k > 0 && places[k - 1] >= m.index) k--;
        break;
      }
    }
    return null;
  }

  /** The person a role (`the minister`, `the president`) stands for: the last earlier person with that title. */
  role(m: SpeakerMention): Person | undefined {
    const head = (m.head ?? m.name).toLowerCase();
    let p = this.isLong() ? undefined : this.lastTitled(head, m.start);
    if (p === undefined) {
      // Every name of the item read, in order: the last before the role with that title word (by binary search).
      this.readAllRuns();
      const list = this.byTitleWord?.get(head);
      if (!list) return undefined;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].at < m.start) lo = mid + 1;
        else hi = mid;
      }
      p = lo > 0 ? list[lo - 1].person : null;
    }
    return p ? { name: p.name, title: p.title, organisation: false } : undefined;
  }

  /**
   * The antecedent of a pronoun at `at`: the subject of the nearest earlier sentence that has a named
   * subject (a name followed by a verb), looking back a few sentences; else `lastSpeaker`.
   */
  pronoun(m: SpeakerMention, at: number, lastSpeaker: Person | undefined): Person | undefined {
    const plural = m.head === 'they' || m.head === 'we';
    let looked = 0;
    search: for (let p = this.paragraphIndex(at); p >= 0 && looked < PRONOUN_REACH; p--) {
      const sentences = this.paragraphs[p].sentences;
      // From the last sentence that starts before the pronoun (a binary search: in a paragraph of thousands of
      // sentences, passing over those after it, pronoun after pronoun, was quadratic).
      for (let s = firstSentenceFrom(sentences, at) - 1; s >= 0 && looked < PRONOUN_REACH; s--) {
        const sentence = sentences[s];
        const to = Math.min(sentence.end, m.start);
        if (to - sentence.start > MAX_SUBJECT_WINDOW) break search;
        looked++;
        const subject = this.subjectOf(sentence, to, plural);
        if (subject) return subject;
      }
    }
    if (lastSpeaker && plural === lastSpeaker.organisation) return lastSpeaker;
    return plural ? undefined : lastSpeaker;
  }

  private paragraphIndex(at: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paragraphs[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A named subject in [sentence.start, to): a person (or, for `they`, an organisation) followed by a verb. */
  private subjectOf(sentence: Span, to: number, plural: boolean): Person | undefined {
    // An empty window has no subject (and would share its key with the sentence before).
    if (to <= sentence.start) return undefined;
    // Pronouns in neighbouring paragraphs look back over the same sentences: read each one once. Sentences
    // do not overlap, so the window's end names it: (start, to] lies inside one sentence.
    const key = to * 2 + (plural ? 1 : 0);
    const subjects = (this.subjects ??= new Map());
    let found = subjects.get(key);
    if (found === undefined) {
      found = this.findSubject(sentence, to, plural) ?? null;
      subjects.set(key, found);
      // Pronouns look back a few sentences from the quotation at hand: keep only the latest answers.
      if (subjects.size > 256) subjects.delete(subjects.keys().next().value!);
    }
    // Shared, not copied: no caller changes a Person it is given.
    return found ?? undefined;
  }

  /** The person `m` names, as a pronoun's antecedent whose words run to `end` (a literal: a spread of the Person costs more). */
  private antecedent(m: SpeakerMention, end: number): Person {
    const p = this.person(m);
    return { name: p.name, title: p.title, organisation: p.organisation, antecedent: { start: m.start, end } };
  }

  private findSubject(sentence: Span, to: number, plural: boolean): Person | undefined {
    // A whole sentence with no quotation is read by no rule (they read the sentences of quotations; 8,600 a
    // review are read only here): it is tokenized alone, not kept among the recent sentences' tokens. (A
    // stretch of one, before a pronoun in it, is still cut from them: the sentence is read whole later.)
    const tokens = to === sentence.end && !quoteWithin(this.quotes, sentence.start, to) ? tokenize(this.text, sentence.start, to) : this.sentenceTokens.window(sentence, sentence.start, to);
    // A person is read from a capitalised word that may be a name or a title (mainSubject's and
    // speakerBefore's names end in one): without one, only an organisation (for `they`) may be found.
    if (!plural && !tokens.some(mayName)) return undefined;
    // The subject of the sentence: `Marc Tremblay, 63, arrived`, `The shadow minister, Victoria Atkins, called`.
    let m = mainSubject(this.text, tokens, tokens.length);
    let end = 0;
    if (m) {
      if (plural ? m.kind !== 'organisation' : m.kind !== 'person') return undefined;
      // The antecedent's words run to the verb: `Lee noted`.
      end = m.end;
      for (const t of tokens) {
        if (t.start >= m.end && t.word) {
          end = t.end;
          break;
        }
      }
    } else {
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i];
        // Else a name right before a reporting verb (`..., and Lee said`): a name before any other word is
        // too often an object (`the New York billionaire`).
        if (!t.word || t.cap || !REPORTING_VERBS.holds(t) || NOT_NAMES.holds(t) || NOT_VERBS.has(t.lower)) continue;
        if (!tokens[i - 1].word) continue;
        m = speakerBefore(this.text, tokens, i);
        if (m && (plural ? m.kind === 'organisation' : m.kind === 'person')) {
          end = t.end;
          break;
        }
        m = undefined;
      }
    }
    // A headline in title case names nobody: asked only of a sentence with a subject (most have none).
    return m && !isHeadline(tokens) ? this.antecedent(m, end) : undefined;
  }
}

/** A capitalised word that may be a name or a title. */
function mayName(t: Token): boolean {
  return t.word && t.cap && (!NOT_NAMES.holds(t) || TITLE_WORDS.holds(t));
}

/** A headline in title case (`Ohio Governor Says Tariffs Are Hurting Farmers`): most of its words of four letters or more capitalised. */
function isHeadline(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.lower.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= words * 0.7;
}
