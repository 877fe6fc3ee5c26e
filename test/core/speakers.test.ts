// groupSpeakers reads the item's quotations once, with a list of speakers instead of a map and the
// mentions sorted only when out of order (issue 5): it gives exactly what the plain definition gives.
import { strict as assert } from 'node:assert';
import { groupSpeakers, reviewText } from '../../src/core';
import type { Attribution, Quote, Speaker } from '../../src/core/model';
import { rng } from '../support/rng';
import { REAL_ITEMS } from './arbitraries';

/** The definition it replaced: a map by lower-case name, mentions kept once per start, then sorted. */
function groupByMap(quotes: readonly Quote[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  quotes.forEach((q, i) => {
    const s = q.speaker;
    if (!s) return;
    const key = s.name.toLowerCase();
    let speaker = byName.get(key);
    if (!speaker) {
      speaker = { name: s.name, title: s.title, organisation: s.organisation, quotes: [], mentions: [] };
      byName.set(key, speaker);
    }
    speaker.title ??= s.title;
    speaker.quotes.push(i);
    if (!speaker.mentions.some((m) => m.start === s.mention.start)) speaker.mentions.push({ ...s.mention });
  });
  for (const s of byName.values()) s.mentions.sort((a, b) => a.start - b.start);
  return [...byName.values()];
}

const NAMES = ['Lee Jae Myung', 'lee jae myung', 'LEE JAE MYUNG', 'Xi Jinping', 'the ministry', 'Ann', 'ann', '\u00c9mile', '\u00e9mile', 'he'];

/** Quotations with random speakers: names that differ in case only, titles now and then, mentions in and out of order. */
function randomQuotes(random: () => number, count: number, names: readonly string[]): Quote[] {
  const quotes: Quote[] = [];
  for (let i = 0; i < count; i++) {
    let speaker: Attribution | null = null;
    if (random() < 0.8) {
      const start = random() < 0.7 ? i * 10 : Math.floor(random() * count) * 10;
      const name = names[Math.floor(random() * names.length)];
      speaker = {
        name,
        title: random() < 0.3 ? `Title ${Math.floor(random() * 3)}` : undefined,
        organisation: random() < 0.2,
        mention: { start, end: start + 2 + Math.floor(random() * 3), text: `m${Math.floor(random() * 4)}` },
        rule: 'quote-then-cue',
        translated: false,
      };
    }
    quotes.push({ start: i * 10, end: i * 10 + 5, text: '"x"', inner: { start: i * 10 + 1, end: i * 10 + 4 }, kind: 'direct', closed: true, paragraphs: 1, speaker });
  }
  return quotes;
}

describe('groupSpeakers', () => {
  it('gives what a map by lower-case name gives, on the reviews of the sample and the wire items', () => {
    let speakers = 0;
    for (const text of REAL_ITEMS) {
      for (const item of reviewText(text, { wholeTextIsItem: true }).items) {
        assert.deepEqual(groupSpeakers(item.quotes), groupByMap(item.quotes));
        speakers += item.speakers.length;
      }
    }
    assert.ok(speakers >= 10, `${speakers} speakers`);
  });

  it('gives what a map by lower-case name gives, on random quotations (few speakers and many)', () => {
    const random = rng(5);
    const many = Array.from({ length: 60 }, (_, k) => (k % 2 ? `Speaker ${k}` : `SPEAKER ${k}`));
    for (let round = 0; round < 400; round++) {
      const quotes = randomQuotes(random, Math.floor(random() * 80), round % 3 === 0 ? [...NAMES, ...many] : NAMES);
      const got = groupSpeakers(quotes);
      assert.deepEqual(got, groupByMap(quotes));
      // Mentions are copies, never the quotations' own objects.
      for (const s of got) for (const m of s.mentions) assert.ok(quotes.every((q) => q.speaker?.mention !== m));
    }
  });

  it('gives what a map by lower-case name gives when a name is longer lower-cased (İ) or differs in length only', () => {
    // Names are compared in lower case only with names as long lower-cased: `İlker` (5 characters) is `i̇lker`
    // (6) lower-cased, the same as `i̇lker` written with a combining dot.
    const random = rng(23);
    const names = ['\u0130lker', 'i\u0307lker', 'I\u0307LKER', 'ilker', 'Ilker', '\u0130LKER', 'Ann', 'Anne', 'ANN', '\u0130', 'i\u0307', 'I'];
    for (let round = 0; round < 400; round++) {
      const quotes = randomQuotes(random, Math.floor(random() * 40), round % 2 === 0 ? names : [...names, ...NAMES]);
      assert.deepEqual(groupSpeakers(quotes), groupByMap(quotes));
    }
    const one = groupSpeakers(randomQuotes(() => 0.5, 1, ['\u0130lker']).concat(randomQuotes(() => 0.5, 1, ['i\u0307lker'])));
    assert.equal(one.length, 1);
  });
});
