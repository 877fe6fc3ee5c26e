// Generators and invariant checks shared by the engine's property tests (fast-check).
//
// Seeds: with FC_SEED set, that seed; else in CI (process.env.CI) a fixed seed so CI runs are
// reproducible; else a fresh seed per run. The seed is printed once at the start of the suite, and
// fast-check prints it again in the failure message (`{ seed: N, path: "..." }`) with the shrunk
// counterexample, so any failure can be replayed with `FC_SEED=N npm test`.
// FC_RUNS multiplies the number of runs (e.g. FC_RUNS=20 for a long local soak).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import type { Item, Review, Span } from '../../src/core';

export const ROOT = join(__dirname, '..', '..', '..');

const FIXED_CI_SEED = 20251101;

function chooseSeed(): number {
  const fromEnv = process.env.FC_SEED;
  if (fromEnv !== undefined && fromEnv !== '' && Number.isFinite(Number(fromEnv))) return Number(fromEnv) | 0;
  if (process.env.CI) return FIXED_CI_SEED;
  return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
}

// Each test file is bundled on its own, so this module may load once per file: the seed, the counts and
// the summary live on the process, not in the module.
const shared = globalThis as typeof globalThis & {
  __wireDeskProperties?: { seed: number; casesRun: Map<string, number>; announced: boolean; hooked: boolean };
};
const state = (shared.__wireDeskProperties ??= { seed: chooseSeed(), casesRun: new Map(), announced: false, hooked: false });

export const SEED = state.seed;
const RUN_FACTOR = Math.max(1, Number(process.env.FC_RUNS) || 1);

/** Generated cases that ran, by property. */
export const casesRun = state.casesRun;

// A root hook, registered once when the first property file loads: the count of generated cases.
if (!state.hooked) {
  state.hooked = true;
  after(() => {
    if (casesRun.size === 0) return;
    const total = [...casesRun.values()].reduce((a, b) => a + b, 0);
    // eslint-disable-next-line no-console
    console.log(`\n  property tests: ${total} generated cases over ${casesRun.size} properties (seed ${SEED})`);
  });
}

/**
 * Runs a property with the suite's seed and `numRuns` cases. fast-check's failure message names the seed
 * and the path; we add how to replay it.
 */
export function check<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IPropertyWithHooks<Ts>,
  numRuns: number,
): void {
  if (!state.announced) {
    state.announced = true;
    // eslint-disable-next-line no-console
    console.log(`      property tests: seed ${SEED} (replay with FC_SEED=${SEED})`);
  }
  const runs = numRuns * RUN_FACTOR;
  let count = 0;
  const counted = property.beforeEach((previous: () => void) => {
    count++;
    previous();
  });
  try {
    fc.assert(counted, { seed: SEED, numRuns: runs, endOnFailure: false });
  } catch (error) {
    const e = error as Error;
    e.message = `${name}: ${e.message}\nReplay: FC_SEED=${SEED} npm test`;
    throw e;
  } finally {
    casesRun.set(name, (casesRun.get(name) ?? 0) + count);
  }
}

// ----- the text that feeds send -----

/** Characters and bits of text that break naive scanners. */
export const HOSTILE: readonly string[] = [
  '"', '"', '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', "'", '\u2018', '\u2019',
  '\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\t', '\0', '\u000b', '\u000c',
  '\ud800', '\udbff', '\udc00', '\udfff', // lone surrogates
  '\ud83d\ude00', '\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67', '\ud83c\uddf0\ud83c\uddf7', // emoji, ZWJ family, flag
  '\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627', '\u202e', '\u200f', '\u200e', '\u2066', '\u2069', // RTL text and marks
  '\ufeff', '\u00a0', '\u202f', '\u2007', '\u3000', '\u2028', '\u2029', '\u200b', '\u0085',
  '\u0301', 'e\u0301', '\u00e9', '\u1100\u1161', '\uac00', '\u4e2d\u6587', // combining marks, Hangul, CJK
  '\u2014', '\u2013', '-', '--', '...', '\u2026', '(', ')', '[', ']', ':', ';', ',', '.', '?', '!', ' ',
];

