// Large documents and stale reviews in the extension's pure modules.
// - A 50 MB feed is reviewed item by item in the background; meanwhile the status bar says so.
// - An item too long to review without holding the editor (a 50 MB file with no header lines) is not
//   reviewed, and the problem list and the status bar say so.
// - "Mark item as reviewed" refuses when the document changed since its item was found, and never writes
//   over text that is not the disclaimer (property: a review of an older text never stamps the new one).
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { markReviewedEdit, reviewItem, reviewText } from '../../src/core';
import { ItemReviewer, ReviewStore } from '../../src/extension/cache';
import { CHANGED_REFUSAL, planMarkReviewed, staleRefusal, withEol } from '../../src/extension/mark-plan';
import { reviewingView, statusView } from '../../src/extension/status-text';
import { isTooLong, MAX_ITEM_CHARS, sizeOf, tooLongItem, TOO_LONG_RULE } from '../../src/extension/too-long';
import { assertItem, assertReview, check, HOSTILE, mutatedItem } from '../core/arbitraries';
import { REVIEWED_ITEM, SEED_TEXT } from './helpers';

const MB = 1_000_000;

describe('extension: large documents', function () {
  this.timeout(60000);

  it('an item too long to review is a stand-in with one information finding on its first line', () => {
    const text = SEED_TEXT.replace(/^ date/, 'date') + ' more words'.repeat(30_000);
    const item = tooLongItem(text, 100_000);
    assertItem(text, item);
    assert.equal(item.date, '2025-11-01');
    assert.ok(isTooLong(item));
    assert.equal(item.findings[0].rule, TOO_LONG_RULE);
    assert.equal(item.findings[0].severity, 'information');
    assert.match(item.findings[0].message, /^Not reviewed: this item is 332 KB long, more than Wire Desk reviews while you edit \(100 KB\)\. Split it into wire items/);
    assert.equal(item.findings[0].start, 0);
    assert.ok(!isTooLong(reviewItem(SEED_TEXT)));
    // Any text at all: the stand-in keeps the engine's invariants.
    check('too-long stand-in', fc.property(fc.oneof(mutatedItem, fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 300 })), (t) => assertItem(t, tooLongItem(t, 10))), 200);
  });

  it('a 50 MB file with no header line (one item): not reviewed by the engine, said so, at once', () => {
    const text = 'Notes from the desk, "quoted" here and there.\n'.repeat(Math.ceil((50 * MB) / 46));
    const engine = { calls: 0, review: (t: string) => (engine.calls++, reviewItem(t)) };
    const reviewer = new ItemReviewer(engine.review);
    const review = reviewer.reviewText(text, { wholeTextIsItem: true });
    assert.equal(engine.calls, 0, 'the engine never ran on the 50 MB item');
    assert.equal(review.items.length, 1);
    assert.ok(isTooLong(review.items[0]));
    const view = statusView(review, 0)!;
    assert.equal(view.text, `$(info) Not reviewed: item too long (${sizeOf(text.length)})`);
    assert.equal(view.action, 'showProblems');
    assert.match(view.tooltip, /^Not reviewed: this item is 50\.0 MB long/);
    assert.equal(MAX_ITEM_CHARS, 256 * 1024);
  });

  it('one long item among normal ones: the others are reviewed as usual', () => {
    const long = 'date 2025-11-02 Seoul - ' + '"word" he said. '.repeat(20_000) + '\n';
    const text = SEED_TEXT + '\n' + long + REVIEWED_ITEM;
    const review = new ItemReviewer().reviewText(text, {});
    assertReview(text, review);
    assert.deepEqual(review.items.map((i) => isTooLong(i)), [false, true, false]);
    assert.deepEqual(review.items[0].quotes.length, reviewText(SEED_TEXT).items[0].quotes.length);
    assert.equal(review.items[1].findings[0].start, SEED_TEXT.length + 1);
    assert.equal(review.items[1].date, '2025-11-02');
    // Marking it reviewed is refused with the same explanation.
    const plan = planMarkReviewed(text, review.items[1], 'Jane Doe', '2025-11-04', '\n');
    assert.ok('refusal' in plan && /^Not reviewed: this item is .* It was not marked as reviewed\.$/.test(plan.refusal));
  });

  it('a 50 MB feed: reviewed in the background, the status bar says "reviewing" meanwhile, then the review', async () => {
    const item = REVIEWED_ITEM.replace('2025-11-03', '2025-11-04');
    const text = item.repeat(Math.ceil((50 * MB) / item.length));
    const doc = { version: 1, getText: () => text };
    let reported: number | undefined;
    const store = new ReviewStore({ wholeTextIsItem: true }, (_k, _s, review) => (reported = review.items.length), 10);
    assert.equal(store.current('big', doc), undefined, 'no review now: it would hold the editor');
    assert.ok(store.reviewing('big', doc));
    assert.equal(reviewingView(text.length).text, '$(sync~spin) Wire Desk: reviewing 50.0 MB\u2026');
    const review = await store.ready('big', doc);
    assert.ok(review);
    assert.equal(review.items.length, Math.ceil((50 * MB) / item.length));
    assert.equal(reported, review.items.length);
    assert.equal(store.reviewing('big', doc), false);
    assert.equal(store.peekVersion('big'), 1);
    assert.match(statusView(review, text.length - 10)!.text, /^\$\(pass\) Item \d+\/\d+ · Reviewed · /);
    store.dispose();
  });
});

