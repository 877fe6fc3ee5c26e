// The review cache moves items lazily (issue 5): an edit moves only the starts of the items after it, and
// an item is moved to its place when it is first read. Whatever is read, in whatever order, the review
// equals a review of the text from scratch; an older review read after a newer one still reads right for
// the items it had not read; itemKeys follows an item while its text is unchanged; a large document is
// read a range of lines at a time, and new options re-review the text held without reading it again.
import { strict as assert } from 'node:assert';
import { reviewItem, reviewText } from '../../src/core';
import type { Review } from '../../src/core/model';
import { ItemReviewer, itemKeys, ReviewStore, type TextChange } from '../../src/extension/cache';
import { SEED_TEXT } from './helpers';
import { apply, feedOf, randomEdit, wireItems } from './wire-edits';
import { rng } from '../support/rng';

describe('extension cache: items moved when read', () => {
  const items = wireItems();

  it('after random edits, the review read in any order and any part equals a review from scratch', () => {
    const random = rng(23);
    for (let round = 0; round < 12; round++) {
      let text = feedOf(items, 6 + Math.floor(random() * 10), random, 0.2);
      const reviewer = new ItemReviewer(reviewItem);
      reviewer.reviewText(text);
      for (let e = 0; e < 15; e++) {
        const change = randomEdit(text, random);
        text = apply(text, change);
        assert.ok(reviewer.applyChanges([change]));
        const review = reviewer.reviewEdited();
        const expected = reviewText(text);
        assert.equal(review.items.length, expected.items.length);
        // Read a few items first, out of order (the others stay where an earlier edit left them)...
        for (let r = 0; r < 3 && expected.items.length > 0; r++) {
          const k = Math.floor(random() * expected.items.length);
          assert.deepStrictEqual(review.items[k], expected.items[k], `round ${round}, edit ${e}, item ${k}`);
        }
        // ... and sometimes all of it.
        if (random() < 0.3) assert.deepStrictEqual(review, expected, `round ${round}, edit ${e}`);
      }
      assert.deepStrictEqual(reviewer.reviewEdited(), reviewText(text));
    }
  });

  it('an older review read after a newer one gives its own text\'s offsets for the items it had not read', () => {
    const random = rng(29);
    for (let round = 0; round < 10; round++) {
      let text = feedOf(items, 8, random);
      const reviewer = new ItemReviewer(reviewItem);
      const older = reviewer.reviewText(text);
      const olderExpected = reviewText(text);
      const read = new Set<number>();
      for (let r = 0; r < 3; r++) {
        const k = Math.floor(random() * older.items.length);
        read.add(k);
        assert.deepStrictEqual(older.items[k], olderExpected.items[k]);
      }
      // An edit in the first item: every item after it moves.
      const change: TextChange = { rangeOffset: olderExpected.items[0].start + 30, rangeLength: 0, text: random() < 0.5 ? 'word ' : '\n' };
      text = apply(text, change);
      assert.ok(reviewer.applyChanges([change]));
      const newer = reviewer.reviewEdited();
      const newerExpected = reviewText(text);
      assert.deepStrictEqual(newer, newerExpected, 'the newer review, read whole');
      for (let k = 0; k < older.items.length; k++) {
        if (!read.has(k)) assert.deepStrictEqual(older.items[k], olderExpected.items[k], `round ${round}, item ${k}`);
      }
      assert.deepStrictEqual(newer, newerExpected, 'the newer review, untouched by reading the older one');
    }
  });

  it('the items behave as an array: length, indexes, iteration, search, JSON, a copy', () => {
    const text = feedOf(items, 5, rng(3));
    const reviewer = new ItemReviewer(reviewItem);
    const change = { rangeOffset: reviewer.reviewText(text).items[0].start + 40, rangeLength: 0, text: 'x' };
    reviewer.applyChanges([change]);
    const review = reviewer.reviewEdited();
    const expected = reviewText(apply(text, change));
    assert.ok(Array.isArray(review.items));
    assert.equal(review.items.length, 5);
    assert.equal(review.items[5], undefined);
    assert.deepStrictEqual([...review.items], expected.items);
    assert.deepStrictEqual(review.items.slice(1, 3), expected.items.slice(1, 3));
    assert.equal(review.items.indexOf(review.items[3]), 3);
    assert.equal(review.items.find((i) => i.start === expected.items[2].start), review.items[2]);
    assert.deepStrictEqual(Object.keys(review.items), ['0', '1', '2', '3', '4']);
    assert.equal(JSON.stringify(review), JSON.stringify(expected));
    assert.equal(review.items[2], review.items[2], 'an item read twice is the same object');
  });

  it('itemKeys: an item keeps its key while its text is unchanged, wherever it moves; its start is where it is now', () => {
    const text = feedOf(items, 6, rng(7));
    const reviewer = new ItemReviewer(reviewItem);
    const before = reviewer.reviewText(text);
    const keysBefore = itemKeys(before)!;
    assert.ok(keysBefore);
    const at = before.items[2].start + 40;
    const change = { rangeOffset: at, rangeLength: 0, text: 'new words\n' };
    assert.ok(reviewer.applyChanges([change]));
    const after = reviewer.reviewEdited();
    const keysAfter = itemKeys(after)!;
    const expected = reviewText(apply(text, change));
    assert.deepStrictEqual(keysAfter.starts, expected.items.map((i) => i.start));
    for (let k = 0; k < 6; k++) {
      if (k === 2) assert.notEqual(keysAfter.keys[k], keysBefore.keys[k], 'the edited item is a new one');
      else assert.equal(keysAfter.keys[k], keysBefore.keys[k], `item ${k} kept its key`);
    }
    assert.deepStrictEqual(after, expected);
    assert.equal(itemKeys(reviewText(text)), undefined, 'a review made elsewhere has none');
  });

  it('an edit does not touch the items after it: re-reviewing one item of many reads none of the others', () => {
    const text = feedOf(items, 200, rng(13));
    const reviewer = new ItemReviewer(reviewItem);
    const first = reviewer.reviewText(text);
    const last = first.items[199];
    const lastStart = last.start;
    const change = { rangeOffset: first.items[3].start + 30, rangeLength: 0, text: 'xy' };
    assert.ok(reviewer.applyChanges([change]));
    const review = reviewer.reviewEdited();
    assert.equal(last.start, lastStart, 'the cache\'s object for the last item has not moved yet');
    assert.equal(review.items[199].start, lastStart + 2, 'it moves when read');
    assert.equal(review.items[199], last, 'in place (no copy)');
  });
});

