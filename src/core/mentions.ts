// Speaker mentions next to a reporting verb: a person with a title (`South Korean President Lee Jae Myung`),
// a short name (`Lee`), a pronoun (`he`), a role (`the minister`), an organisation (`the foreign ministry`,
// `police`), with an appositive (`Kim, a spokesman for the ministry,`).
import type { Token } from './tokens';
import { AGENCIES, NAME_PARTICLES, NOT_NAMES, OUTLET_LAST_WORDS, OUTLET_NOUNS, ROLE_HEADS, SPEAKING_BODIES, SUBJECT_PRONOUNS, TITLE_WORDS } from './words';
import { endsInApostropheS, withoutPossessive, wordSet } from './text';

export type MentionKind = 'person' | 'pronoun' | 'role' | 'organisation' | 'agency';

export interface SpeakerMention {
  kind: MentionKind;
  start: number;
  end: number;
  /** Name as written (person: without the title; organisation: without the article). */
  name: string;
  title?: string;
  /** Lower-case pronoun or role head word, for resolution. */
  head?: string;
}

/**
 * A mention, with every field in one order whatever its kind: the rules and the resolver then read objects
 * of one shape, which V8 reads in place (mentions of several shapes made its reads of them megamorphic).
 * Every mention is made here and never written to afterwards: a copy with other bounds or a title is a new
 * mention (a spread copy, or a title written into one, gave it a shape of its own).
 */
export function mention(kind: MentionKind, start: number, end: number, name: string, head?: string, title?: string): SpeakerMention {
  return { kind, start, end, name, title, head };
}

/** Adverbs and auxiliaries that may sit between a speaker and a reporting verb. */
const BETWEEN = wordSet(
  'also later then again further previously recently earlier had has have would will once reportedly ' +
  'publicly privately simply only just often has was is were are did does do not never repeatedly still ' +
  'last week told first subsequently separately additionally even yet already',
);

const DETERMINERS = wordSet('the a an its his her their our one another some two three several many other');

/** Words that can stand inside an organisation's or role's noun phrase. */
const NP_LINKS = wordSet('for of at from in and to on');

/** Words that end a noun phrase going backwards (a clause boundary). */
const CLAUSE_WORDS = wordSet(
  'that which who whom whose when while as but and or because if after before since where said says ' +
  'told is was are were has have had be been not with by than so',
);

function isTitleWord(t: Token): boolean {
  return TITLE_WORDS.holds(t) || ROLE_HEADS.holds(t);
}

function isNameToken(t: Token): boolean {
  return t.word && t.cap && !NOT_NAMES.holds(t);
}

/** Whether a name word is among tokens[from, to] (inclusive). */
function someNameToken(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isNameToken(tokens[k])) return true;
  return false;
}

/** Whether tokens[from, to] (inclusive) name a news agency or outlet (read in place: no copy of the words). */
function isAgency(tokens: readonly Token[], from: number, to: number): boolean {
  if (from > to) return false;
  if (AGENCIES.has(withoutPossessive(tokens[from].lower))) {
    let k = from + 1;
    while (k <= to && OUTLET_NOUNS.holds(tokens[k])) k++;
    if (k > to) return true;
  }
  if (to - from < 1) return false;
  for (let k = from; k <= to; k++) if (!(tokens[k].cap || OUTLET_NOUNS.holds(tokens[k]))) return false;
  return OUTLET_LAST_WORDS.has(tokens[to].lower);
}

function join(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to].end);
}

/** Build a person mention from tokens[from..to] (inclusive), splitting the title from the name. */
function personFrom(text: string, tokens: readonly Token[], from: number, to: number): SpeakerMention | undefined {
  while (from <= to && (NOT_NAMES.holds(tokens[from]) || DETERMINERS.has(tokens[from].lower))) from++;
  if (from > to) return undefined;
  if (isAgency(tokens, from, to)) return mention('agency', tokens[from].start, tokens[to].end, join(text, tokens, from, to));
  // The title runs to the last title word that still leaves a name after it.
  let t = -1;
  for (let k = from; k < to; k++) if (isTitleWord(tokens[k])) t = k;
  // A trailing capitalised body word makes it an organisation (`Foreign Ministry`, `White House`).
  const last = tokens[to];
  if (SPEAKING_BODIES.holds(last) && !ROLE_HEADS.holds(last)) {
    return mention('organisation', tokens[from].start, last.end, join(text, tokens, from, to), last.lower);
  }
  if (t < 0 && from === to && ROLE_HEADS.holds(last)) {
    return mention('role', last.start, last.end, last.text, last.lower);
  }
  if (t >= 0 && !someNameToken(tokens, t + 1, to)) {
    return mention('role', tokens[from].start, last.end, join(text, tokens, from, to), tokens[to].lower);
  }
  const nameFrom = t + 1 > from ? t + 1 : from;
  return mention('person', tokens[from].start, last.end, join(text, tokens, nameFrom, to), undefined, t >= from ? join(text, tokens, from, t) : undefined);
}

