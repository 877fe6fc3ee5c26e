// Speaker phrases next to a cue, read from the tokens outside quotations. Three shapes:
// - `phraseAsSpeaker(tokens, from, to)`: the whole window [from, to) is the speaker, as between a quotation
//   and its verb (`"...," the senator said`, `"...," Dutton, after a pause, said`, `"...," Sen. Lisa
//   Murkowski (R-Alaska) said`, `"...," a ministry official who asked not to be named said`);
// - `subjectOfVerb(tokens, verb)`: the subject of a verb somewhere in a sentence, found at a clause start
//   (`In a statement, its spokesman on energy, Andreas Lenz, said: "..."`);
// - `phraseAfter(tokens, from)`: the speaker that follows a verb or `according to` (`said a retired
//   teacher who gave only her first name, ...`, `said the captain's brother, Jun Manalo`, `- Bank of England
//   Governor Andrew Bailey, April`).
// A phrase is a pronoun, a name (with the titles and descriptions before it: `Bank of England Governor`,
// `Republican pollster`), an organisation (`the foreign ministry`, `the Joint Chiefs of Staff`) or a
// description of an unnamed speaker (`a poll worker`, `the woman`, `one senior EU diplomat`). Every check is
// a short scan over a handful of tokens.
import { mention, type SpeakerMention } from '../mentions';
import type { Token } from '../tokens';
import { AGENCIES, NAME_PARTICLES, NOT_NAMES, OUTLET_LAST_WORDS, OUTLET_NOUNS, REPORTING_VERBS, ROLE_HEADS, SPEAKING_BODIES, SUBJECT_PRONOUNS, TITLE_WORDS, WordList, wordList } from '../words';
import { endsInApostropheS, withoutPossessive, wordSet } from '../text';

/** The words that end an outlet's description (words.ts), and `magazine` (`Time magazine`), which mentions.ts's isAgency does not take. */
const OUTLET_WORDS: ReadonlySet<string> = new Set([...OUTLET_LAST_WORDS, 'magazine']);
const GROUP_NOUNS = wordSet('people officials critics supporters reporters others');
const APPROXIMATORS: WordList = wordList('about nearly roughly some over almost around approximately');
const BIG_QUANTITIES: WordList = wordList('hundreds thousands dozens scores millions');
const ADJECTIVE_LINKS = wordSet('with to');
const QUANTITY_WORDS: WordList = wordList(
  'one some many several two three four five most none each both all another hundreds thousands dozens ' +
  'scores millions tens group crowd number',
);
const LONE_QUANTITIES = wordSet('another one others some many several most');
const COUNT_WORDS = wordSet('two three four five six other');
const HEAD_PREPOSITIONS = wordSet('for of at by from');
const SOURCE_NOUNS = wordSet(
  'official officials aide aides lawyer lawyers diplomat diplomats sources source analysts experts ' +
  'residents witnesses prosecutors investigators researchers statement letter report filing study ' +
  'survey poll',
);
const CLAUSE_OPENERS: WordList = wordList(
  'and but while as when after before because though although so then where if which what who whom that ' +
  'once until since',
);
const CLAUSE_LINKS: WordList = wordList(
  'but and so then yet still meanwhile however instead later also now finally again as when while after ' +
  'before if because although though since once until even',
);
const TIME_UNITS: WordList = wordList('seconds minutes moments hours days weeks months years');
const TIME_AFTER = wordSet('later earlier ago after before');

/** Words that open a noun phrase. */
const DETERMINERS: WordList = wordList(
  'the a an one another some two three four five six several many his her their its our my your this ' +
  'these those each both other',
);

/** Determiners of a new, indefinite referent: `a poll worker` is nobody named before. */
export const INDEFINITE: ReadonlySet<string> = wordSet('a an one another some two three four five six several many each both other');

/** Prepositions that start a modifier after a head noun (`a spokesman for the ministry`). */
const PREPOSITIONS: WordList = wordList('of for at from with in on to by about inside within near behind under across outside');

/** Words that start a relative clause after a head noun. */
const RELATIVES: WordList = wordList('who whom whose which that');

/** Words that never stand inside a speaker's noun phrase (verbs of being, auxiliaries, conjunctions). */
const NEVER_IN_PHRASE: WordList = wordList(
  'is was are were be been being am has have had will would can could should may might must shall do ' +
  'does did not but or because if when while as after before since than so said says say told tells ' +
  'tell asked added wrote where how why what then there here also just only even very too it he she ' +
  'they we i you him them us me if though although until unless whether yet still',
);

/** Adverbs, auxiliaries and time words that may sit between a speaker and the verb. */
const BETWEEN: WordList = wordList(
  'also later then again further previously recently earlier had has have would will once reportedly ' +
  'publicly privately simply only just often was is were are did does do not never repeatedly still ' +
  'first subsequently separately additionally even yet already now once today yesterday tonight soon ' +
  'quickly immediately finally since has had cannot could should may might must can',
);