describe('extension cache: ReviewStore reading a large document and new options', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** A document as the extension sees one: whole reads counted, lines given a range at a time. */
  class LinesDoc {
    version = 1;
    reads = 0;
    ranges = 0;
    constructor(public text: string) {}
    getText() {
      this.reads++;
      return this.text;
    }
    lines(from: number, count: number): string | undefined {
      const lines = this.text.split(/(?<=\n)/);
      if (from >= lines.length) return undefined;
      this.ranges++;
      return lines.slice(from, from + count).join('');
    }
    edit(offset: number, length: number, text: string): TextChange[] {
      this.text = this.text.slice(0, offset) + text + this.text.slice(offset + length);
      this.version++;
      return [{ rangeOffset: offset, rangeLength: length, text }];
    }
  }

  const feed = Array.from({ length: 40 }, (_, k) => `${SEED_TEXT.trimEnd()}\n\nRef. ${k}`).join('\n\n');

  function store(reports: Review[]): ReviewStore {
    const s = new ReviewStore({}, (_k, _source, review) => reports.push(review), 5);
    s.syncLimit = 10_000;
    s.sliceMs = 1;
    s.lengthOf = (source) => (source as LinesDoc).text.length;
    return s;
  }

  it('a large document is read a range of lines at a time, never whole, and reviewed as a whole read would be', async () => {
    const reports: Review[] = [];
    const s = store(reports);
    const doc = new LinesDoc(feed);
    // The store asks for `count` lines from 0, count, 2 count, ...: answer 7 lines each time instead, so
    // the pieces cut items and quotations anywhere.
    s.readLines = (source, from, count) => (source as LinesDoc).lines((from / count) * 7, 7);
    assert.equal(s.reviewNow('doc', doc), undefined, 'not reviewed in the handler');
    const review = await s.ready('doc', doc);
    assert.ok(review);
    assert.deepStrictEqual(review, reviewText(feed));
    assert.equal(doc.reads, 0, 'the text was never read whole');
    assert.ok(doc.ranges > 10);
    assert.equal(reports.length, 1);
    s.dispose();
  });

  it('new options re-review the text held, in slices, without reading it again; edits still apply', async () => {
    const reports: Review[] = [];
    const s = store(reports);
    const doc = new LinesDoc(feed);
    s.reviewNow('doc', doc);
    await s.ready('doc', doc);
    assert.equal(doc.reads, 1);
    s.setOptions({ disclaimerPhrases: ['Ref. 3'] });
    assert.equal(s.reviewNow('doc', doc), undefined, 'a large text is re-reviewed in slices');
    const review = await s.ready('doc', doc);
    assert.deepStrictEqual(review, reviewText(feed, { disclaimerPhrases: ['Ref. 3'] }));
    assert.equal(doc.reads, 1, 'not read again');
    s.schedule('doc', doc, doc.edit(feed.length / 2, 0, 'x'));
    await wait(40);
    assert.deepStrictEqual(s.peek('doc'), reviewText(doc.text, { disclaimerPhrases: ['Ref. 3'] }));
    assert.equal(doc.reads, 1);
    s.dispose();
  });
});
