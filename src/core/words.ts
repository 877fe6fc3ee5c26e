// Word lists used by the engine. Data, not logic: each list is in newsroom words and can grow freely.
// Each list is written as one string of words separated by single spaces (smaller in the bundle than an
// array of string literals) and split once when the module loads.

import { wordSet } from './text';
import type { Token } from './tokens';

const words = (list: string): string[] => list.split(' ');

/**
 * Which word lists hold a word of each shape, one bit per WordList (at most 31). A token's shape (set by
 * the tokenizer) is its length (15 and over alike) and the low five bits of its first and last characters
 * (a letter's are its lower case's) for a word all in ASCII, else 0, which every list has. A look-up in a
 * set first hashes the token's string, cut out fresh for each token: most words are in no list, and most
 * of those are told so by their shape alone, so their strings are never hashed. Every bit is set until the
 * lists are marked (markShapes): every word may then be in every list, and is looked up.
 */
export const SHAPES = new Int32Array(1 << 14).fill(-1);
let nextShapeBit = 1;
let shapesMarked = false;

/** The shape of a word of `length` ASCII characters. */
export function shapeCode(length: number, first: number, last: number): number {
  return ((length < 15 ? length : 15) << 10) | ((first & 31) << 5) | (last & 31);
}

/** Every WordList, in the order of their bits (for the test of their shapes). */
export const WORD_LISTS: WordList[] = [];

/** A set of words that tells a token from its words by the token's shape first (see SHAPES). */
export class WordList extends Set<string> {
  readonly #bit: number;
  constructor(list: Iterable<string>) {
    super(list);
    this.#bit = nextShapeBit;
    nextShapeBit <<= 1;
    WORD_LISTS.push(this);
    if (shapesMarked) this.#mark();
  }

  #mark(): void {
    for (const w of this) SHAPES[shapeCode(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] |= this.#bit;
  }

  /**
   * Mark the shapes of every list's words, once, when the first tokens are made rather than when the module
   * loads (the extension's activation), and outside `holds`: with the marking in it, `holds` was too big for
   * V8 to inline into most of its callers. (A word outside ASCII is held only by tokens outside ASCII, whose
   * shape is 0: its mark is never read.)
   */
  static markShapes(): void {
    if (shapesMarked) return;
    shapesMarked = true;
    SHAPES.fill(0);
    SHAPES[0] = -1;
    for (const list of WORD_LISTS) list.#mark();
  }

