// The resolver's fast paths give the answers of the plain ones (issue 5):
// - a capitalised run reads the same (`readRun`) wherever it stands and whatever surrounds it, so a run
//   found from a boundary before a name reads as it does when the item is read in order;
// - a full name or a titled mention is looked for only in the runs over the places that may hold it (the
//   runs found from a boundary before each), roles read the item's runs only as far as the role: every
//   answer must be the one a resolver gets from all of the item's names, in any order of look-ups;
// - a pronoun's look-back skips a sentence with no capitalised word that may be a name or a title: no
//   person can be read from such words.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAME_RUN, readRun, type RunName } from '../../src/core/attribution/name-runs';
import { quoteWithin, SentenceTokens } from '../../src/core/attribution/context';
import { Resolver } from '../../src/core/attribution/resolve';
import { mainSubject } from '../../src/core/attribution/speaker';
import { findItems } from '../../src/core/items';
import { findQuotes } from '../../src/core/quotes';
import { speakerBefore, type SpeakerMention } from '../../src/core/mentions';
import type { Paragraph } from '../../src/core/model';
import { reviewItemAt } from '../../src/core/review';
import { splitWords } from '../../src/core/text';
import { tokenize, type Token } from '../../src/core/tokens';
import { NOT_NAMES, TITLE_WORDS } from '../../src/core/words';
import { rng } from '../support/rng';
import { REAL_ITEMS, ROOT } from './arbitraries';

/** The real wire copy the repository holds: the seeds and wire items of the tests, the bench corpus, the attribution fixtures. */
function realTexts(): string[] {
  const out: string[] = [...REAL_ITEMS];
  for (const dir of ['seeds', 'bench/corpus', 'test/fixtures/attribution']) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) if (name.endsWith('.txt')) out.push(readFileSync(join(ROOT, dir, name), 'utf8'));
  }
  return out;
}

/** Pieces of hostile copy around names: particles, tabs, possessives, letters outside ASCII, titles, stray capitals. */
const PIECES = [
  'Ursula von der Leyen', 'von', 'der', 'de', 'la', 'Le', 'President', 'president', 'Foreign Minister', 'minister', 'Mr.', 'Ms', 'Dr.',
  'Lee Jae Myung', "Lee's", 'Lee\u2019s', 'Lee', 'Jae', 'Myung', 'Kim', 'iPhone', 'McDonald', 'O\u2019Brien', 'J.', '\u00c9lise Dupont',
  'Dupont', '\u00e9lise', 'Xi Jinping', 'Xi', 'Chinese', 'the', 'said', 'told', 'he', 'she', 'they', 'The', 'He', 'a', 'spokesman',
  'Governor', 'governor', 'Sen.', 'Lisa Murkowski', 'Murkowski', 'of', 'and', ' ', '\t', ' \t ', ', ', '. ', '"', '\u201c', '\u201d', '\n',
  '\n\n', '-', '\u2014', '(', ')', '\ud835\udc00', '\u00a0', 'Jr.', 'U.S.', 'Bank of England Governor Andrew Bailey', 'Bailey',
];

function hostileItem(random: () => number): string {
  const parts: string[] = ['date 2025-11-01 SEOUL, Nov 1 (Yonhap) -- '];
  const count = 20 + Math.floor(random() * 120);
  for (let k = 0; k < count; k++) {
    parts.push(PIECES[Math.floor(random() * PIECES.length)]);
    if (random() < 0.7) parts.push(' ');
  }
  return parts.join('');
}

interface Known extends RunName {
  at: number;
}