const WEEKDAYS: WordList = wordList('monday tuesday wednesday thursday friday saturday sunday');

/** Nouns that speak without a determiner (`officials said`, `police said`, `critics say`). */
const BARE_SPEAKERS: WordList = wordList(
  'officials police critics supporters analysts experts aides advisers advisors sources residents ' +
  'witnesses prosecutors investigators researchers protesters demonstrators voters lawmakers ' +
  'legislators senators democrats republicans economists diplomats children students teachers workers ' +
  'doctors nurses parents activists organizers organisers observers opponents fans attendees delegates ' +
  'leaders people others many some both neither authorities regulators scientists participants ' +
  'commentators campaigners insiders strategists conservatives liberals progressives staffers ' +
  'spokespeople protestors readers viewers users commenters members',
);

/** Head nouns that name a person speaking for a body (`a spokesman for the ministry` speaks as the ministry). */
const SPOKES: ReadonlySet<string> = wordSet(
  'spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative statement',
);

/** Nouns in -ing that are not participles. */
const ING_NOUNS: ReadonlySet<string> = wordSet(
  'thing morning evening building meeting briefing hearing king ring spring string wing offering ' +
  'funding ruling setting landing gathering opening spending following finding training reading writing ' +
  'posting clothing housing ceiling darling sibling viking pudding wedding warning ending beginning ' +
  'standing feeling painting recording listing filing polling nothing anything something everything ' +
  'sterling shooting bombing killing uprising swing timing lobbying banking marketing engineering ' +
  'accounting editing teaching nursing',
);

/** Adjectives that open a modifier after the head (`an aide familiar with the plan`). */
const POST_ADJECTIVES: WordList = wordList(
  'familiar close loyal opposed critical sympathetic briefed involved knowledgeable present speaking ' +
  'responsible',
);

function isTitle(t: Token): boolean {
  return t.word && (TITLE_WORDS.holds(t) || ROLE_HEADS.holds(t));
}

/** A capitalised word that can be part of a name. */
function isNameWord(t: Token): boolean {
  return t.word && t.cap && !NOT_NAMES.holds(t) && !WEEKDAYS.holds(t);
}

function isPossessive(text: string, t: Token): boolean {
  if (!t.word) return false;
  if (endsInApostropheS(t.text)) return true;
  const next = text.charCodeAt(t.end);
  return (next === 39 || next === 0x2019) && t.lower.endsWith('s');
}

function isParticiple(t: Token): boolean {
  return t.word && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !ING_NOUNS.has(t.lower);
}

/** Whether tokens[from, to) name a news agency or outlet (read in place: no copy of the words). */
function isAgencyWords(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  if (AGENCIES.has(withoutPossessive(tokens[from].lower))) {
    let k = from + 1;
    while (k < to && OUTLET_NOUNS.holds(tokens[k])) k++;
    if (k === to) return true;
  }
  const last = tokens[to - 1].lower;
  if (to - from < 2) return false;
  for (let k = from; k < to; k++) if (!(tokens[k].cap || OUTLET_NOUNS.holds(tokens[k]))) return false;
  // (Every one of these words is an outlet noun.)
  return OUTLET_WORDS.has(last);
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** `The email` read at a sentence start is `the email`. */
function phraseName(text: string, tokens: readonly Token[], from: number, to: number): string {
  const s = slice(text, tokens, from, to);
  return DETERMINERS.holds(tokens[from]) && tokens[from].cap ? tokens[from].lower + s.slice(tokens[from].text.length) : s;
}

/** Skip a bracketed aside starting at tokens[i] === '(': the index after its `)`, or -1. */
function skipBrackets(tokens: readonly Token[], i: number, to: number): number {
  for (let k = i + 1; k < to && k <= i + 10; k++) if (tokens[k].text === ')') return k + 1;
  return -1;
}

/** A capitalised organisation in tokens[from, to): `the White House`, `the Joint Chiefs of Staff`, `the State Department`. */
function allCaps(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!(t.word && (t.cap || ((t.lower === 'of' || t.lower === 'and' || t.lower === 'for' || t.lower === 'the') && k > from && k < to - 1)))) return false;
  }
  return true;
}

/**
 * A name with the titles and descriptions before it filling exactly [from, to): `Lee`, `Bank of England
 * Governor Andrew Bailey`, `the veteran attorney Ana Ortiz`, `host Dana Morgan`. Also capitalised
 * organisations (`the Foreign Ministry`, `the Joint Chiefs of Staff`, `Reuters`).
 */
