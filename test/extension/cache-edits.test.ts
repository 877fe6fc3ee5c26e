// The review cache follows the editor's edits (issue 5): applied to the items they touch, the review is
// the same as reviewing the edited text from scratch, whatever the edit does to item boundaries; items
// are moved in place exactly as shiftOffsets would copy them; large documents are reviewed in slices.
import { strict as assert } from 'node:assert';
import { reviewItem, reviewText } from '../../src/core';
import type { ReviewOptions } from '../../src/core/model';
import { shiftItem } from '../../src/core';
import { ItemReviewer, moveItem, ReviewStore, type TextChange } from '../../src/extension/cache';
import { SEED_TEXT } from './helpers';
import { apply, randomEdit, shiftOffsets, wireItems } from './wire-edits';
import { rng } from '../support/rng';

const strip = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('extension cache: edits applied item by item', () => {
  const items = wireItems();
  /** Six of the items, after a line that is no item or not, joined by blank lines or CRLF line breaks. */
  const sixItems = (random: () => number): string => {
    const parts: string[] = [];
    for (let k = 0; k < 6; k++) parts.push(items[Math.floor(random() * items.length)]);
    return (random() < 0.5 ? 'preamble\r\n' : '') + parts.join(random() < 0.5 ? '\n\n' : '\r\n');
  };

  it('moveItem moves an item in place exactly as shiftOffsets copies it', () => {
    for (const text of items) {
      const item = reviewItem(text);
      for (const delta of [1, -1, 12345]) {
        const copy = shiftOffsets(item, 7);
        moveItem(copy, delta);
        assert.deepEqual(copy, shiftOffsets(item, 7 + delta));
      }
    }
  });

  it('the core\'s shiftItem copies an item as shiftOffsets does, sharing no span with the original', () => {
    const objects = (value: unknown, into = new Set<object>()): Set<object> => {
      if (value && typeof value === 'object') {
        if ('start' in value) into.add(value);
        for (const v of Object.values(value)) objects(v, into);
      }
      return into;
    };
    for (const text of items) {
      const item = reviewItem(text);
      for (const delta of [0, 5, -3]) {
        const copy = shiftItem(item, delta);
        assert.deepEqual(copy, delta === 0 ? item : shiftOffsets(item, delta));
        const original = objects(item);
        for (const span of objects(copy)) assert.ok(!original.has(span), 'a span object is shared with the original');
      }
    }
  });

  it('after any sequence of edits, the review equals a review of the edited text from scratch', () => {
    const random = rng(11);
    for (let round = 0; round < 40; round++) {
      const count = 2 + Math.floor(random() * 6);
      const parts: string[] = [];
      for (let k = 0; k < count; k++) parts.push(items[Math.floor(random() * items.length)]);
      let text = (random() < 0.3 ? '\n \n' : '') + parts.join(random() < 0.5 ? '\n\n' : '\n');
      const options: ReviewOptions = random() < 0.3 ? { wholeTextIsItem: true } : {};
      const reviewer = new ItemReviewer(reviewItem);
      reviewer.reviewText(text, options);
      for (let e = 0; e < 12; e++) {
        // One change event may carry several edits, applied one after the other.
        const changes: TextChange[] = [];
        for (let c = 0, n = random() < 0.2 ? 2 : 1; c < n; c++) {
          const change = randomEdit(text, random);
          changes.push(change);
          text = apply(text, change);
        }
        assert.ok(reviewer.applyChanges(changes), 'the edits fit the text');
        if (random() < 0.4) continue; // several events before the review is asked for
        assert.deepEqual(strip(reviewer.reviewEdited(options)), strip(reviewText(text, options)), `round ${round}, edit ${e}`);
      }
      assert.deepEqual(strip(reviewer.reviewEdited(options)), strip(reviewText(text, options)));
    }
  });

  it('typing in one item of a feed reviews that item only', () => {
    const feed = items.concat(items, items).map((t, k) => `${t}\n\nRef. ${k}`).join('\n\n');
    const calls: string[] = [];
    const reviewer = new ItemReviewer((t, o) => {
      calls.push(t);
      return reviewItem(t, o);
    });
    const first = reviewer.reviewText(feed);
    calls.length = 0;
    const at = first.items[5].start + 40;
    let text = feed;
    for (const ch of 'quick') {
      const change = { rangeOffset: at + calls.length, rangeLength: 0, text: ch };
      text = apply(text, change);
      assert.ok(reviewer.applyChanges([change]));
      const review = reviewer.reviewEdited();
      assert.equal(review.items.length, first.items.length);
    }
    assert.ok(calls.length <= 5 * 2, `${calls.length} item reviews for 5 keystrokes`);
    assert.ok(calls.every((t) => t.includes('Ref. 5')), 'only the edited item (and its neighbour at most) is reviewed');
    assert.deepEqual(strip(reviewer.reviewEdited()), strip(reviewText(text)));
  });

  it('a long text is searched for items a stretch at a time, with the same items', async () => {
    const random = rng(5);
    for (let round = 0; round < 30; round++) {
      const text = sixItems(random);
      const reviewer = new ItemReviewer(reviewItem);
      reviewer.splitChunk = 1 + Math.floor(random() * 3000);
      const options: ReviewOptions = random() < 0.3 ? { wholeTextIsItem: true } : {};
      assert.deepEqual(strip(await reviewer.reviewTextAsync(text, options, () => false, 0)), strip(reviewText(text, options)));
    }
  });

  it('a text given as pieces (cut after line feeds, as a document read a range of lines at a time) is reviewed as the text joined, and edits apply', async () => {
    const random = rng(9);
    for (let round = 0; round < 30; round++) {
      let text = sixItems(random);
      const lines = text.split(/(?<=\n)/);
      const pieces: string[] = [];
      for (let at = 0; at < lines.length; ) {
        const n = 1 + Math.floor(random() * 6);
        pieces.push(lines.slice(at, at + n).join(''));
        at += n;
      }
      const reviewer = new ItemReviewer(reviewItem);
      const options: ReviewOptions = random() < 0.3 ? { wholeTextIsItem: true } : {};
      assert.deepEqual(strip(await reviewer.reviewTextAsync(pieces, options, () => false, 0)), strip(reviewText(text, options)));
      const change = randomEdit(text, random);
      text = apply(text, change);
      assert.ok(reviewer.applyChanges([change]));
      assert.deepEqual(strip(reviewer.reviewEdited(options)), strip(reviewText(text, options)));
    }
  });

  it('an edit that does not fit the text is refused, and the next review reads the text again', () => {
    const reviewer = new ItemReviewer(reviewItem);
    assert.equal(reviewer.applyChanges([{ rangeOffset: 0, rangeLength: 0, text: 'x' }]), false, 'nothing reviewed yet');
    reviewer.reviewText(SEED_TEXT);
    assert.equal(reviewer.applyChanges([{ rangeOffset: SEED_TEXT.length + 1, rangeLength: 0, text: 'x' }]), false);
    assert.equal(reviewer.hasText, false);
  });
});

