// Diagnostics kept per item (issue 5): after any edit, what the collection holds equals converting a review
// of the new text from scratch; the items an edit did not touch keep their Diagnostic objects when no line
// moved. Run against the bench's stand-in for the `vscode` module (bench/fake-vscode.ts).
import { strict as assert } from 'node:assert';
import { createFakeVscode, FakeDocument, installFakeVscode, Uri } from '../../bench/fake-vscode';
import { reviewItem, reviewText } from '../../src/core';
import type { Review } from '../../src/core/model';
import { ItemReviewer } from '../../src/extension/cache';
import type * as DiagnosticsModule from '../../src/extension/diagnostics';
import { apply, feedOf, randomEdit, wireItems } from './wire-edits';
import { rng } from '../support/rng';

interface Shown {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity: number;
  source?: string;
  code?: unknown;
}

/** A diagnostic as plain data: where, what, how bad, and the rule it names. */
function plain(d: Shown): unknown[] {
  const code = typeof d.code === 'object' && d.code !== null ? (d.code as { value: string }).value : d.code;
  return [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message, d.severity, d.source, code];
}

/** The findings of a review of the document's text from scratch, placed with the document's positionAt. */
function fromScratch(document: FakeDocument, review: Review): unknown[][] {
  const out: unknown[][] = [];
  for (const item of review.items) {
    for (const f of item.findings) {
      const start = document.positionAt(f.start);
      const end = document.positionAt(f.end);
      out.push([start.line, start.character, end.line, end.character, f.message, { error: 0, warning: 1, information: 2, hint: 3 }[f.severity], 'Wire Desk', f.rule]);
    }
  }
  return out;
}

describe('extension diagnostics: made once per item, moved with it', () => {
  const fake = createFakeVscode();
  let restore: () => void;
  let WireDiagnostics: typeof DiagnosticsModule.WireDiagnostics;
  before(() => {
    restore = installFakeVscode(fake.vscode);
    // Loaded once `vscode` is the stand-in.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ({ WireDiagnostics } = require('../../src/extension/diagnostics') as typeof DiagnosticsModule);
  });
  after(() => restore());

  const items = wireItems();
  /**
   * Updates the document's diagnostics and waits until they are set: a first conversion runs 10 ms at a time,
   * so on a busy machine even a small feed's may take a second turn.
   */
  const update = async (diagnostics: DiagnosticsModule.WireDiagnostics, collection: (typeof fake.collections)[number], document: FakeDocument, review: Review) => {
    const sets = collection.sets.length;
    diagnostics.update(document as never, review);
    for (let k = 0; k < 100 && collection.sets.length === sets; k++) await new Promise((resolve) => setTimeout(resolve, 0));
    assert.ok(collection.sets.length > sets, 'the diagnostics were set');
  };

  it('after random edits, the diagnostics equal a conversion of a review from scratch', async () => {
    const random = rng(31);
    const diagnostics = new WireDiagnostics(Uri.file('/ext') as never);
    const collection = fake.collections[fake.collections.length - 1];
    for (let round = 0; round < 8; round++) {
      let text = feedOf(items, 6 + Math.floor(random() * 8), random);
      const document = new FakeDocument(Uri.file(`/feed-${round}.txt`), 'wirefeed', text);
      const key = document.uri.toString();
      const reviewer = new ItemReviewer(reviewItem);
      await update(diagnostics, collection, document, reviewer.reviewText(text));
      for (let e = 0; e < 12; e++) {
        const change = randomEdit(text, random);
        text = apply(text, change);
        document.edit(change.rangeOffset, change.rangeLength, change.text);
        assert.ok(reviewer.applyChanges([change]));
        await update(diagnostics, collection, document, reviewer.reviewEdited());
        assert.deepStrictEqual(collection.current.get(key)!.map(plain), fromScratch(document, reviewText(text)), `round ${round}, edit ${e}`);
      }
    }
    diagnostics.dispose();
  });

  it('an edit that adds no line leaves the other items\' diagnostics as they were (the same objects)', async () => {
    const diagnostics = new WireDiagnostics(Uri.file('/ext') as never);
    const collection = fake.collections[fake.collections.length - 1];
    const text = items.slice(0, 8).map((t, k) => `${t}\n\nRef. ${k}.`).join('\n\n');
    const document = new FakeDocument(Uri.file('/same.txt'), 'wirefeed', text);
    const reviewer = new ItemReviewer(reviewItem);
    const first = reviewer.reviewText(text);
    await update(diagnostics, collection, document, first);
    const before = collection.current.get(document.uri.toString())!;
    const inFirst = first.items[0].findings.length;
    assert.ok(before.length > inFirst + 3, 'findings in the items after the first');
    const change = { rangeOffset: first.items[0].start + 40, rangeLength: 0, text: 'more words ' };
    document.edit(change.rangeOffset, 0, change.text);
    reviewer.applyChanges([change]);
    await update(diagnostics, collection, document, reviewer.reviewEdited());
    const after = collection.current.get(document.uri.toString())!;
    assert.deepStrictEqual(after.map(plain), fromScratch(document, reviewText(apply(text, change))));
    const firstNow = reviewer.reviewEdited().items[0].findings.length;
    assert.deepStrictEqual(after.slice(firstNow), before.slice(inFirst), 'the same Diagnostic objects');
    for (let k = firstNow; k < after.length; k++) assert.equal(after[k], before[k - firstNow + inFirst]);
    diagnostics.dispose();
  });
});
