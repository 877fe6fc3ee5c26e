// A run-on of quotations: text that lost its full stops, so one "sentence" runs for thousands of
// characters with a pronoun cue at every quotation. A pronoun's look-back does not read such a stretch
// (it would read it again for every pronoun in it: the square of its length, minutes for a 1 MB
// paragraph); the pronoun keeps the last speaker instead.
import { strict as assert } from 'node:assert';
import { reviewItem } from '../../src/core';

function runOn(opening: string, repeats: number): string {
  const quotations: string[] = [];
  for (let i = 0; i < repeats; i++) quotations.push(`he said "we will talk ${i}" and `);
  return `date 2025-11-03 SEOUL, Nov. 3 (Yonhap) -- Xi Jinping arrived on Friday. ${opening}${quotations.join('')}he said "that is all".`;
}

describe('pronouns in a run-on of quotations', () => {
  it('keep the speaker named at its start, also past the stretch the look-back reads', () => {
    const item = reviewItem(runOn('Lee Jae Myung said "first" and ', 300));
    assert.ok(item.paragraphs[0].sentences.some((s) => s.end - s.start > 5000), 'the quotations are one sentence');
    assert.equal(item.quotes.length, 302);
    const speakers = new Set(item.quotes.map((q) => q.speaker?.name));
    assert.deepEqual([...speakers], ['Lee Jae Myung']);
  });

  it('take the subject of the sentence before when the run-on names nobody', () => {
    const item = reviewItem(runOn('', 300));
    assert.equal(item.quotes.length, 301);
    assert.deepEqual([...new Set(item.quotes.map((q) => q.speaker?.name))], ['Xi Jinping']);
  });
});
