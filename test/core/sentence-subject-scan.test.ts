// The sentence-subject rule reads a sentence once for all its quotations: it keeps the last sentence's scan
// by its token list, reads back from each quotation only to the nearest verb with a speaker, and goes on
// from there for the next quotation of the sentence. Every answer must be the one a fresh scan of the
// sentence gives the quotation alone, whatever the order the quotations are asked in.
import { strict as assert } from 'node:assert';
import { buildContexts } from '../../src/core/attribution/context';
import { sentenceSubject } from '../../src/core/attribution/sentence-subject';
import { quotedItems } from '../support/quoted-items';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

/** Sentences of many quotations and cues: several verbs with speakers before a quotation, participles, pronouns. */
const PIECES = [
  'Lee said', 'Kim', 'told reporters', 'the minister', 'warned', 'she', 'he said', 'officials', 'noted', 'adding', 'saying', ', adding',
  'and', 'that', 'as', 'while', 'with farmers chanting', ', ', '"a"', '"b,"', '\u201cc\u201d', '"d."', 'Park Sung-jae, who told lawmakers',
  'But', 'later', 'Spicer said, adding', 'a line that Lee said', 'The ministry', 'described it as', 'called it', ' ',
];

function generated(random: () => number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 4; p++) {
    const parts: string[] = [];
    const count = 10 + Math.floor(random() * 50);
    for (let k = 0; k < count; k++) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
    paragraphs.push(parts.join(' ') + '.');
  }
  return 'date 2025-11-01\nSEOUL, Nov 1 (Yonhap) -- ' + paragraphs.join('\n\n') + '\n';
}

describe('sentence-subject: one scan per sentence', () => {
  it('answers each quotation as a fresh scan of its sentence does, in order and in reverse', () => {
    const random = rng(31);
    const texts = [...wireTexts(), ...Array.from({ length: 150 }, () => generated(random))];
    let found = 0;
    let shared = 0;
    for (const { text, span, paragraphs, quotes } of quotedItems(texts)) {
      if (quotes.length === 0) continue;
      // Each quotation alone: contexts of their own, so its sentence's token list is new and read anew.
      const alone = quotes.map((_, i) => sentenceSubject(buildContexts(text, quotes, paragraphs)[i], [], []));
      const contexts = buildContexts(text, quotes, paragraphs);
      const inOrder = contexts.map((ctx) => sentenceSubject(ctx, [], contexts));
      const reversed = buildContexts(text, quotes, paragraphs);
      const backwards = reversed.map((_, i) => sentenceSubject(reversed[reversed.length - 1 - i], [], reversed)).reverse();
      assert.deepEqual(inOrder, alone, text.slice(span.start, span.end));
      assert.deepEqual(backwards, alone, text.slice(span.start, span.end));
      found += alone.filter((f) => f).length;
      for (let i = 1; i < contexts.length; i++) if (contexts[i].openSentence === contexts[i - 1].openSentence) shared++;
    }
    assert.ok(found > 500, `${found} quotations attributed`);
    assert.ok(shared > 500, `${shared} quotations sharing a sentence with the one before`);
  });
});