function nameRun(text: string, tokens: readonly Token[], from: number, to: number): SpeakerMention | undefined {
  if (from >= to) return undefined;
  const article = tokens[from].lower === 'the';
  let a = from;
  if (DETERMINERS.holds(tokens[a]) || isPossessive(text, tokens[a])) a++;
  if (a >= to) return undefined;
  const lastTok = tokens[to - 1];
  if (isAgencyWords(tokens, a, to)) return mention('agency', tokens[a].start, lastTok.end, slice(text, tokens, a, to));
  // A capitalised organisation: `the White House`, `the Joint Chiefs of Staff`, `the State Department`.
  if (lastTok.word && lastTok.cap && SPEAKING_BODIES.holds(lastTok) && !ROLE_HEADS.holds(lastTok) && allCaps(tokens, a, to)) {
    return mention('organisation', tokens[from].start, lastTok.end, slice(text, tokens, a, to), lastTok.lower);
  }
  if (article && allCaps(tokens, a, to)) {
    return mention('organisation', tokens[from].start, lastTok.end, slice(text, tokens, a, to), lastTok.lower);
  }
  if (!isNameWord(lastTok) || isPossessive(text, lastTok)) return undefined;
  // The name: the capitalised words (and particles, initials) at the end, back to a title word.
  let ns = to - 1;
  while (ns - 1 >= a) {
    const p = tokens[ns - 1];
    if (isNameWord(p) && !isTitle(p) && !isPossessive(text, p)) ns--;
    else if (p.word && !p.cap && NAME_PARTICLES.holds(p) && ns - 2 >= a && isNameWord(tokens[ns - 2])) ns--;
    else break;
  }
  // The last word alone is a title word (`the President`): a role, unless a name comes before it.
  if (ns === to - 1 && isTitle(lastTok) && (ns === a || !isNameWord(tokens[ns - 1]))) {
    if (ns > a && !allCaps(tokens, a, to)) return undefined;
    return mention('role', tokens[from].start, lastTok.end, slice(text, tokens, a, to), lastTok.lower);
  }
  while (ns < to - 1 && NAME_PARTICLES.holds(tokens[ns]) && !tokens[ns].cap) ns++;
  // `the watchdog group Fair Wages Alliance`: a name ending in a body word is an organisation.
  if (ns < to - 1 && SPEAKING_BODIES.holds(lastTok) && !ROLE_HEADS.holds(lastTok)) {
    return mention('organisation', tokens[from].start, lastTok.end, slice(text, tokens, ns, to), lastTok.lower);
  }
  // The words before the name are its title: title words, capitalised words, `of` inside a title, and
  // lower-case descriptions (`Republican pollster`) that are not verbs.
  let sawTitle = false;
  for (let k = a; k < ns; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (t.text === '-' || t.text === '.') continue;
      return undefined;
    }
    if (isTitle(t)) {
      sawTitle = true;
      continue;
    }
    if (t.cap) {
      // `People Power Party floor leader`: a capitalised noun may open a title; `Of`, `But`, `When` may not.
      if (NOT_NAMES.holds(t) && !(k > a || GROUP_NOUNS.has(t.lower)) ) return undefined;
      if (NOT_NAMES.holds(t) && (NEVER_IN_PHRASE.holds(t) || PREPOSITIONS.holds(t) || DETERMINERS.holds(t) || RELATIVES.holds(t))) return undefined;
      continue;
    }
    if ((t.lower === 'of' || t.lower === 'the' || t.lower === 'for' || t.lower === 'and') && k > a && (sawTitle || tokens[k - 1].cap)) continue;
    if (NEVER_IN_PHRASE.holds(t) || REPORTING_VERBS.holds(t) || PREPOSITIONS.holds(t) || RELATIVES.holds(t) || DETERMINERS.holds(t)) return undefined;
    // `retired Army Lt. Gen.`, `undecided Republican voter`: a participle may open a title, not follow a name.
    if (/(?:ed|ing)$/.test(t.lower) && !TITLE_WORDS.holds(t) && k > a && !DETERMINERS.holds(tokens[k - 1])) return undefined;
  }
  if (ns - a > 9) return undefined;
  if (ns === a && NOT_NAMES.holds(tokens[ns])) return undefined;
  return mention('person', tokens[from].start, lastTok.end, slice(text, tokens, ns, to), undefined, ns > a ? slice(text, tokens, a, ns) : undefined);
}

/**
 * A description of a speaker filling exactly [from, to): `the senator`, `a poll worker`, `one senior EU
 * diplomat`, `a spokesman for the ministry` (the ministry speaks), `the foreign ministry`, `Ruiz's
 * campaign manager`, `officials`. A relative clause or participle after the head is allowed
 * (`a ministry official who asked not to be named`, `another source speaking to Yonhap`).
 */