/** Wire vocabulary, so generated text exercises headers, datelines, cues, disclaimers and stamps. */
export const WIRE_WORDS: readonly string[] = [
  'date 2025-11-01 ', 'date 2025-11-03', ' date 2024-02-29 ', 'date 2025-13-45 ',
  'Gyeongju, Nov 1 ', 'SEOUL, Nov. 1 (Yonhap) -- ', 'NEW DELHI, Aug 26 (PTI) - ', 'WASHINGTON (AP) \u2014 ',
  'Lee Jae Myung', 'President ', 'Xi Jinping', 'Xi', 'Lee', 'Cho Hyun', 'the ministry', 'Foreign Minister ',
  ' said', ' he said', ' she said', ' said through a translator', ' told reporters', 'according to ', ' says',
  ', Yonhap news agency reported', 'on Saturday', 'on Monday', 'Officials', 'The',
  'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor',
  '(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)',
  'Reviewed-by: Jane Doe, 2025-11-01', 'Reviewed-by:', '(Eds: Updating with fresh quotes)', '(With inputs from PTI)',
  'word', 'words', 'talks', 'in', 'the', 'and', "Korea's", "don't", "'90s",
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 4, arbitrary: fc.constantFrom(...WIRE_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
  { weight: 1, arbitrary: anyCodeUnit },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Any string of UTF-16 code units, lone surrogates included. */
export const anyText = fc.string({ unit: anyCodeUnit, maxLength: 300 });

/** Text made of wire words and hostile characters: far more likely than `anyText` to reach deep code. */
export const soupText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

/** Wire items written for the tests (the seed, plus one per dateline form, rule and attribution pattern). */
export const WIRE_ITEMS: readonly string[] = [
  `date 2025-11-03 SEOUL, Nov. 3 (Yonhap) -- Finance Minister Choi Sang-mok said on Monday that exports "held up well."

"We expect growth to continue," Choi said. "The second half will be stronger.

"Investment is picking up, and so is hiring," he added.

Analysts were cautious. "Nothing is certain."

Reviewed-by: Jane Doe, 2025-11-03
`,
  `date 2025-08-26 NEW DELHI, Aug 26 (PTI) - The government on Tuesday said it would "review all options" after the floods.

According to Home Minister Amit Shah, "the situation is under control and relief has reached every district."

"We are monitoring it closely," a ministry spokesperson told reporters. She said the army had been called in "as a precaution."

(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)
`,
  `date 2025-11-04 WASHINGTON (AP) \u2014 Secretary of State Marco Rubio said on Monday that the talks had been \u201cproductive\u201d and that \u201cboth sides want a deal.\u201d

\u201cWe\u2019re not there yet,\u201d Rubio said. \u201cBut we\u2019re closer than we\u2019ve been.\u201d

The State Department said in a statement: \u201cThe United States remains committed to a diplomatic solution, as President Trump said: \u2018we will get it done.\u2019\u201d

(Eds: Updating with fresh quotes)

This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.
`,
  `date 2025-03-02 Tokyo, March 1 - Japan's prime minister said on Sunday that "nothing has been decided."

Officials said the plan would be "reviewed carefully" \u2014 a phrase often used \u2014 and that a "final decision" was weeks away.

"It is too early," said the chief cabinet secretary, "to speak about a timetable."

\u00abC'est une bonne nouvelle\u00bb, a d\u00e9clar\u00e9 le ministre.

Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor
`,
  `date 2025-11-05 BEIJING, Nov 5 (Xinhua) -- Chinese Foreign Ministry spokesperson Mao Ning said on Wednesday that China "firmly opposes" the move.

"China will take resolute measures to safeguard its sovereignty," Mao said through an interpreter, Xinhua news agency reported.

"The door to dialogue remains open, "she said. "We hope the other side "will meet us halfway.

This report is auto-generated from Xinhua news service. ThePrint holds no responsibility for its content.
`,
];

function readSeeds(): string[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.wire'))
    .sort()
    .map((n) => readFileSync(join(dir, n), 'utf8'));
}

/** The seeds (seeds/) and the wire items above. */
export const REAL_ITEMS: readonly string[] = [...readSeeds(), ...WIRE_ITEMS];

/**
 * The real items, then every file of the bench corpus and the attribution fixtures, whole (a file may hold
 * several items): the texts the engine's fast paths are checked on against their plain forms.
 */
export function wireTexts(): string[] {
  const out = [...REAL_ITEMS];
  for (const dir of [join(ROOT, 'bench', 'corpus'), join(ROOT, 'test', 'fixtures', 'attribution')]) {
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) out.push(readFileSync(join(dir, name), 'utf8'));
  }
  return out;
}

/** One edit to a real item: insert a hostile piece, delete a run, or duplicate a run. */
interface Mutation {
  at: number;
  kind: 'insert' | 'delete' | 'duplicate';
  piece: string;
  length: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('insert', 'insert', 'insert', 'delete', 'duplicate'),
  piece: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: piece }),
  length: fc.integer({ min: 1, max: 40 }),
});

function applyMutations(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.piece + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
  }
  return out;
}

