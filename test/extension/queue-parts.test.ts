// The review queue's summary of an open document, kept per item (issue 5): after any edit, a summary that
// reuses the parts of the items an edit did not touch equals one made from scratch, and the items after an
// edit that adds no line keep their speakers and findings as they were (the same objects).
import { strict as assert } from 'node:assert';
import { lineIndex, reviewItem } from '../../src/core';
import { ItemReviewer } from '../../src/extension/cache';
import { summariseSteps, type FileSummary, type ItemPart } from '../../src/extension/queue-model';
import { apply, feedOf, randomEdit, wireItems } from './wire-edits';
import { rng } from '../support/rng';
import type { Review } from '../../src/core/model';

function summary(text: string, review: Review, kept?: WeakMap<object, ItemPart>): FileSummary {
  const lines = lineIndex(text);
  const steps = summariseSteps('file:///feed.txt', 'feed.txt', text, review, (o) => lines.positionAt(o), undefined, kept);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('queue: an open document summarised once per item', () => {
  const items = wireItems();

  it('after random edits, the summary with kept parts equals one made from scratch', () => {
    const random = rng(57);
    for (let round = 0; round < 8; round++) {
      let text = feedOf(items, 6 + Math.floor(random() * 8), random);
      const reviewer = new ItemReviewer(reviewItem);
      const kept = new WeakMap<object, ItemPart>();
      summary(text, reviewer.reviewText(text), kept);
      for (let e = 0; e < 12; e++) {
        const change = randomEdit(text, random);
        text = apply(text, change);
        assert.ok(reviewer.applyChanges([change]));
        const got = summary(text, reviewer.reviewEdited(), kept);
        assert.deepStrictEqual(got, summary(text, new ItemReviewer(reviewItem).reviewText(text)), `round ${round}, edit ${e}`);
      }
    }
  });

  it('an edit that adds no line keeps the later items\' speakers and findings (the same objects); one that adds lines moves them', () => {
    const text = items.slice(0, 8).map((t, k) => `${t}\n\nRef. ${k}.`).join('\n\n');
    const reviewer = new ItemReviewer(reviewItem);
    const kept = new WeakMap<object, ItemPart>();
    const first = reviewer.reviewText(text);
    const before = summary(text, first, kept);
    const start = first.items[0].start;
    const inFirst = before.speakers.filter((s) => s.item === 0).length;
    assert.ok(before.speakers.length > inFirst + 3, 'speakers in the items after the first');

    const typed = { rangeOffset: start + 40, rangeLength: 0, text: 'more words ' };
    reviewer.applyChanges([typed]);
    const afterTyping = summary(apply(text, typed), reviewer.reviewEdited(), kept);
    const later = (s: FileSummary) => s.speakers.filter((x) => x.item > 0);
    assert.ok(later(afterTyping).every((s, k) => s === later(before)[k]), 'the same speaker objects');
    assert.equal(afterTyping.entries[1].start, before.entries[1].start + typed.text.length);

    const lines = { rangeOffset: start + 40, rangeLength: 0, text: '\n\nA new paragraph.\n\n' };
    const text2 = apply(apply(text, typed), lines);
    reviewer.applyChanges([lines]);
    const afterLines = summary(text2, reviewer.reviewEdited(), kept);
    assert.equal(afterLines.entries[1].at.line, afterTyping.entries[1].at.line + 4);
    assert.deepStrictEqual(afterLines, summary(text2, new ItemReviewer(reviewItem).reviewText(text2)));
  });
});
