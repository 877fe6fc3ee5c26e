// The per-document review cache: item by item, re-reviewing only items whose text changed, shifting
// offsets, debouncing edits and abandoning stale work.
import { strict as assert } from 'node:assert';
import { reviewItem, reviewText } from '../../src/core';
import type { Item, ReviewOptions } from '../../src/core/model';
import { ItemReviewer, ReviewStore } from '../../src/extension/cache';
import { shiftOffsets } from './wire-edits';
import { REVIEWED_ITEM, SEED_TEXT } from './helpers';

/** A fake engine: the item is one quote per `"..."`, plus a finding on the header; counts its calls. */
function fakeEngine() {
  const calls: string[] = [];
  const review = (itemText: string): Item => {
    calls.push(itemText);
    const quotes = [...itemText.matchAll(/"[^"]*"/g)].map((m) => ({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      inner: { start: m.index! + 1, end: m.index! + m[0].length - 1 },
      kind: 'direct' as const,
      closed: true,
      paragraphs: 1,
      speaker: null,
    }));
    return {
      start: 0,
      end: itemText.length,
      header: { start: 0, end: 15 },
      date: itemText.slice(5, 15),
      paragraphs: [{ start: 0, end: itemText.length, sentences: [{ start: 0, end: itemText.length }] }],
      reviewed: false,
      quotes,
      speakers: quotes.length ? [{ name: 'Someone', organisation: false, quotes: quotes.map((_, k) => k), mentions: [] }] : [],
      findings: [{ rule: 'unreviewed-item', severity: 'warning', message: 'm', start: 0, end: 4 }],
    };
  };
  return { calls, review };
}

const A = 'date 2025-01-01 First "alpha" item.\n\n';
const B = 'date 2025-01-02 Second "beta" item.\n\n';
const C = 'date 2025-01-03 Third "gamma" item.\n';

describe('extension cache: shiftOffsets, the definition moveItem and shiftItem are tested against', () => {
  it('moves every {start, end} pair, nested ones included, and leaves other numbers alone', () => {
    const item = fakeEngine().review('date 2025-01-01 "q"');
    const moved = shiftOffsets(item, 100);
    assert.equal(moved.start, 100);
    assert.deepEqual(moved.header, { start: 100, end: 115 });
    assert.deepEqual(moved.paragraphs[0].sentences[0], { start: 100, end: 100 + item.end });
    assert.equal(moved.quotes[0].start, item.quotes[0].start + 100);
    assert.deepEqual(moved.quotes[0].inner, { start: item.quotes[0].inner.start + 100, end: item.quotes[0].inner.end + 100 });
    assert.deepEqual(moved.speakers[0].quotes, [0], 'quote indexes are not offsets');
    assert.equal(moved.findings[0].start, 100);
    assert.equal(item.start, 0, 'the original is not touched');
  });

  it('moves mentions, cues and the disclaimer paragraph but not dateline month and day', () => {
    const item = {
      dateline: { start: 16, end: 30, text: 'Gyeongju, Nov 1', place: 'Gyeongju', month: 11, day: 1 },
      disclaimer: { start: 50, end: 60, text: 'x', kind: 'syndicated', paragraph: { start: 48, end: 61 }, cues: [] },
      speaker: { mention: { start: 5, end: 8, text: 'Lee' }, cue: { start: 9, end: 16, text: 'he said' } },
    };
    const moved = shiftOffsets(item, 10);
    assert.deepEqual(moved.dateline, { start: 26, end: 40, text: 'Gyeongju, Nov 1', place: 'Gyeongju', month: 11, day: 1 });
    assert.deepEqual(moved.disclaimer.paragraph, { start: 58, end: 71 });
    assert.deepEqual(moved.speaker.mention, { start: 15, end: 18, text: 'Lee' });
    assert.deepEqual(moved.speaker.cue, { start: 19, end: 26, text: 'he said' });
  });
});