/** Every multi-word person name of the item, read eagerly in order: what the resolver's answers come from. */
function allNames(text: string, itemStart: number, paragraphs: readonly Paragraph[]): Known[] {
  const end = paragraphs.length > 0 ? paragraphs[paragraphs.length - 1].end : itemStart;
  const names = text.slice(itemStart, end);
  const re = new RegExp(NAME_RUN.source, NAME_RUN.flags);
  const out: Known[] = [];
  for (let m = re.exec(names); m; m = re.exec(names)) {
    const run = /['\u2019]s$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
    const from = itemStart + m.index;
    const r = readRun(text, from, from + run.length);
    if (r) out.push({ ...r, at: from + r.offset });
  }
  return out;
}

/** Resolver.person as it reads with every name known. */
function plainPerson(known: readonly Known[], m: SpeakerMention) {
  if (m.kind === 'organisation' || m.kind === 'agency') return { name: m.name, organisation: true };
  const words = splitWords(m.name);
  if (words.length === 1 || (words.length === 2 && /^(?:mr|mrs|ms|dr)\.?$/i.test(words[0]))) {
    const full = known.find((p) => p.parts.includes(words[words.length - 1]));
    if (full) return { name: full.name, title: m.title ?? full.title, organisation: false };
  }
  if (!m.title) {
    const p = known.find((k) => k.title && k.name === m.name);
    if (p) return { name: m.name, title: p.title, organisation: false };
  }
  return { name: m.name, title: m.title, organisation: false };
}

/** Resolver.role as it reads with every name known: the last earlier name with the title word. */
function plainRole(known: readonly Known[], m: SpeakerMention) {
  const head = (m.head ?? m.name).toLowerCase();
  const p = known.filter((k) => k.at < m.start && k.titleWords.includes(head)).pop();
  return p ? { name: p.name, title: p.title, organisation: false } : undefined;
}

function said(r: RunName | undefined) {
  return r && { name: r.name, title: r.title, offset: r.offset, parts: [...r.parts], titleWords: [...r.titleWords] };
}

function plainly<T extends { title?: string } | undefined>(p: T) {
  return p && { ...p, title: p.title };
}

interface Run {
  text: string;
  from: number;
  /** The run without a possessive `'s`, as the resolver reads it. */
  run: string;
}

function runsOf(text: string): Run[] {
  const re = new RegExp(NAME_RUN.source, NAME_RUN.flags);
  const out: Run[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = /['\u2019]s$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
    out.push({ text, from: m.index, run });
  }
  return out;
}

describe('resolver: name runs read by their text alone', () => {
  const random = rng(5);
  const texts = [...realTexts(), ...Array.from({ length: 200 }, () => hostileItem(random))];
  const runs = texts.flatMap(runsOf);

  it('finds the runs of real copy, names among them', () => {
    const real = realTexts().flatMap(runsOf);
    const names = real.filter((r) => readRun(r.text, r.from, r.from + r.run.length)).length;
    assert.ok(real.length > 200 && names > 100, `${real.length} runs, ${names} names`);
  });

  it('reads a run the same in any surroundings', () => {
    const around: [string, string][] = [
      ['', ''],
      ['"', '," he said.'],
      ['The minister of ', "'s office said"],
      ['x.', '. Lee'],
      ['\u00e9t\u00e9 ', '\u2019 \ud83d\ude00'],
    ];
    for (const r of runs) {
      const plain = said(readRun(r.text, r.from, r.from + r.run.length));
      for (const [before, after] of around) {
        const text = before + r.run + after;
        assert.deepEqual(said(readRun(text, before.length, before.length + r.run.length)), plain, `${before}|${r.run}|${after}`);
      }
    }
  });

  it('names people with their titles', () => {
    const text = 'South Korean President Lee Jae Myung';
    assert.deepEqual(said(readRun(text, 0, text.length)), {
      name: 'Lee Jae Myung',
      title: 'South Korean President',
      offset: 0,
      parts: ['Lee', 'Jae', 'Myung'],
      titleWords: ['south', 'korean', 'president'],
    });
    assert.equal(readRun('The Foreign Ministry', 0, 20), undefined);
  });
});

/** Asserts the resolver's answer for `m` is the plain one; whether that answer came from the item's names. */
function answersPlainly(resolver: Resolver, known: readonly Known[], m: SpeakerMention): boolean {
  if (m.kind === 'role') {
    const plain = plainRole(known, m);
    assert.deepEqual(plainly(resolver.role(m)), plain, `role ${m.head} at ${m.start}`);
    return plain !== undefined;
  }
  const plain = plainPerson(known, m);
  assert.deepEqual(plainly(resolver.person(m)), plain, `person ${m.name}`);
  return plain.name !== m.name || plain.title !== m.title;
}

describe('resolver: names read only where a look-up needs them', () => {
  it('answers as a resolver that knows every name of the item, in any order of look-ups', () => {
    const random = rng(11);
    const texts = [...realTexts(), ...Array.from({ length: 300 }, () => hostileItem(random))];
    let looked = 0;
    let found = 0;
    for (const text of texts) {
      for (const span of findItems(text, true)) {
        const item = reviewItemAt(text, span);
        const known = allNames(text, span.start, item.paragraphs);
        // Look-ups: every capitalised word and pair of words of the item (as written, and after `Mr.`), every
        // name read, with and without a title, words it does not have; roles by every title word, here and there.
        const words = tokenize(text, span.start, span.end).filter((t) => t.word);
        const mentions: SpeakerMention[] = [];
        const person = (name: string, start: number, title?: string) => mentions.push({ kind: 'person', start, end: start + name.length, name, title });
        const role = (head: string, start: number) => mentions.push({ kind: 'role', start, end: start + head.length, name: `the ${head}`, head });
        words.forEach((t, i) => {
          if (t.cap) person(t.text, t.start);
          if (t.cap) person(`Mr. ${t.text}`, t.start);
          if (i > 0 && t.cap && words[i - 1].cap) person(text.slice(words[i - 1].start, t.end), words[i - 1].start);
        });
        for (const k of known) {
          person(k.name, k.at);
          person(k.name, k.at, 'Chief');
          for (const w of k.titleWords) for (const at of [span.start, k.at, k.at + 1, span.end]) role(w, at);
        }
        person('Nobody', span.start);
        person('Nobody Else', span.start);
        role('minister', span.end);
        // Three resolvers, each asked in its own order.
        for (let order = 0; order < 3; order++) {
          const shuffled = [...mentions];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = Math.floor(random() * (i + 1));
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
          }
          const resolver = new Resolver(text, span.start, item.paragraphs, []);
          for (const m of shuffled) {
            looked++;
            if (answersPlainly(resolver, known, m)) found++;
          }
        }
      }
    }
    assert.ok(looked > 10000 && found > 1000, `${looked} look-ups, ${found} answered from the item's names`);
  });
});

describe('resolver: a role searches back for its title word', () => {
  it('answers as a resolver that knows every name of the item, searching or reading every run', () => {
    const random = rng(41);
    const texts = [...realTexts(), ...Array.from({ length: 300 }, () => hostileItem(random))];
    // Heads it searches for, heads it does not (a particle, capitals, letters outside ASCII), heads no run has
    // (no title word starts with a digit).
    const odd = ['de', 'President', 'MINISTER', '\u212aing', 'pr\u00e9sident', 'minister', 'x', 'the minister', 'vice-president', '43-year-old', '000', '\u00e9lise', ''];
    let searched = 0;
    let found = 0;
    for (const text of texts) {
      for (const span of findItems(text, true)) {
        const item = reviewItemAt(text, span);
        const known = allNames(text, span.start, item.paragraphs);
        const heads = [...new Set([...known.flatMap((k) => k.titleWords), ...odd])];
        // Each role at each capitalised word of the item (a run's start, inside it, right after it) and at its ends.
        const places = [span.start, span.end, ...tokenize(text, span.start, span.end).filter((t) => t.cap).map((t) => t.start)];
        const roles: SpeakerMention[] = [];
        for (const head of heads) for (const at of places) roles.push({ kind: 'role', start: at, end: at + 3, name: `the ${head}`, head });
        // A new resolver for each role searches; one resolver for all of them runs out of searches and reads every run.
        for (const m of roles.filter(() => random() < 0.2)) {
          searched++;
          if (answersPlainly(new Resolver(text, span.start, item.paragraphs, []), known, m)) found++;
        }
        const shared = new Resolver(text, span.start, item.paragraphs, []);
        for (const m of roles) answersPlainly(shared, known, m);
      }
    }
    assert.ok(searched > 5000 && found > 500, `${searched} roles searched for, ${found} answered from the item's names`);
  });
});

describe('resolver: a long item reads all its runs once', () => {
  it('answers as a resolver that knows every name of the item', () => {
    // One item of every real text's body (no header lines between them): over the length at which the
    // resolver stops searching the item's text for each name and reads all of its runs instead.
    const bodies = realTexts().map((t) => t.replace(/^\s*date \d{4}-\d{2}-\d{2}[^\n]*\n/gm, ''));
    const text = `date 2025-11-01 SEOUL, Nov 1 (Yonhap) -- ${[...bodies, ...bodies, ...bodies].join("\n\n")}`;
    assert.ok(text.length > 65_536, `${text.length} characters`);
    const [span] = findItems(text);
    assert.equal(span.end, text.length, 'one item');
    const item = reviewItemAt(text, span);
    const known = allNames(text, span.start, item.paragraphs);
    const random = rng(31);
    const words = tokenize(text, span.start, span.end).filter((t) => t.word && t.cap);
    const mentions: SpeakerMention[] = [];
    for (let n = 0; n < 1500; n++) {
      const t = words[Math.floor(random() * words.length)];
      mentions.push({ kind: 'person', start: t.start, end: t.end, name: random() < 0.5 ? t.text : `Mr. ${t.text}` });
    }
    for (let n = 0; n < 300; n++) {
      const k = known[Math.floor(random() * known.length)];
      mentions.push({ kind: 'person', start: k.at, end: k.at + k.name.length, name: k.name });
      const w = k.titleWords[0];
      if (w) mentions.push({ kind: 'role', start: k.at + 1, end: k.at + 1 + w.length, name: `the ${w}`, head: w });
    }
    const resolver = new Resolver(text, span.start, item.paragraphs, []);
    let found = 0;
    for (const m of mentions) if (answersPlainly(resolver, known, m)) found++;
    assert.ok(found > 300, `${found} answered from the item's names`);
  });
});

describe('resolver: a sentence without a quotation is tokenized alone', () => {
  it('gives the tokens its window among the recent sentences gives', () => {
    // A pronoun's look-back tokenizes such a sentence itself rather than through SentenceTokens.
    const random = rng(47);
    let alone = 0;
    for (const text of [...realTexts(), ...Array.from({ length: 300 }, () => hostileItem(random))]) {
      for (const span of findItems(text, true)) {
        const item = reviewItemAt(text, span);
        const quotes = findQuotes(text, item.paragraphs);
        const windows = new SentenceTokens(text, quotes);
        for (const p of item.paragraphs) {
          for (const s of p.sentences) {
            if (quoteWithin(quotes, s.start, s.end)) continue;
            alone++;
            assert.deepEqual(tokenize(text, s.start, s.end), windows.window(s, s.start, s.end), text.slice(s.start, s.end));
          }
        }
      }
    }
    assert.ok(alone > 500, `${alone} sentences without a quotation`);
  });
});

describe('resolver: sentences a pronoun need not read', () => {
  /** A capitalised word that may be a name or a title: what the look-back's test looks for. */
  const nameLike = (t: Token) => t.word && t.cap && (!NOT_NAMES.has(t.lower) || TITLE_WORDS.has(t.lower));

  it('reads no person from words without one', () => {
    const random = rng(23);
    const texts = [...realTexts(), ...Array.from({ length: 300 }, () => hostileItem(random))];
    // Every start of every sentence, and random runs of the words of real copy with their capitals lowered.
    const windows: { text: string; tokens: Token[] }[] = [];
    for (const text of texts) {
      for (const span of findItems(text, true)) {
        for (const p of reviewItemAt(text, span).paragraphs) {
          for (const s of p.sentences) {
            const tokens = tokenize(text, s.start, s.end);
            for (let k = 1; k <= tokens.length; k++) windows.push({ text, tokens: tokenize(text, s.start, tokens[k - 1].end) });
          }
        }
      }
      const lowered = text.replace(/\b(?!(?:The|He|She|They|But|And|Mr|Ms|Mrs)\b)[A-Z]/g, (c) => c.toLowerCase());
      for (let k = 0; k < 20; k++) {
        const from = Math.floor(random() * lowered.length);
        windows.push({ text: lowered, tokens: tokenize(lowered, from, Math.min(lowered.length, from + Math.floor(random() * 200))) });
      }
    }
    let skipped = 0;
    for (const { text, tokens } of windows) {
      if (tokens.some(nameLike)) continue;
      skipped++;
      assert.notEqual(mainSubject(text, tokens, tokens.length)?.kind, 'person', text.slice(tokens[0]?.start, tokens[tokens.length - 1]?.end));
      for (let i = 0; i <= tokens.length; i++) assert.notEqual(speakerBefore(text, tokens, i)?.kind, 'person');
    }
    assert.ok(skipped > 1000, `${skipped} windows without a name`);
  });
});