/** A noun phrase headed by a speaking body (`the foreign ministry`, `a spokesman for the ministry`). */
function bodyBefore(text: string, tokens: readonly Token[], end: number, floor: number): SpeakerMention | undefined {
  // Find the head: the last body word within the phrase (the phrase may end in `for the ministry`).
  let k = end;
  let head = -1;
  let steps = 0;
  while (k >= floor && steps < 9) {
    const t = tokens[k];
    if (!t.word && !(t.text === "'" || t.text === '\u2019' || t.text === '-')) break;
    if (t.word && !t.cap && CLAUSE_WORDS.has(t.lower)) break;
    if (SPEAKING_BODIES.holds(t) || (t.lower.endsWith('s') && SPEAKING_BODIES.has(t.lower.slice(0, -1)))) head = head < 0 ? k : head;
    if (DETERMINERS.has(t.lower)) {
      k--;
      break;
    }
    k--;
    steps++;
  }
  if (head < 0) return undefined;
  const from = k + 1;
  if (from > end) return undefined;
  let nameFrom = from;
  while (nameFrom <= end && DETERMINERS.has(tokens[nameFrom].lower)) nameFrom++;
  if (nameFrom > end) return undefined;
  if (isAgency(tokens, nameFrom, end)) return mention('agency', tokens[nameFrom].start, tokens[end].end, join(text, tokens, nameFrom, end));
  const headWord = tokens[head].lower;
  const role = ROLE_HEADS.has(headWord) || headWord === 'official' || headWord === 'spokesman' || headWord === 'spokeswoman';
  return mention(role && !NP_LINKS.has(tokens[Math.min(head + 1, end)].lower) && head === end ? 'role' : 'organisation', tokens[from].start, tokens[end].end, join(text, tokens, nameFrom, end), headWord);
}

/**
 * The speaker mention that ends just before tokens[verb] (`Lee said`, `he said`, `the ministry said`,
 * `Kim, a spokesman for the ministry, said`). `floor` is the first token that may belong to it.
 */
export function speakerBefore(text: string, tokens: readonly Token[], verb: number, floor = 0): SpeakerMention | undefined {
  let j = verb - 1;
  let skipped = 0;
  while (j >= floor && skipped < 3 && tokens[j].word && !tokens[j].cap && BETWEEN.has(tokens[j].lower)) {
    j--;
    skipped++;
  }
  // adverbs in -ly
  while (j >= floor && skipped < 3 && tokens[j].word && !tokens[j].cap && tokens[j].lower.endsWith('ly') && tokens[j].lower.length > 4) {
    j--;
    skipped++;
  }
  if (j < floor) return undefined;
  const t = tokens[j];
  if (t.word && SUBJECT_PRONOUNS.holds(t)) {
    return mention('pronoun', t.start, t.end, t.text, t.lower);
  }
  if (!t.word) {
    if (t.text !== ',') return undefined;
    // Appositive or relative clause between commas: `Kim, a spokesman for the ministry, said`.
    let m = j - 1;
    let n = 0;
    while (m >= floor && n < 18 && tokens[m].text !== ',' && tokens[m].word) {
      m--;
      n++;
    }
    if (m < floor || tokens[m].text !== ',' || n === 0) return undefined;
    const first = tokens[m + 1];
    const startsLikeAppositive = DETERMINERS.has(first.lower) || first.lower === 'who' || isTitleWord(first) || /^\d/.test(first.lower);
    if (!startsLikeAppositive) return undefined;
    const before = speakerBefore(text, tokens, m + 0, floor);
    // speakerBefore(…, m) looks at tokens before the comma at m: a name must end right there.
    if (!before || (before.kind !== 'person' && before.kind !== 'organisation')) return undefined;
    if (first.lower !== 'who' && before.kind === 'person' && !before.title) {
      return mention(before.kind, before.start, before.end, before.name, before.head, text.slice(first.start, tokens[j - 1].end));
    }
    return before;
  }
  if (isNameToken(t) || (t.cap && isTitleWord(t))) {
    let k = j;
    while (k - 1 >= floor) {
      const p = tokens[k - 1];
      if (p.word && (isNameToken(p) || (p.cap && isTitleWord(p)) || NAME_PARTICLES.has(p.lower) || (!p.cap && TITLE_WORDS.has(p.lower)))) {
        k--;
        continue;
      }
      break;
    }
    // A possessive before the name belongs to an organisation phrase: `China's foreign ministry`.
    while (k <= j && NAME_PARTICLES.holds(tokens[k]) && !tokens[k].cap) k++;
    if (k > j) return undefined;
    // `'s` or `’s` at the end, by character codes (the expression `/['\u2019]s$/` was 0.8 % of a review).
    if (endsInApostropheS(tokens[j].text)) return undefined;
    const lastLower = tokens[j].lower;
    if (SPEAKING_BODIES.has(lastLower) && !ROLE_HEADS.has(lastLower)) {
      const body = bodyBefore(text, tokens, j, floor);
      if (body) return body;
    }
    return personFrom(text, tokens, k, j);
  }
  if (t.word && !t.cap) return bodyBefore(text, tokens, j, floor);
  return undefined;
}