describe('extension: mark item as reviewed on a document that changed', function () {
  this.timeout(60000);

  it('the command refuses when given the version its item was found in and the document moved on', () => {
    assert.equal(staleRefusal(undefined, 7), undefined);
    assert.equal(staleRefusal(7, 7), undefined);
    assert.equal(staleRefusal(6, 7), CHANGED_REFUSAL);
    assert.match(CHANGED_REFUSAL, /^The document changed since Wire Desk checked this item, so the stamp was not written\./);
  });

  it('a review of the text before an edit above the disclaimer: refused, nothing written', () => {
    const item = reviewText(SEED_TEXT).items[0];
    const edited = SEED_TEXT.replace('Lee noted that', 'Lee noted, carefully, that');
    const plan = planMarkReviewed(edited, item, 'Jane Doe', '2025-11-04', '\n');
    assert.deepEqual(plan, { refusal: CHANGED_REFUSAL });
  });

  it('property: with a review of any earlier text, the plan either refuses or replaces exactly a disclaimer of the text as it is', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.constantFrom('', ' ', 'x', '\n', '\n\n', '"', 'Disclaimer', '\r\n') });
    check(
      'mark plan on a changed text',
      fc.property(mutatedItem, fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        const item = reviewText(text, { wholeTextIsItem: true }).items[0];
        fc.pre(item?.disclaimer !== undefined);
        let now = text;
        for (const e of edits) {
          const at = e.at % (now.length + 1);
          now = now.slice(0, at) + e.insert + now.slice(at + e.remove);
        }
        const plan = planMarkReviewed(now, item, 'Jane Doe', '2025-11-04', '\n');
        if ('refusal' in plan) {
          if (now === text) assert.fail(`refused an unchanged text: ${plan.refusal}`);
          return;
        }
        // The plan's range is the disclaimer it was planned for, and that text is still there, unchanged.
        const d = item.disclaimer!;
        assert.equal(now.slice(d.start, d.end), d.text);
        // Its text is the core's stamp, with the line breaks of the document (`\n` here) even when a random
        // edit put a `\r\n` before the item's first line break.
        const { start, end, newText } = markReviewedEdit(now, item, 'Jane Doe', '2025-11-04')!;
        assert.deepEqual(plan.edit, { start, end, newText: withEol(newText, '\n') });
      }),
      300,
    );
  });
});