describe('extension cache: ItemReviewer', () => {
  it('reviews each item once, then only the item whose text changed', () => {
    const engine = fakeEngine();
    const reviewer = new ItemReviewer(engine.review);
    const first = reviewer.reviewText(A + B + C);
    assert.equal(first.items.length, 3);
    assert.equal(engine.calls.length, 3);

    // Edit inside the second item: only it is reviewed again; the third moves but is not re-reviewed.
    const edited = A + B.replace('beta', 'beta and delta') + C;
    const second = reviewer.reviewText(edited);
    assert.equal(engine.calls.length, 4);
    assert.equal(engine.calls[3], B.replace('beta', 'beta and delta'));
    assert.equal(second.items[0], first.items[0], 'an unmoved, unchanged item is the same object');
    const third = second.items[2];
    assert.equal(third.start, edited.indexOf('date 2025-01-03'));
    assert.equal(edited.slice(third.quotes[0].start, third.quotes[0].end), '"gamma"');
    assert.equal(edited.slice(third.header!.start, third.header!.end), 'date 2025-01-03');
  });

  it('items moved by an edit above them keep correct offsets; identical items share one review', () => {
    const engine = fakeEngine();
    const reviewer = new ItemReviewer(engine.review);
    reviewer.reviewText(A + B);
    const text = '\n\n' + A + B + B;
    const review = reviewer.reviewText(text);
    assert.equal(engine.calls.length, 2, 'nothing new to review');
    const starts = review.items.map((i) => i.start);
    assert.deepEqual(starts, [2, 2 + A.length, 2 + A.length + B.length]);
    for (const item of review.items) {
      const q = item.quotes[0];
      assert.match(text.slice(q.start, q.end), /^"(alpha|beta)"$/);
    }
  });

  it('forgets items no longer in the text, and everything on clear()', () => {
    const engine = fakeEngine();
    const reviewer = new ItemReviewer(engine.review);
    reviewer.reviewText(A + B + C);
    assert.equal(reviewer.size, 3);
    reviewer.reviewText(A);
    assert.equal(reviewer.size, 1);
    reviewer.clear();
    reviewer.reviewText(A);
    assert.equal(engine.calls.length, 4);
  });

  it('a text with no header is one item only when wholeTextIsItem is set', () => {
    const engine = fakeEngine();
    const reviewer = new ItemReviewer(engine.review);
    assert.equal(reviewer.reviewText('No header "here".').items.length, 0);
    assert.equal(reviewer.reviewText('No header "here".', { wholeTextIsItem: true }).items.length, 1);
  });

  it('reviewTextAsync gives the same review, and gives up when told the text is stale', async () => {
    const engine = fakeEngine();
    const reviewer = new ItemReviewer(engine.review);
    const sync = new ItemReviewer(fakeEngine().review).reviewText(A + B + C);
    assert.deepEqual(await reviewer.reviewTextAsync(A + B + C, {}, () => false), sync);
    let checks = 0;
    const abandoned = await new ItemReviewer(engine.review).reviewTextAsync(A + B + C, {}, () => ++checks > 1, 0);
    assert.equal(abandoned, undefined);
  });

  it('matches the engine: item-by-item review with shifted offsets equals reviewText on the sample', () => {
    const options: ReviewOptions = { wholeTextIsItem: true };
    assert.deepEqual(new ItemReviewer(reviewItem).reviewText(SEED_TEXT, options), reviewText(SEED_TEXT, options));
  });

  it('matches the engine on a file of two items, and after an edit in the first', () => {
    const reviewer = new ItemReviewer(reviewItem);
    const text = SEED_TEXT + '\n\n' + REVIEWED_ITEM;
    assert.deepEqual(reviewer.reviewText(text), reviewText(text));
    const edited = text.replace('Lee noted that', 'Lee noted, with some care, that');
    assert.deepEqual(reviewer.reviewText(edited), reviewText(edited));
  });
});