function description(text: string, tokens: readonly Token[], from: number, to: number): SpeakerMention | undefined {
  if (from >= to) return undefined;
  let first = tokens[from];
  // `about 300 farmers`, `more than 50 students`: an approximate number counts as a determiner.
  if (APPROXIMATORS.holds(first) && from + 2 < to && /^\d/.test(tokens[from + 1].lower)) {
    from++;
    first = tokens[from];
  }
  const det = DETERMINERS.holds(first) || (isPossessive(text, first) && first.cap) || /^\d/.test(first.lower) || BIG_QUANTITIES.holds(first);
  // Where the core noun phrase ends: a relative clause, a participle or a post-modifying adjective.
  let end = to;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (RELATIVES.holds(t) || (isParticiple(t) && !DETERMINERS.holds(tokens[k - 1])) || (POST_ADJECTIVES.holds(t) && k + 1 < to && ADJECTIVE_LINKS.has(tokens[k + 1].lower))) {
      end = k;
      break;
    }
  }
  // The head: the last word before the first preposition (`a delegate from a Pacific island state`), or
  // after `of` for a quantity (`one of the negotiators`, `some of the farmers`).
  let head = end;
  const quantity = QUANTITY_WORDS.holds(first) && from + 1 < end && tokens[from + 1].lower === 'of';
  for (let k = quantity ? from + 2 : from + 1; k < end; k++) {
    if (PREPOSITIONS.holds(tokens[k]) && !tokens[k].cap) {
      head = k;
      break;
    }
  }
  // `Another tweeted`, `one said`: a quantity word alone stands for a person.
  if (end === from + 1 && LONE_QUANTITIES.has(first.lower)) {
    return mention('role', first.start, first.end, first.lower, first.lower);
  }
  if (head - from > 8 || end - from > 14) return undefined;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (t.text === '-' || t.text === "'" || t.text === '\u2019' || t.text === '.') continue;
      return undefined;
    }
    if (k > from && DETERMINERS.holds(t) && k < head && !quantity && !(k === from + 1 && first.lower === 'the' && COUNT_WORDS.has(t.lower))) return undefined;
    if (NEVER_IN_PHRASE.holds(t) && !(k > head && (t.lower === 'it' || t.lower === 'us'))) return undefined;
    if (k < head && k > from && !t.cap && REPORTING_VERBS.holds(t) && k === head - 1 && /(?:ed|es)$/.test(t.lower)) return undefined;
  }
  const h = tokens[head - 1];
  if (!h.word || isPossessive(text, h) || (head - 1 === from && DETERMINERS.holds(h))) return undefined;
  // `the platform committee meeting began`: a verb is no head.
  if (VERB_LIKE.has(h.lower) || FINITE_CUES.holds(h) || (h.lower.endsWith('ed') && REPORTING_VERBS.holds(h))) return undefined;
  if (DETERMINERS.holds(h) && !(head - 2 === from && first.lower === 'the')) return undefined;
  // A capitalised head is a name (read by nameRun), except a bare noun opening a sentence: `Officials said`.
  if (h.cap && !(head - 1 === from && BARE_SPEAKERS.holds(h)) && !(det && isTitle(h))) return undefined;
  if (!det && head - from >= 2 && OUTLET_NOUNS.holds(h) && tokens.slice(from, head - 1).every((t) => t.cap)) {
    // `Time magazine`, `Foreign Policy magazine`: an outlet.
    return mention('agency', first.start, tokens[head - 1].end, slice(text, tokens, from, head), h.lower);
  }
  if (!det) {
    // Without a determiner only a few nouns speak: `officials said`, `police said`, `White House officials said`.
    if (head - from > 3 || !(BARE_SPEAKERS.holds(h) || SPEAKING_BODIES.holds(h))) return undefined;
    for (let k = from; k < head - 1; k++) if (!tokens[k].cap && !TITLE_WORDS.holds(tokens[k])) return undefined;
  }
  // A spokesman for the ministry speaks as the ministry; a report by the council as the council.
  if (SPOKES.has(h.lower) || h.lower === 'report' || h.lower === 'statement') {
    if (head < end && HEAD_PREPOSITIONS.has(tokens[head].lower)) {
      const org = nameRun(text, tokens, head + 1, end) ?? description(text, tokens, head + 1, end);
      if (org && (org.kind === 'organisation' || org.kind === 'agency')) return mention(org.kind, first.start, tokens[end - 1].end, org.name, org.head, org.title);
      if (org && org.kind === 'person' && end - head <= 4) return mention('organisation', first.start, tokens[end - 1].end, org.title ? `${org.title} ${org.name}` : org.name, h.lower);
    }
  }
  const body = SPEAKING_BODIES.holds(h) && !ROLE_HEADS.holds(h) && !BARE_SPEAKERS.holds(h) && !SPOKES.has(h.lower) && !SOURCE_NOUNS.has(h.lower);
  if (body) {
    let nameFrom = from;
    if (tokens[nameFrom].lower === 'the' || tokens[nameFrom].lower === 'its') nameFrom++;
    if (nameFrom >= end) return undefined;
    return mention('organisation', first.start, tokens[end - 1].end, slice(text, tokens, nameFrom, end), h.lower);
  }
  return mention('role', first.start, tokens[end - 1].end, phraseName(text, tokens, from, end), h.lower);
}