/** A real item with up to 12 random edits (positions may fall inside a surrogate pair: on purpose). */
export const mutatedItem = fc
  .tuple(fc.constantFrom(...REAL_ITEMS), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([text, mutations]) => applyMutations(text, mutations));

/** Paragraph shapes of wire copy, so generated items reach every attribution and review rule. */
const PARAGRAPHS: readonly string[] = [
  '"We are ready."',
  '"We are ready," Foreign Minister Cho Hyun said.',
  'Cho said: "We are ready to talk."',
  '"It is too early," said the chief cabinet secretary, "to speak about a timetable."',
  'According to Home Minister Amit Shah, "the situation is under control."',
  '"We will respond" \u2014 Mao Ning',
  'Lee said the talks had shifted from a "vertical structure" to a "horizontal one," Yonhap news agency reported.',
  '"(China) is willing to deepen communication," Xi said through a translator.',
  '"The second half will be stronger.',
  '"Investment is picking up," he added. "And so is hiring."',
  'The ministry said in a statement that it "firmly opposes" the move.',
  'Officials met on Saturday in the capital.',
  'She said the army had been called in \u201cas a precaution.\u201d',
  'Who said "this"?',
  '(Eds: Updating with fresh quotes)',
  '(With inputs from PTI)',
  'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor',
  '(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)',
  'Reviewed-by: Jane Doe, 2025-11-03',
  'Lee noted that exchanges have become more active.',
  '"',
  '',
];
const HEADERS: readonly string[] = [
  'date 2025-11-01',
  ' date 2025-11-01 Gyeongju, Nov 1',
  'date 2025-11-03 SEOUL, Nov. 3 (Yonhap) --',
  'date 2025-08-26 NEW DELHI, Aug 26 (PTI) -',
  'date 2025-11-04 WASHINGTON (AP) \u2014',
  'date 2025-13-45 Tokyo, March 1 -',
];

/** An item built from wire paragraph shapes: header alone or with a lede, paragraphs, line breaks of any kind. */
export const builtItem = fc
  .tuple(
    fc.constantFrom(...HEADERS),
    fc.boolean(),
    fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 0, maxLength: 8 }),
    fc.array(fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n', '\n\n\n', ' '), { minLength: 1, maxLength: 4 }),
  )
  .map(([header, ledeOnHeaderLine, paragraphs, gaps]) => {
    let out = header;
    paragraphs.forEach((p, k) => {
      out += (k === 0 && ledeOnHeaderLine ? ' ' : gaps[k % gaps.length]) + p;
    });
    return out + '\n';
  });

/** A real item, mutated or not. */
export const realOrMutated = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...REAL_ITEMS) }, { weight: 5, arbitrary: mutatedItem });

/** Any of the text generators. */
export const anyInput = fc.oneof(
  { weight: 1, arbitrary: anyText },
  { weight: 2, arbitrary: soupText },
  { weight: 4, arbitrary: mutatedItem },
  { weight: 3, arbitrary: builtItem },
);

const separator = fc.constantFrom('', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ', '\ufeff');

/** Several items (real, mutated or soup behind a header) in one feed. */
export const feedText = fc
  .array(
    fc.tuple(separator, fc.oneof(realOrMutated, builtItem, soupText.map((s) => `date 2025-11-0${(s.length % 9) + 1} ${s}`))),
    { minLength: 2, maxLength: 5 },
  )
  .map((parts) => parts.map(([sep, t]) => sep + t).join(''));

// ----- invariants -----

/** A deep copy without keys whose value is undefined (`{a: undefined}` and `{}` mean the same review). */
export function plain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plain) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plain(v);
  return out as T;
}

/** True when `offset` would split a surrogate pair of `text`. */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** No lone surrogate (String.prototype.isWellFormed, Node 20). */
export function wellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

