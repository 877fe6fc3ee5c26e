// The outline of a feed keeps each item's symbol (issue 5): after any edit it equals the outline a provider
// that never saw the document builds, and the symbols of items an edit did not move are the same objects.
// Run against the bench's stand-in for the `vscode` module (bench/fake-vscode.ts).
import { strict as assert } from 'node:assert';
import { createFakeVscode, FakeDocument, installFakeVscode, Uri } from '../../bench/fake-vscode';
import { reviewItem } from '../../src/core';
import type { Review } from '../../src/core/model';
import { ItemReviewer } from '../../src/extension/cache';
import type * as OutlineModule from '../../src/extension/outline';
import { apply, feedOf, randomEdit, wireItems } from './wire-edits';
import { rng } from '../support/rng';

interface Symbol {
  name: string;
  detail: string;
  kind: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  selectionRange: Symbol['range'];
  children: Symbol[];
}

/** A symbol tree as plain data. */
function plain(s: Symbol): unknown {
  const r = (x: Symbol['range']) => [x.start.line, x.start.character, x.end.line, x.end.character];
  return [s.name, s.detail, s.kind, r(s.range), r(s.selectionRange), s.children.map(plain)];
}

describe('extension outline: each item\'s symbol kept and moved with it', () => {
  const fake = createFakeVscode();
  let restore: () => void;
  let Provider: typeof OutlineModule.WireOutlineProvider;
  before(() => {
    restore = installFakeVscode(fake.vscode);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ({ WireOutlineProvider: Provider } = require('../../src/extension/outline') as typeof OutlineModule);
  });
  after(() => restore());

  const items = wireItems();

  it('after random edits, the outline equals one built from scratch; unmoved items keep their symbols', async () => {
    const random = rng(37);
    for (let round = 0; round < 6; round++) {
      let text = feedOf(items, 5 + Math.floor(random() * 8), random);
      const document = new FakeDocument(Uri.file(`/outline-${round}.txt`), 'wirefeed', text);
      const reviewer = new ItemReviewer(reviewItem);
      let review: Review = reviewer.reviewText(text);
      const provider = new Provider(() => review);
      let before = (await provider.provideDocumentSymbols(document as never)) as unknown as Symbol[];
      for (let e = 0; e < 10; e++) {
        // Sometimes an edit within a line of the first item: nothing after it moves.
        const change = random() < 0.3 && review.items.length > 1
          ? { rangeOffset: review.items[0].start + 30, rangeLength: 0, text: 'word ' }
          : randomEdit(text, random);
        text = apply(text, change);
        document.edit(change.rangeOffset, change.rangeLength, change.text);
        assert.ok(reviewer.applyChanges([change]));
        review = reviewer.reviewEdited();
        const now = (await provider.provideDocumentSymbols(document as never)) as unknown as Symbol[];
        const fresh = (await new Provider(() => review).provideDocumentSymbols(document as never)) as unknown as Symbol[];
        assert.deepStrictEqual(now.map(plain), fresh.map(plain), `round ${round}, edit ${e}`);
        if (change.text === 'word ' && now.length === before.length && now.length > 1) {
          for (let k = 1; k < now.length; k++) assert.equal(now[k], before[k], `item ${k}: the same symbol`);
        }
        before = now;
      }
    }
  });
});