/** A noun phrase filling exactly [from, to): a pronoun, a name, an organisation or a description. */
function nounPhrase(text: string, tokens: readonly Token[], from: number, to: number): SpeakerMention | undefined {
  if (from >= to) return undefined;
  // A bracketed party and state after a name: `Sen. Chris Murphy (D-Conn.)`.
  if (tokens[to - 1].text === ')') {
    let k = to - 2;
    while (k > from && tokens[k].text !== '(' && to - k < 10) k--;
    if (k > from && tokens[k].text === '(') to = k;
  }
  if (to - from === 1 && tokens[from].word && SUBJECT_PRONOUNS.holds(tokens[from])) {
    const t = tokens[from];
    return mention('pronoun', t.start, t.end, t.text, t.lower);
  }
  // `he's said`, `they've said`: a pronoun with its auxiliary.
  if (to - from === 1 && tokens[from].word) {
    const c = /^(he|she|they|we|i)['\u2019](?:s|ve|d|ll|re)$/.exec(tokens[from].lower);
    if (c) {
      const t = tokens[from];
      return mention('pronoun', t.start, t.start + c[1].length, t.text.slice(0, c[1].length), c[1]);
    }
  }
  return nameRun(text, tokens, from, to) ?? description(text, tokens, from, to);
}

/** A comma-separated aside that reads as a title (`the trade minister`, `Ruiz's campaign manager`, `63`). */
function appositiveTitle(text: string, tokens: readonly Token[], from: number, to: number): string | undefined {
  if (from >= to) return undefined;
  const t = tokens[from];
  if (/^\d+$/.test(t.lower)) return undefined; // an age
  if (DETERMINERS.holds(t) || isTitle(t) || isPossessive(text, t) || (t.word && !t.cap && !PREPOSITIONS.holds(t) && !isParticiple(t) && !RELATIVES.holds(t) && !NEVER_IN_PHRASE.holds(t))) {
    return slice(text, tokens, from, to);
  }
  return undefined;
}

/** `-` `'` `’` `.` `)` `–`: punctuation that may stand inside a speaker phrase (`/^[-'\u2019.)\u2013]$/`). */
function isPhrasePunctuation(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 41 || c === 0x2013;
}

/**
 * The speaker filling exactly [from, to), the words between a quotation and its verb or between a clause
 * start and the verb: a noun phrase, then asides between commas (`Dutton, after a pause,`, `Wanjiru,
 * 54, a farmer from ...,`, `its spokesman on energy, Andreas Lenz,`), then adverbs and time words.
 */
export function phraseAsSpeaker(text: string, tokens: readonly Token[], from: number, to: number): SpeakerMention | undefined {
  // Trailing adverbs and time words: `Lee also said`, `Kim on Tuesday said`.
  let e = to;
  while (e > from + 1) {
    const t = tokens[e - 1];
    if (t.word && !t.cap && (BETWEEN.holds(t) || (t.lower.endsWith('ly') && t.lower.length > 4))) e--;
    else if (t.word && WEEKDAYS.holds(t)) e -= e - 2 > from && tokens[e - 2].lower === 'on' ? 2 : 1;
    else break;
  }
  if (e - from > 40) return undefined;
  // Split at commas outside brackets.
  // (Made at the first comma: most phrases have none.)
  let cuts: number[] | undefined;
  for (let k = from; k < e; k++) {
    const t = tokens[k];
    if (t.word) continue;
    if (t.text === '(') {
      const after = skipBrackets(tokens, k, e);
      if (after < 0) return undefined;
      k = after - 1;
      continue;
    }
    if (t.text === ',') (cuts ??= []).push(k);
    else if (!isPhrasePunctuation(t.text)) return undefined;
  }
  if (cuts === undefined) return nounPhrase(text, tokens, from, e);
  // Several segments: the last must be empty (`X, an aide, said`), at most three asides.
  if (cuts[cuts.length - 1] !== e - 1 || cuts.length > 4) return undefined;
  const head = nounPhrase(text, tokens, from, cuts[0]);
  if (!head || head.kind === 'pronoun') return head;
  const asideFrom = cuts[0] + 1;
  const asideTo = cuts.length > 1 ? cuts[1] : e - 1;
  if (asideFrom >= asideTo) return undefined;
  const aside = nameRun(text, tokens, asideFrom, asideTo);
  // `its spokesman on energy, Andreas Lenz,`: the name in the aside is the speaker.
  if (head.kind === 'role' && aside && aside.kind === 'person') {
    return mention(aside.kind, head.start, tokens[asideTo - 1].end, aside.name, aside.head, aside.title ?? slice(text, tokens, from, cuts[0]));
  }
  // A full name in a later aside is the real subject (`Dayton, OH, after the vote, Gov. Mike DeWine, said`).
  for (let c = 0; c + 1 < cuts.length; c++) {
    const other = nameRun(text, tokens, cuts[c] + 1, cuts[c + 1]);
    const plainTitle = !other?.title || /^(?:[\p{Lu}][\p{L}.'\u2019-]*\s*)+$/u.test(other.title);
    if (other && other.kind === 'person' && plainTitle && (other.name.includes(' ') || other.title) && head.kind !== 'role') return undefined;
  }
  if (head.kind === 'person' && !head.title) {
    const title = appositiveTitle(text, tokens, asideFrom, asideTo);
    // A new mention rather than a title written into this one (see mention()).
    if (title) return mention(head.kind, head.start, head.end, head.name, head.head, title);
  }
  return head;
}

/** Head nouns of descriptions that are people (`the senator`, `a German user`, `critics`). */
export function personNoun(head: string): boolean {
  return ROLE_HEADS.has(head) || TITLE_WORDS.has(head) || BARE_SPEAKERS.has(head) || DOCUMENTS.has(head) || /(?:er|or|ist|ian|ant|ent|man|woman|men|women|people|ers|ors|ists|ians|ants|ents|ee|ees)$/.test(head);
}

/** Writings that speak for their authors (`A note in the filing puts it plainly: "..."`). */
const DOCUMENTS: ReadonlySet<string> = wordSet(
  'statement report letter memo email e-mail footnote editorial release ad advertisement filing ' +
  'complaint lawsuit ruling transcript post tweet sign banner headline website passage excerpt column ' +
  'op-ed petition',
);

/** Punctuation after which a clause may start: `/^[,;:(\u2014\u2013\u2015-]$/`, by character code (clauseSubject asks it at every word). */
function punctuationOpens(t: Token): boolean {
  if (t.word || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 45;
}

/** Words after which a subordinate clause starts, whose subject is the speaker (`when she said`, `which X calls`). */
function conjunctionOpens(t: Token): boolean {
  return t.word && !t.cap && CLAUSE_OPENERS.holds(t);
}

/** Leading words that are not the subject: `But`, `And`, `Later,`. */
function skipLeading(tokens: readonly Token[], c: number, to: number): number {
  while (c < to && tokens[c].word && CLAUSE_LINKS.holds(tokens[c])) c++;
  // `Hours later, she ...`, `Days earlier, ...`
  if (c + 1 < to && TIME_UNITS.holds(tokens[c]) && TIME_AFTER.has(tokens[c + 1].lower)) {
    c += 2;
    if (c < to && tokens[c].text === ',') c++;
  }
  return c;
}

/**
 * The subject of the verb at tokens[verb]: the leftmost clause start from which the words up to the verb
 * read as a speaker (`In a statement to the paper, its spokesman, Andreas Lenz, said`, `But Kim said`).
 * `floor` is the first token that may belong to it.
 */
export function subjectOfVerb(text: string, tokens: readonly Token[], verb: number, floor = 0): SpeakerMention | undefined {
  const lowest = Math.max(floor, verb - 40);
  // A pronoun right before the verb is its subject: `..., she said`, `the way they say`.
  if (verb - 1 >= floor) {
    const p = tokens[verb - 1];
    if (p.word && SUBJECT_PRONOUNS.holds(p) && p.lower !== 'it' && (verb - 2 < floor || !tokens[verb - 2].word || !REPORTING_VERBS.holds(tokens[verb - 2]))) {
      return mention('pronoun', p.start, p.end, p.text, p.lower);
    }
  }
  // `she laughed and admitted`: the subject of the verb before `and`.
  if (verb - 3 >= floor && tokens[verb - 1].lower === 'and') {
    for (let j = verb - 2; j > floor && j >= verb - 8; j--) {
      if (!tokens[j].word || tokens[j].cap) break;
      const p = tokens[j - 1];
      if (verbLike(tokens[j]) && p.word && SUBJECT_PRONOUNS.holds(p) && p.lower !== 'it') return mention('pronoun', p.start, p.end, p.text, p.lower);
    }
  }
  // `Justice Minister Park Sung-jae, who told lawmakers`: the name before `, who`.
  if (verb - 3 >= floor && tokens[verb - 1].lower === 'who' && tokens[verb - 2].text === ',') {
    let k = verb - 3;
    while (k - 1 >= floor && tokens[k - 1].word && (tokens[k - 1].cap || isTitle(tokens[k - 1]) || NAME_PARTICLES.holds(tokens[k - 1])) && verb - k < 10) k--;
    for (; k <= verb - 3; k++) {
      const m = nameRun(text, tokens, k, verb - 2);
      if (m && m.kind === 'person') return m;
    }
  }
  // A subordinate clause right before the verb has its own subject: `when she said`, `which Baick calls`.
  let subordinate = -1;
  for (let c = verb - 1; c > lowest; c--) {
    if (!conjunctionOpens(tokens[c - 1])) continue;
    const m = phraseAsSpeaker(text, tokens, c, verb);
    if (m) return m;
    subordinate = c;
    break;
  }
  // Else the leftmost clause start that reads as a speaker up to the verb. The words from a start are read
  // once: `, and Kim` and `and Kim` both start at `Kim`, and the subordinate clause's start was read above.
  let tried = -1;
  for (let c = lowest; c < verb; c++) {
    if (c > floor && !punctuationOpens(tokens[c - 1]) && !conjunctionOpens(tokens[c - 1])) continue;
    const s = skipLeading(tokens, c, verb);
    if (s >= verb || s === tried || s === subordinate) continue;
    tried = s;
    const m = phraseAsSpeaker(text, tokens, s, verb);
    if (m) return m;
  }
  return undefined;
}

/** Reporting verbs that are never nouns: they end a speaker phrase (`said a delegate from a Pacific island state` goes on). */
const FINITE_CUES: WordList = wordList(
  'said says told tells asked asks added adds wrote writes replied explained insisted declared noted ' +
  'warned',
);

/** Words that read as the verb after a sentence's subject (beside the reporting verbs). */
const VERB_LIKE: ReadonlySet<string> = wordSet("is was are were has have had will would can could should may might must did does do didn't doesn't don't won't wasn't isn't hasn't can't took made got went came gave sent put kept left met ran led won lost spoke began stood sat saw knew held brought sought struck drew threw");

/** Ends in an `s` after anything but `s` or an apostrophe (`supports`, not `press` or `Kim's`). */
function endsInVerbS(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c !== 115 && c !== 39 && c !== 0x2019;
}

/** VERB_LIKE, the reporting verbs and BETWEEN in one set (verbLike asks all three of most words). */
const VERB_WORDS: WordList = new WordList([...VERB_LIKE, ...REPORTING_VERBS, ...BETWEEN]);

/** Words in -s that are no verb after a name: prepositions, NEVER_IN_PHRASE, titles, bodies, bare speakers, in one set. */
const NOT_VERBS_IN_S: WordList = new WordList([...PREPOSITIONS, ...NEVER_IN_PHRASE, ...ROLE_HEADS, ...TITLE_WORDS, ...SPEAKING_BODIES, ...BARE_SPEAKERS]);

/** Ends in `ed` or `es`, or in `ly` after three letters: a verb or an adverb (char codes: verbLikeAt runs on most words of a sentence). */
function verbEnding(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const a = w.charCodeAt(n - 2);
  const b = w.charCodeAt(n - 1);
  return a === 101 ? b === 100 || b === 115 : a === 108 && b === 121 && n > 4;
}

/** A lower-case word that is verb-like by itself: a verb's or an adverb's ending, or a listed verb. */
function verbByItself(t: Token): boolean {
  return t.word && !t.cap && (verbEnding(t.lower) || VERB_WORDS.holds(t));
}

/** A lower-case word in -s that is the verb when it comes right after a name or a pronoun (`Lindqvist supports`, `He talks`). */
function verbInS(t: Token): boolean {
  return t.word && !t.cap && t.lower.length > 3 && endsInVerbS(t.lower) && !NOT_VERBS_IN_S.holds(t);
}

function verbLike(t: Token, afterName = false): boolean {
  return verbByItself(t) || (afterName && verbInS(t));
}

/** verbLike(tokens[k], afterNameAt(tokens, k)), asking what comes before only when the word itself does not tell. */
function verbLikeAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return verbByItself(t) || (verbInS(t) && afterNameAt(tokens, k));
}

/** Is tokens[k] the first word after a name (not a title) or a pronoun? */
function afterNameAt(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1];
  return p !== undefined && p.word && ((p.cap && !NOT_NAMES.holds(p) && !isTitle(p) && !SPEAKING_BODIES.holds(p)) || (SUBJECT_PRONOUNS.holds(p) && p.lower !== 'it'));
}

/**
 * The first subject found at the clause starts c, c + step, ... while c is in [lowest, last): a clause
 * starts at the sentence start, or after punctuation or a conjunction, and its subject is its words (after
 * `But`, `Hours later,`) up to a verb-like word within 16 tokens and before `limit`, read as a speaker.
 * Neighbouring starts often skip to the same word (`, and Kim`, `and Kim`): the words from it are read once.
 */
function clauseSubject(text: string, tokens: readonly Token[], c: number, step: number, lowest: number, last: number, limit: number): SpeakerMention | undefined {
  for (let tried = -1; c >= lowest && c < last; c += step) {
    if (c > 0 && !punctuationOpens(tokens[c - 1]) && !conjunctionOpens(tokens[c - 1])) continue;
    const s = skipLeading(tokens, c, limit);
    if (s === tried) continue;
    tried = s;
    for (let k = s + 1; k < limit && k <= s + 16; k++) {
      if (!verbLikeAt(tokens, k)) continue;
      const m = phraseAsSpeaker(text, tokens, s, k);
      if (m) return m;
    }
  }
  return undefined;
}

/**
 * The subject of the sentence a participle belongs to (`Kim took a question ..., telling the crowd`, `Later
 * that day, she issued a statement saying`): the first clause start before `verb` whose words up to a
 * verb-like word read as a speaker. The subject is near the sentence start: a long sentence is not read
 * beyond its first clauses.
 */
export function mainSubject(text: string, tokens: readonly Token[], verb: number): SpeakerMention | undefined {
  return clauseSubject(text, tokens, 0, 1, 0, Math.min(verb, 60), verb);
}

/**
 * The subject of the clause nearest before `limit` (`At the forum where the mayor spoke, Firth
 * landed a dig at` gives `Firth`): clause starts are tried from the nearest back to the sentence start
 * (only the clauses just before `limit`: a sentence of thousands of words is not read back whole).
 */
export function nearestSubject(text: string, tokens: readonly Token[], limit: number): SpeakerMention | undefined {
  return clauseSubject(text, tokens, limit - 1, -1, Math.max(0, limit - 60), limit, limit);
}

/**
 * The speaker that starts at tokens[from] (`said a longtime adviser to the candidate, who ...`, `said Kim,
 * the minister,`, `said the captain's brother, Jun Manalo.`). The phrase runs to a comma, a stop, a
 * relative clause or a participle.
 */
export function phraseAfter(text: string, tokens: readonly Token[], from: number, ceiling = tokens.length): SpeakerMention | undefined {
  if (from >= ceiling) return undefined;
  const t = tokens[from];
  if (t.word && SUBJECT_PRONOUNS.holds(t) && t.lower !== 'it') return mention('pronoun', t.start, t.end, t.text, t.lower);
  let e = from;
  while (e < ceiling && e < from + 16) {
    const k = tokens[e];
    if (!k.word) {
      if (k.text === '-' || k.text === "'" || k.text === '\u2019' || (k.text === '.' && e > from)) {
        e++;
        continue;
      }
      if (k.text === '(' && e > from) {
        // `Sen. Mike Lee (R-Utah)`
        const after = skipBrackets(tokens, e, ceiling);
        if (after > 0) {
          const m = nounPhrase(text, tokens, from, e);
          if (m && m.kind === 'person') return mention(m.kind, m.start, tokens[after - 1].end, m.name, m.head, m.title);
        }
      }
      break;
    }
    if (e > from && (RELATIVES.holds(k) || isParticiple(k) || (NEVER_IN_PHRASE.holds(k) && !(k.lower === 'it' || k.lower === 'us')) || (!k.cap && FINITE_CUES.holds(k)))) break;
    if (k.cap && WEEKDAYS.holds(k) && e > from && !DETERMINERS.holds(tokens[e - 1])) break;
    e++;
  }
  let end = e;
  let m = nounPhrase(text, tokens, from, end);
  if (!m || (m.kind === 'person' && m.title && /\b(?:of|from|in)$/.test(m.title))) {
    // A name followed by where it is from: `Gov. Mike DeWine of Ohio` is `Gov. Mike DeWine`.
    for (let k = from + 1; k < e; k++) {
      if (!PREPOSITIONS.holds(tokens[k]) || tokens[k].cap) continue;
      const short = nameRun(text, tokens, from, k);
      if (short && short.kind === 'person') {
        m = short;
        end = k;
      }
      break;
    }
  }
  if (!m) return undefined;
  // An appositive: `said the captain's brother, Jun Manalo.` / `said Kim, the minister,`.
  if (end < ceiling && tokens[end].text === ',') {
    let f = end + 1;
    while (f < ceiling && f < end + 14 && tokens[f].text !== ',' && tokens[f].text !== '.' && (tokens[f].word || tokens[f].text === '-' || tokens[f].text === "'" || tokens[f].text === '\u2019')) f++;
    if (f > end + 1) {
      const aside = nameRun(text, tokens, end + 1, f);
      if (m.kind === 'role' && aside && aside.kind === 'person') return mention(aside.kind, m.start, aside.end, aside.name, aside.head, aside.title ?? m.name);
      if (m.kind === 'person' && !m.title) {
        let g = end + 1;
        if (/^\d+$/.test(tokens[g].lower) && g + 1 < ceiling && tokens[g + 1].text === ',') {
          // `said Rodel Manalo, 41, the captain of ...`
          g += 2;
          f = g;
          while (f < ceiling && f < g + 14 && tokens[f].text !== ',' && tokens[f].text !== '.' && tokens[f].word) f++;
        }
        const title = g < f ? appositiveTitle(text, tokens, g, f) : undefined;
        if (title && !RELATIVES.holds(tokens[g])) m = mention(m.kind, m.start, m.end, m.name, m.head, title);
      }
    }
  }
  return m;
}