describe('extension cache: ReviewStore', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  class Doc {
    version = 1;
    constructor(public text: string) {}
    getText() {
      return this.text;
    }
    edit(text: string) {
      this.text = text;
      this.version++;
    }
  }

  it('debounces: a burst of edits is reviewed and reported once, for the last text', async () => {
    const engine = fakeEngine();
    const reported: string[] = [];
    const store = new ReviewStore({}, (_key, source) => reported.push(source.getText()), 20, engine.review);
    const doc = new Doc(A);
    for (const text of [A + B, A + B + C, A + C]) {
      doc.edit(text);
      store.schedule('doc', doc);
      await wait(2);
    }
    await wait(60);
    assert.deepEqual(reported, [A + C]);
    store.dispose();
  });

  it('get() answers at once for the current version and reuses it until the next edit', () => {
    const engine = fakeEngine();
    const store = new ReviewStore({}, () => undefined, 20, engine.review);
    const doc = new Doc(A + B);
    const one = store.get('doc', doc);
    assert.equal(store.get('doc', doc), one);
    doc.edit(A + B + C);
    assert.equal(store.peek('doc'), one, 'peek gives the last review without reviewing');
    assert.equal(store.get('doc', doc).items.length, 3);
    assert.equal(engine.calls.length, 3);
    store.dispose();
  });

  it('a pending review is dropped when the document closes, and new options re-review everything', async () => {
    const engine = fakeEngine();
    let reports = 0;
    const store = new ReviewStore({}, () => reports++, 10, engine.review);
    const doc = new Doc(A);
    store.schedule('doc', doc);
    store.forget('doc');
    await wait(30);
    assert.equal(reports, 0);
    assert.equal(store.has('doc'), false);

    store.reviewNow('doc', doc);
    assert.equal(reports, 1);
    assert.deepEqual(store.setOptions({ disclaimerPhrases: ['unedited copy'] }), ['doc']);
    store.reviewNow('doc', doc);
    assert.equal(engine.calls.length, 2, 'the same text was reviewed again under the new options');
    store.dispose();
  });

  it('options that leave a document\'s options as they were keep its review; per-document options count', () => {
    const engine = fakeEngine();
    const store = new ReviewStore({ disclaimerPhrases: ['unedited copy'] }, () => undefined, 10, engine.review);
    const perDocument = new Map<string, { disclaimerPhrases: string[] }>();
    store.optionsFor = (key) => perDocument.get(key);
    const a = new Doc(A);
    const b = new Doc(B);
    const reviewA = store.get('a', a);
    store.get('b', b);
    assert.equal(engine.calls.length, 2);
    // The same options again (a configuration search that found nothing, another setting changed).
    assert.deepEqual(store.setOptions({ disclaimerPhrases: ['unedited copy'] }), []);
    assert.equal(store.get('a', a), reviewA, 'the same review');
    assert.equal(engine.calls.length, 2, 'nothing reviewed again');
    // A configuration now applies to b only: b is reviewed again, a is not.
    perDocument.set('b', { disclaimerPhrases: ['wire copy'] });
    assert.deepEqual(store.setOptions({ disclaimerPhrases: ['unedited copy'] }), ['b']);
    assert.equal(store.get('a', a), reviewA);
    store.get('b', b);
    assert.equal(engine.calls.length, 3);
    // New options for every document without a configuration of its own: a only.
    assert.deepEqual(store.setOptions({ disclaimerPhrases: ['as received'] }), ['a']);
    store.dispose();
  });

  it('a review overtaken by a newer edit is not reported', async () => {
    // A slow engine: each item takes ~5 ms, so the review yields between items and sees the new edit.
    const engine = fakeEngine();
    const slow = (t: string) => {
      const until = Date.now() + 5;
      while (Date.now() < until);
      return engine.review(t);
    };
    const reported: number[] = [];
    const store = new ReviewStore({}, (_k, source) => reported.push(source.version), 1, slow);
    const many = Array.from({ length: 12 }, (_, k) => `date 2025-02-${String(k + 1).padStart(2, '0')} "q${k}"\n`).join('');
    const doc = new Doc(many);
    store.schedule('doc', doc);
    await wait(15); // the first review is under way
    doc.edit(many + 'date 2025-03-01 "late"\n');
    store.schedule('doc', doc);
    await wait(200);
    assert.deepEqual(reported, [2]);
    store.dispose();
  });
});