describe('extension cache: ReviewStore with edits and large documents', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  class Doc {
    version = 1;
    reads = 0;
    constructor(public text: string) {}
    getText() {
      this.reads++;
      return this.text;
    }
    edit(offset: number, length: number, text: string): TextChange[] {
      this.text = this.text.slice(0, offset) + text + this.text.slice(offset + length);
      this.version++;
      return [{ rangeOffset: offset, rangeLength: length, text }];
    }
  }

  const feed = Array.from({ length: 40 }, (_, k) => `${SEED_TEXT.trimEnd()}\n\nRef. ${k}`).join('\n\n');

  it('edits passed to schedule are applied without reading the text again', async () => {
    const reports: number[] = [];
    const store = new ReviewStore({}, (_k, source) => reports.push(source.version), 5);
    const doc = new Doc(feed);
    store.reviewNow('doc', doc);
    const reads = doc.reads;
    for (let k = 0; k < 5; k++) store.schedule('doc', doc, doc.edit(feed.length / 2 + k, 0, 'x'));
    assert.deepEqual(strip(store.get('doc', doc)), strip(reviewText(doc.text)));
    await wait(40);
    assert.equal(doc.reads, reads, 'the text was not read again');
    assert.deepEqual(reports.slice(-1), [doc.version]);
    store.dispose();
  });

  it('a skipped version or a schedule without edits reads the whole text again', () => {
    const store = new ReviewStore({}, () => undefined, 1000);
    const doc = new Doc(feed);
    store.get('doc', doc);
    doc.edit(10, 0, 'x'); // not reported to the store
    store.schedule('doc', doc, doc.edit(20, 0, 'y'));
    assert.deepEqual(strip(store.get('doc', doc)), strip(reviewText(doc.text)));
    store.schedule('doc', doc);
    doc.edit(30, 0, 'z');
    store.schedule('doc', doc);
    assert.deepEqual(strip(store.get('doc', doc)), strip(reviewText(doc.text)));
    store.dispose();
  });

  it('a document over syncLimit is reviewed in slices: current() answers undefined meanwhile, ready() waits', async () => {
    const reports: number[] = [];
    const store = new ReviewStore({}, (_k, source) => reports.push(source.version), 5);
    store.syncLimit = 10_000;
    store.sliceMs = 1;
    const doc = new Doc(feed);
    assert.equal(store.reviewNow('doc', doc), undefined, 'not reviewed at once');
    assert.equal(store.current('doc', doc), undefined, 'still under way');
    const review = await store.ready('doc', doc);
    assert.ok(review);
    assert.deepEqual(strip(review), strip(reviewText(feed)));
    assert.deepEqual(reports, [1]);
    assert.equal(store.current('doc', doc), review);
    store.dispose();
  });

  it('a sliced review overtaken by an edit is dropped; the edit is reviewed after the debounce', async () => {
    const reports: number[] = [];
    const store = new ReviewStore({}, (_k, source) => reports.push(source.version), 5);
    store.syncLimit = 10_000;
    store.sliceMs = 1;
    const doc = new Doc(feed);
    store.reviewNow('doc', doc);
    await wait(2);
    store.schedule('doc', doc, doc.edit(100, 0, 'x'));
    const review = await store.ready('doc', doc);
    assert.ok(review);
    assert.deepEqual(strip(review), strip(reviewText(doc.text)));
    await wait(30);
    assert.deepEqual(reports, [2]);
    store.dispose();
  });
});