function assertSpan(text: string, span: Span, within: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers ${JSON.stringify(span)}`);
  assert.ok(span.start <= span.end, `${what}: start ${span.start} after end ${span.end}`);
  assert.ok(span.start >= within.start && span.end <= within.end, `${what} [${span.start}, ${span.end}) outside [${within.start}, ${within.end})`);
  assert.ok(span.start >= 0 && span.end <= text.length, `${what}: outside the text`);
  assert.ok(!splitsPair(text, span.start), `${what}: start ${span.start} splits a surrogate pair`);
  assert.ok(!splitsPair(text, span.end), `${what}: end ${span.end} splits a surrogate pair`);
}

function assertTextSpan(text: string, span: Span & { text: string }, within: Span, what: string): void {
  assertSpan(text, span, within, what);
  assert.equal(span.text, text.slice(span.start, span.end), `${what}: text is not the text at its offsets`);
}

/** Every invariant of one reviewed item over `text`. */
export function assertItem(text: string, item: Item): void {
  const whole = { start: 0, end: text.length };
  assertSpan(text, item, whole, 'item');
  if (item.header) assertSpan(text, item.header, item, 'header');
  if (item.dateline) assertTextSpan(text, item.dateline, item, 'dateline');
  let previous = item.start;
  for (const [k, p] of item.paragraphs.entries()) {
    assertSpan(text, p, item, `paragraph ${k}`);
    assert.ok(p.start >= previous, `paragraph ${k} overlaps the one before`);
    assert.ok(p.end > p.start, `paragraph ${k} is empty`);
    previous = p.end;
    let s0 = p.start;
    for (const [j, s] of p.sentences.entries()) {
      assertSpan(text, s, p, `paragraph ${k} sentence ${j}`);
      assert.ok(s.start >= s0, `paragraph ${k} sentence ${j} overlaps the one before`);
      s0 = s.end;
    }
  }
  if (item.disclaimer) {
    assertTextSpan(text, item.disclaimer, item, 'disclaimer');
    assertSpan(text, item.disclaimer.paragraph, item, 'disclaimer paragraph');
    assert.ok(item.disclaimer.paragraph.start <= item.disclaimer.start && item.disclaimer.end <= item.disclaimer.paragraph.end);
  }
  if (item.stamp) assertTextSpan(text, item.stamp, item, 'stamp');
  assert.equal(item.reviewed, item.stamp !== undefined && item.disclaimer === undefined, 'reviewed = stamp and no disclaimer');

  let lastEnd = item.start;
  for (const [k, q] of item.quotes.entries()) {
    const what = `quote ${k} ${JSON.stringify(q.text.slice(0, 30))}`;
    assertTextSpan(text, q, item, what);
    assert.ok(q.start >= lastEnd, `${what} starts at ${q.start}, before the previous quote ends (${lastEnd}): out of order or overlapping`);
    assert.ok(q.end > q.start, `${what} is empty`);
    lastEnd = q.end;
    assertSpan(text, q.inner, q, `${what} inner`);
    assert.ok(q.paragraphs >= 1, `${what}: paragraphs ${q.paragraphs}`);
    assert.ok(['direct', 'partial', 'scare'].includes(q.kind), `${what}: kind ${q.kind}`);
    if (q.speaker) {
      assert.ok(q.closed, `${what}: an unclosed quote has a speaker`);
      assert.ok(q.speaker.name.trim().length > 0, `${what}: empty speaker name`);
      assertTextSpan(text, q.speaker.mention, item, `${what} mention`);
      if (q.speaker.cue) assertTextSpan(text, q.speaker.cue, item, `${what} cue`);
      if (q.speaker.basis) assertTextSpan(text, q.speaker.basis, item, `${what} basis`);
    }
  }
  const owned = new Map<number, string>();
  for (const s of item.speakers) {
    for (const i of s.quotes) {
      assert.ok(Number.isInteger(i) && i >= 0 && i < item.quotes.length, `speaker ${s.name}: quote index ${i} out of range`);
      assert.ok(!owned.has(i), `quote ${i} belongs to ${owned.get(i)} and ${s.name}`);
      owned.set(i, s.name);
      assert.equal(item.quotes[i].speaker?.name.toLowerCase(), s.name.toLowerCase(), `speaker ${s.name} lists quote ${i}`);
    }
    for (const m of s.mentions) assertTextSpan(text, m, item, `speaker ${s.name} mention`);
  }
  item.quotes.forEach((q, i) => assert.ok(!q.speaker || owned.has(i), `attributed quote ${i} is in no speaker's list`));
  for (const f of item.findings) {
    const what = `finding ${f.rule}`;
    assertSpan(text, f, item, what);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity), `${what}: severity ${f.severity}`);
    assert.ok(typeof f.message === 'string' && f.message.trim().length > 0, `${what}: no message`);
    assert.ok(!/undefined|NaN|\[object/.test(f.message), `${what}: message ${f.message}`);
    // A message quotes the text: it may not cut a character in half where the text had it whole.
    if (wellFormed(text)) assert.ok(wellFormed(f.message), `${what}: the message splits a surrogate pair: ${JSON.stringify(f.message)}`);
  }
}

/** Every invariant of a review of `text`: items in order, not overlapping, each valid. */
export function assertReview(text: string, review: Review): void {
  let lastEnd = 0;
  for (const item of review.items) {
    assert.ok(item.start >= lastEnd, `item at ${item.start} overlaps the one before (ends ${lastEnd})`);
    lastEnd = item.end;
    assertItem(text, item);
  }
}
