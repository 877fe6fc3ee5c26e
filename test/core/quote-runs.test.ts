// Paragraphs of thousands of short quotations (a transcript, a garbled feed). Continuation finds the nearest
// earlier quotation with a speaker in one step (Decided.spoken) and a pronoun's look-back starts at the last
// sentence before it (firstSentenceFrom): both walked over the paragraph before, which made such paragraphs
// quadratic (the bench's `quote-sentences` and `pronoun-run` shapes). What they find must not change.
import { strict as assert } from 'node:assert';
import { reviewItem } from '../../src/core';

const HEAD = 'date 2025-11-03 SEOUL, Nov. 3 (Yonhap) -- ';

describe('paragraphs of many short quotations', () => {
  it('continue the last speaker across a run of quotations that are sentences of their own', () => {
    const item = reviewItem(`${HEAD}"We will talk," Lee Jae Myung said. ${'"Yes." '.repeat(3000)}`);
    assert.equal(item.quotes.length, 3001);
    assert.ok(item.quotes.every((q) => q.speaker?.name === 'Lee Jae Myung'));
    assert.ok(item.quotes.slice(1).every((q) => q.speaker?.rule === 'continuation' && q.speaker.basis?.text === 'Lee Jae Myung said'));
  });

  it('leave a run with no speaker unattributed, and take the speaker who follows it', () => {
    const item = reviewItem(`${HEAD}${'"Yes." '.repeat(3000)}"No," Kim Min-seok said. "Never."`);
    assert.equal(item.quotes.length, 3002);
    assert.ok(item.quotes.slice(0, 3000).every((q) => q.speaker === null));
    assert.deepEqual(item.quotes.slice(3000).map((q) => q.speaker?.name), ['Kim Min-seok', 'Kim Min-seok']);
  });

  it('give every pronoun of a run the person named before it', () => {
    const item = reviewItem(`${HEAD}Xi Jinping arrived on Friday. ${'"Why?" he asked. "Because." '.repeat(2000)}`);
    assert.equal(item.quotes.length, 4000);
    assert.ok(item.quotes.every((q) => q.speaker?.name === 'Xi Jinping'), JSON.stringify(item.quotes.find((q) => q.speaker?.name !== 'Xi Jinping')));
  });
});