  /** Whether a word of this shape may be in the list. */
  mayHold(shape: number): boolean {
    return (SHAPES[shape] & this.#bit) !== 0;
  }

  /** Whether the list holds the token's lower case. */
  holds(t: Token): boolean {
    return (SHAPES[t.shape] & this.#bit) !== 0 && this.has(t.lower);
  }
}

/** A WordList written as one string of words separated by single spaces. */
export const wordList = (list: string): WordList => new WordList(words(list));

/**
 * Lemmas of the reporting verbs (speech, writing, posting) that introduce speech reliably on their own.
 * Word forms are derived below.
 */
const STRONG_LEMMAS = words(
  'say tell add note explain write tweet state declare announce insist argue claim warn ask reply ' +
  'respond recall acknowledge admit stress emphasise emphasize observe remark comment predict ' +
  'suggest concede assert confirm deny complain urge vow promise conclude counter testify pledge ' +
  'caution exclaim shout yell whisper joke quip boast lament mutter reiterate repeat answer retort ' +
  'recount recollect contend maintain allege proclaim pronounce inform advise demand plead beg ' +
  'wonder muse chime interject interrupt agree disagree protest object elaborate clarify specify ' +
  'summarise summarize thunder scoff snap gush rave rant concur hint speculate surmise threaten ' +
  'assure reassure remind counsel instruct apologise apologize blog preach lecture attest swear ' +
  'affirm aver avow opine posit theorise theorize stipulate confide ' +
  // Manner-of-speaking and less common cues (issue 4: `barked`, `mocks`, `read`, `chanted`).
  'bark mock chant scream holler bellow roar growl hiss snarl murmur mumble stammer gasp groan moan ' +
  'sob wail whine sniff snort huff sneer scold taunt tease jeer heckle fume gripe grumble grouse ' +
  'bemoan decry brag crow confess rebut rejoin query inquire enquire reminisce recite intone ' +
  'narrate riff retweet exhort enthuse implore rebuke admonish reprimand',
);

/**
 * Lemmas of the other reporting verbs: verbs such as `hope`, `call` or `find` only count as reporting when
 * the sentence structure says so (next to a quotation).
 */
const WEAK_LEMMAS = words(
  'think believe feel hope fear worry express call dub label brand find determine rule order ' +
  'command thank welcome greet quote cite begin point offer continue reflect echo reason guess ' +
  'describe praise blast slam charge accuse criticise criticize tout highlight underline underscore ' +
  'signal indicate reveal disclose mention recommend propose estimate forecast laugh sigh text ' +
  'email message post report read cheer shrug release issue publish remember press relate marvel ' +
  'chuckle giggle cry rage rail beam question react boom sing rap pray toast vent',
);

/** Irregular forms that the simple inflection below cannot make. */
const IRREGULAR: Record<string, string[]> = {};
for (const forms of (
  'say says said saying,tell tells told telling,write writes wrote written writing,' +
  'think thinks thought thinking,feel feels felt feeling,find finds found finding,' +
  'swear swears swore sworn swearing,begin begins began begun beginning,' +
  'plead pleads pleaded pled pleading,read reads read reading,sing sings sang sung singing,' +
  'counsel counsels counselled counseled counselling counseling,' +
  'signal signals signalled signaled signalling signaling'
).split(',')) {
  const [lemma, ...rest] = words(forms);
  IRREGULAR[lemma] = rest;
}

/** Verbs that double their last consonant before -ed and -ing (`quipped`, `begging`). */
const DOUBLING = wordSet('quip snap admit blog beg rebut sob brag shrug rap');

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const forms = [lemma];
  const last = lemma[lemma.length - 1];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else if (last === 'y' && !/[aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  if (DOUBLING.has(lemma)) forms.push(lemma + last + 'ed', lemma + last + 'ing');
  else if (last === 'e') forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (last === 'y' && !/[aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else forms.push(lemma + 'ed', lemma + 'ing');
  return forms;
}

/** Every form of every reporting verb (`said`, `says`, `saying`, `told`, ...). */
export const REPORTING_VERBS: WordList = new WordList([...STRONG_LEMMAS, ...WEAK_LEMMAS].flatMap(inflect));

/** Every form of the reporting verbs that introduce speech reliably on their own. */
export const STRONG_REPORTING_VERBS: ReadonlySet<string> = new Set(STRONG_LEMMAS.flatMap(inflect));

/** Personal pronouns that can be the subject of a reporting verb. */
export const SUBJECT_PRONOUNS: WordList = wordList('he she they i we it');

/** Words that end a title and are never part of a person's name. */
const ROLE_HEAD_LIST = words(
  'president minister secretary senator sen. representative rep. governor gov. mayor chancellor ' +
  'chairman chairwoman chairperson chair chief director spokesman spokeswoman spokesperson ceo ' +
  'ambassador envoy general gen. dr. mr. mrs. ms. king queen prince princess pope judge justice ' +
  'professor prof. lt. col. colonel maj. captain capt. admiral adm. commissioner speaker leader ' +
  'premier sheikh emir sultan attorney lawmaker officer commander coach manager founder executive ' +
  'head sergeant sgt. lieutenant superintendent inspector detective det. candidate nominee rev. ' +
  'reverend bishop cardinal rabbi imam sir dame lord lady mp mla mep adviser advisor analyst ' +
  'economist strategist official delegate councillor councilor councilman councilwoman supervisor ' +
  'trustee treasurer sheriff marshal editor correspondent reporter columnist anchor host author ' +
  'director-general secretary-general mr mrs ms dr prof sen rep gov gen',
);
export const ROLE_HEADS: WordList = new WordList(ROLE_HEAD_LIST);

/**
 * Title and role words that may precede a name (`President Lee`, `Foreign Minister Wang Yi`): every role
 * head, and the words below that only stand inside a title. Lower case; matched case-insensitively, word
 * by word.
 */
export const TITLE_WORDS: WordList = new WordList([
  ...ROLE_HEAD_LIST,
  ...words(
    'vice prime congressman congresswoman cfo coo major deputy acting former crown father sister ' +
    'brother senior assistant associate national security spokesmen auditor comptroller chef novelist ' +
    'minister-president first state foreign defence defense finance trade interior health education ' +
    'unification industry commerce energy labor labour agriculture environment transport housing ' +
    'culture sports tourism home external affairs party opposition democratic republican presidential ' +
    'majority minority house senate army navy air force police union team club company group bank ' +
    'central u.s. us un u.n. eu nato white kremlin pentagon staff joint chiefs alderman alderwoman ' +
    'assemblyman assemblywoman assemblymember councilmember democrat pollster activist businessman ' +
    'businesswoman billionaire moderator commentator frontrunner front-runner hopeful challenger ' +
    'incumbent rival organizer organiser consultant operative scholar historian researcher expert ' +
    'veteran actor actress singer rapper comedian producer anchorwoman anchorman newsman journalist ' +
    'writer blogger pastor evangelist preacher president-elect vice-president co-founder cofounder ' +
    'publisher lobbyist pundit surrogate donor fundraiser mogul tycoon magnate investor entrepreneur ' +
    'lawyer prosecutor aide',
  ),
]);

/** Head nouns that make a noun phrase an organisation or an unnamed official that can speak. */
export const SPEAKING_BODIES: WordList = wordList(
  'ministry government office agency company police officials official spokesman spokeswoman ' +
  'spokesperson spokespeople statement department committee commission council court military army ' +
  'navy party campaign embassy board bank group organisation organization union firm administration ' +
  'cabinet house kremlin pentagon spokespersons sources source authorities prosecutors ' +
  'investigators researchers analysts experts residents witnesses lawyers lawyer aide aides ' +
  'diplomat diplomats secretariat regulator watchdog federation association institute centre center ' +
  'foundation coalition alliance club team league network newspaper broadcaster report letter ' +
  'filing study survey poll press service bureau corporation authority tribunal parliament assembly ' +
  'congress senate presidency palace secretary minister president chairman director leader mayor ' +
  'governor prime',
);

/** News agencies and outlets: when they "report" a quotation they are the channel, not the speaker. */
export const AGENCIES: ReadonlySet<string> = wordSet(
  'yonhap xinhua kcna reuters ap afp pti ians ani kyodo tass ria interfax bloomberg cnn bbc nhk efe ' +
  'dpa ansa anadolu bernama antara apa wafa irna isna tasnim fars sputnik cctv cgtn nbc abc cbs fox ' +
  'politico axios unb bss ptv app kbs mbc sbs jiji asahi nikkei people.com dawn newsis news1 uni ' +
  'globes haaretz wam spa qna kuna mena',
);

/** Words that can follow an agency's name in its description (`Yonhap news agency`). */
export const OUTLET_NOUNS: WordList = wordList(
  'news agency newspaper daily times post journal television tv radio broadcaster channel network ' +
  'outlet magazine wire service press media herald tribune gazette telegraph guardian express mail ' +
  'star',
);

/** Words that end the description of an outlet (`Yonhap news agency`, `Seoul Economic Daily`): all outlet nouns. */
export const OUTLET_LAST_WORDS: ReadonlySet<string> = wordSet('agency news newspaper daily broadcaster television tv');

/** Abbreviations whose final full stop does not end a sentence. Lower case, without the stop. */
export const ABBREVIATIONS: ReadonlySet<string> = wordSet(
  'mr mrs ms dr prof sen rep gov gen lt col maj capt adm sgt rev st jr sr no vs etc inc corp ltd co ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m ft mt ave blvd dept ' +
  'univ approx est fig pres det supt cmdr messrs mlle mme d.c n.y calif fla mass wash ariz ga ill ' +
  'pa va tenn conn mich minn wis ky la md mo okla ore tex',
);

/** The length of the longest abbreviation: a longer word before a stop is none (lower-casing never shortens a word). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/**
 * Each abbreviation as a number, a 1 and then seven bits a letter (so that no shorter word, nor one with
 * leading NULs, reads the same): an ASCII word is one exactly when its lower case, read the same way, is in
 * the set.
 */
const ABBREVIATION_CODES = new Set([...ABBREVIATIONS].map((w) => [...w].reduce((code, letter) => code * 128 + letter.charCodeAt(0), 1)));

/**
 * Whether text[from, to) is an abbreviation (without its stop), read as a number: no word cut out and
 * lower-cased. A stop ends some 90,000 words a review of the feed, and the text's strings are two bytes a
 * character when it holds curly quotes, which makes cutting and lower-casing dear. Undefined for a word not
 * all in ASCII (no longer than an abbreviation): the caller cuts it out and looks it up.
 */
export function isAsciiAbbreviation(text: string, from: number, to: number): boolean | undefined {
  // Longer than any abbreviation: none (lower-casing never shortens a word).
  if (to - from > LONGEST_ABBREVIATION) return false;
  let code = 1;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128) return undefined;
    code = code * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return ABBREVIATION_CODES.has(code);
}

/** `u.s` `e.g` `d.c`: single lower-case ASCII letters joined by stops (a word in lower case, without its last stop). */
export function isDottedAcronym(s: string): boolean {
  const n = s.length;
  if (n < 3 || n % 2 === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (i % 2 === 0 ? !(c >= 97 && c <= 122) : c !== 46) return false;
  }
  return true;
}

const monthNumbers: Record<string, number> = { sept: 9 };
words('january february march april may june july august september october november december').forEach((name, k) => {
  monthNumbers[name.slice(0, 3)] = monthNumbers[name] = k + 1;
});
/** Month names and their abbreviations (`jan`, `sept`) to month numbers (1-12). */
export const MONTHS: Readonly<Record<string, number>> = monthNumbers;

export const WEEKDAYS: readonly string[] = words('Sunday Monday Tuesday Wednesday Thursday Friday Saturday');

/** Lower-case words that may sit inside a name (`Ban Ki-moon`, `Charles de Gaulle`, `bin Salman`). */
export const NAME_PARTICLES: WordList = wordList(
  'de del della di da dos das du van von der den ter bin bint ibn al el la le y abu',
);

/**
 * Capitalised words that start a sentence or sit before a name but are not names themselves
 * (so `But Lee said` finds `Lee`, and `The ministry said` is an organisation).
 */
export const NOT_NAMES: WordList = wordList(
  'the a an but and or so yet then when while after before as if in on at by for from of to with ' +
  'without this that these those there here it its his her their our my your we i he she they you ' +
  'also still now today yesterday tomorrow however meanwhile earlier later last next speaking asked ' +
  'during since until although though because instead indeed moreover separately similarly monday ' +
  'tuesday wednesday thursday friday saturday sunday mr mrs ms according what who why how where ' +
  'which some many most all both each every one two three several other another such no not yes q ' +
  'a: q: reporters officials critics supporters people others',
);
