// The status bar text for the active item.
import { strict as assert } from 'node:assert';
import { reviewText } from '../../src/core';
import { statusView } from '../../src/extension/status-text';
import { fakeItem, offsetOf, REVIEWED_ITEM, SEED_TEXT } from './helpers';

describe('extension status bar text', () => {
  it('the sample: unreviewed, 9 quotes, 2 speakers; a click marks it reviewed', () => {
    const view = statusView(reviewText(SEED_TEXT), 0)!;
    assert.equal(view.text, '$(warning) Unreviewed · 9 quotes · 2 speakers');
    assert.equal(view.action, 'markReviewed');
    assert.match(view.tooltip, /^Wire item 2025-11-01 · Gyeongju, Nov 1\nUnreviewed: it still carries the syndication disclaimer\./);
    assert.match(view.tooltip, /Click to mark the item as reviewed\.$/);
  });

  it('several items: the one under the cursor, numbered; a reviewed item shows problems on click', () => {
    const text = SEED_TEXT + '\n\n' + REVIEWED_ITEM;
    const review = reviewText(text);
    const first = statusView(review, 10)!;
    assert.match(first.text, /^\$\(warning\) Item 1\/2 · Unreviewed · /);
    const second = statusView(review, offsetOf(text, 'Analysts'))!;
    assert.match(second.text, /^\$\(pass\) Item 2\/2 · Reviewed · \d+ quotes? · \d+ speakers?$/);
    assert.equal(second.action, 'showProblems');
    assert.match(second.tooltip, /Reviewed by Jane Doe on 2025-11-03\./);
    assert.equal(second.item, review.items[1]);
  });

  it('the cursor above the first header shows the first item; no items, no status', () => {
    assert.equal(statusView(reviewText('\n\n' + SEED_TEXT), 0)?.item.date, '2025-11-01');
    assert.equal(statusView({ items: [] }, 0), undefined);
  });

  it('neither disclaimer nor stamp: "No review stamp", singular counts', () => {
    const item = fakeItem('x', [], [], { findings: [] });
    const view = statusView({ items: [item] }, 0)!;
    assert.equal(view.text, '$(circle-large-outline) No review stamp · 0 quotes · 0 speakers');
    assert.equal(view.action, 'showProblems');
  });
});
