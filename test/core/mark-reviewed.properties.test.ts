// "Mark item as reviewed" never loses a word: apart from the disclaimer paragraph it replaces, the text is
// byte-identical; the item is then reviewed and a second mark does nothing; the line breaks written are
// the file's own. Also through the extension's plan (planMarkReviewed), which writes the document's EOL.
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { formatStamp, markReviewedEdit, reviewText, type Item, type TextEdit } from '../../src/core';
import { detectEol, planMarkReviewed } from '../../src/extension/mark-plan';
import { builtItem, check, HOSTILE, mutatedItem, plain, REAL_ITEMS, WIRE_ITEMS } from './arbitraries';

const DISCLAIMERS = [
  'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor',
  '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
  '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
  'This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.',
  '(The story has been published from a syndicated feed.)',
  'DISCLAIMER: THIS POST HAS BEEN AUTO-PUBLISHED FROM AN AGENCY FEED',
];

const BODY = [
  'date 2025-11-03 SEOUL, Nov. 3 (Yonhap) -- Officials said on Monday that talks would "resume soon."',
  '"We are ready," Foreign Minister Cho Hyun said.',
  'Analysts were cautious \ud83d\ude00 \u05e9\u05dc\u05d5\u05dd about the "new phase" of talks.',
];

/** How the disclaimer sits at the end of the item. */
const placement = fc.constantFrom(
  (body: string, d: string, br: string) => `${body}${br}${br}${d}`, // its own paragraph
  (body: string, d: string, br: string) => `${body}${br}${br}${d}${br}`, // ... with a final line break
  (body: string, d: string, br: string) => `${body}${br}${br}${d}${br}${br}${br}`, // ... and blank lines after
  (body: string, d: string, br: string) => `${body} ${d}`, // after article text, same line
  (body: string, d: string, br: string) => `${body}\t ${d}${br}`, // ... after blanks
  (body: string, d: string, br: string) => `${body}${br}${d}${br}`, // on the next line, same paragraph
  (body: string, d: string, br: string) => `${body}${br}${br}  ${d}  ${br}`, // indented, trailing blanks
  (body: string, d: string, br: string) => `${body}${br}${br}Disclaimer.${br}${d}${br}`, // a lead-in line
);

const unreviewedItem = fc
  .tuple(
    fc.subarray(BODY, { minLength: 1 }),
    fc.constantFrom(...DISCLAIMERS),
    fc.constantFrom('\n', '\r\n', '\r'),
    placement,
    fc.array(fc.constantFrom(...HOSTILE.filter((h) => !/[\r\n]/.test(h))), { maxLength: 3 }),
  )
  .map(([paras, d, br, place, noise]) => place(paras.join(br + br) + noise.join(''), d, br));

/** A feed: items written above, real items and mutated real items, in any order. */
const feed = fc
  .array(fc.oneof(unreviewedItem, fc.constantFrom(...REAL_ITEMS), mutatedItem, builtItem), { minLength: 1, maxLength: 4 })
  .map((items) => items.map((t) => (/[\r\n]$/.test(t) ? t : t + '\n')).join(''));

const reviewer = fc.oneof(
  fc.constantFrom('Jane Doe', 'Kim Min-ji', 'Zo\u00eb \u00d8stergaard', '\u674e\u660e', 'O\u2019Brien, Desk', '\ud83d\ude00 Editor', '  spaced  '),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
  fc.string({ minLength: 150, maxLength: 300 }),
);
const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

function breaksOf(s: string): string[] {
  return s.match(/\r\n|\r|\n/g) ?? [];
}

/** Checks one mark on one item and returns the new text. */
function checkMark(text: string, item: Item, name: string, day: string): string | undefined {
  const edit = markReviewedEdit(text, item, name, day);
  if (!item.disclaimer) {
    assert.equal(edit, undefined, 'no disclaimer, no edit');
    return undefined;
  }
  assert.ok(edit, 'an item with a disclaimer gets an edit');
  const p = item.disclaimer.paragraph;
  // Only the disclaimer paragraph (and the blanks before it on its line) is replaced.
  assert.ok(edit.start <= p.start && edit.start >= item.start && edit.end >= p.end && edit.end <= item.end);
  assert.match(text.slice(edit.start, p.start), /^[ \t]*$/, 'nothing but blanks before the disclaimer is replaced');
  assert.match(text.slice(p.end, edit.end), /^[ \t]*$/, 'nothing but blanks after the disclaimer is replaced');
  const after = apply(text, edit);
  assert.equal(after.slice(0, edit.start), text.slice(0, edit.start), 'byte-identical before the disclaimer');
  assert.equal(after.slice(edit.start + edit.newText.length), text.slice(edit.end), 'byte-identical after the disclaimer');
  // The stamp is written with the item's own line breaks.
  const itemBreaks = new Set(breaksOf(text.slice(item.start, item.end)));
  for (const br of breaksOf(edit.newText)) {
    assert.ok(itemBreaks.size === 0 ? br === '\n' : itemBreaks.has(br), `writes ${JSON.stringify(br)} into an item with ${JSON.stringify([...itemBreaks])}`);
  }
  return after;
}

describe('engine properties: mark item as reviewed', function () {
  this.timeout(60000);

  it('changes only the disclaimer paragraph, leaves the item reviewed, and a second mark does nothing', () => {
    check(
      'mark reviewed',
      fc.property(feed, reviewer, date, fc.nat(), (text, name, day, pick) => {
        const before = reviewText(text);
        fc.pre(before.items.length > 0);
        const k = pick % before.items.length;
        const item = before.items[k];
        const after = checkMark(text, item, name, day);
        if (after === undefined) return;
        const review = reviewText(after);
        assert.equal(review.items.length, before.items.length, 'the stamp neither adds nor removes an item');
        const marked = review.items[k];
        assert.equal(marked.start, item.start);
        // The other items are untouched (the ones after it moved by the size of the edit).
        const delta = after.length - text.length;
        for (let j = 0; j < before.items.length; j++) {
          if (j === k) continue;
          assert.equal(after.slice(review.items[j].start, review.items[j].end), text.slice(before.items[j].start, before.items[j].end));
          assert.equal(review.items[j].start, before.items[j].start + (j > k ? delta : 0));
        }
        if (marked.disclaimer) {
          // A second, earlier disclaimer is left for the editor to see (the mark replaces one paragraph).
          assert.ok(marked.disclaimer.end <= item.disclaimer!.paragraph.start, 'a disclaimer is left where the stamp was');
          return;
        }
        assert.equal(marked.reviewed, true, `the item is reviewed after the mark:\n${JSON.stringify(after.slice(marked.start, marked.end).slice(-300))}`);
        assert.ok(marked.stamp);
        // The new stamp is the item's stamp, unless the item already had one further down (the last wins).
        // (A stamp line may also sit right under the disclaimer, read as a stamp only once the mark splits them.)
        const laterStamp = /^[ \t]*Reviewed-by:/im.test(text.slice(item.disclaimer!.paragraph.end, item.end));
        if (!laterStamp) assert.equal(marked.stamp.date, day);
        // The stamp brings no finding of its own.
        const edit = markReviewedEdit(text, item, name, day)!;
        const stampAt = edit.start + edit.newText.indexOf('Reviewed-by:');
        for (const f of marked.findings) assert.ok(f.end <= stampAt || f.start >= stampAt + formatStamp(name, day).length, `${f.rule} on the stamp`);
        // Idempotent: marking again changes nothing.
        assert.equal(markReviewedEdit(after, marked, name, day), undefined);
        // The quotations before the disclaimer are the same quotations, at the same offsets.
        const cut = edit.start;
        const quotesBefore = (i: Item) => i.quotes.filter((q) => q.closed && q.end <= cut).map((q) => [q.start, q.end, q.text]);
        assert.deepEqual(quotesBefore(marked), quotesBefore(item));
      }),
      300,
    );
  });

  it('on a written item, every finding but the disclaimer\'s is kept, at the same place', () => {
    check(
      'mark reviewed keeps findings',
      fc.property(unreviewedItem, reviewer, date, (text, name, day) => {
        const item = reviewText(text).items[0];
        fc.pre(item?.disclaimer !== undefined);
        const edit = markReviewedEdit(text, item, name, day)!;
        const after = apply(text, edit);
        const marked = reviewText(after).items[0];
        const delta = after.length - text.length;
        const shift = (o: number) => (o >= edit.end ? o + delta : o);
        // (An unclosed quotation's underline may end earlier: its paragraph now ends before the stamp.)
        const kept = item.findings
          .filter((f) => f.rule !== 'unreviewed-item' && (f.end <= edit.start || f.start >= edit.end))
          .map((f) => [f.rule, shift(f.start), f.rule === 'unclosed-quote' ? 0 : shift(f.end)]);
        assert.deepEqual(marked.findings.map((f) => [f.rule, f.start, f.rule === 'unclosed-quote' ? 0 : f.end]), kept);
        assert.equal(marked.reviewed, true);
      }),
      200,
    );
  });

  it('through the extension: the stamp uses the document line ending, so CRLF files stay CRLF only', () => {
    check(
      'mark reviewed plan EOL',
      fc.property(unreviewedItem, fc.constantFrom('\n', '\r\n') as fc.Arbitrary<'\n' | '\r\n'>, reviewer, date, (lfItem, eol, name, day) => {
        const text = lfItem.replace(/\r\n|\r|\n/g, eol);
        const item = reviewText(text).items[0];
        fc.pre(item !== undefined && item.disclaimer !== undefined);
        const plan = planMarkReviewed(text, item, name, day, detectEol(text));
        if ('refusal' in plan) {
          assert.match(plan.refusal, /wireDesk\.reviewer/, 'the only refusal for an item with a disclaimer is a missing name');
          return;
        }
        const after = apply(text, plan.edit);
        const kinds = new Set(breaksOf(text).length > 0 ? breaksOf(text) : [detectEol(text)]);
        assert.deepEqual(new Set(breaksOf(after)), kinds, 'no other line ending is written');
        assert.equal(reviewText(after).items[0].reviewed, true);
      }),
      200,
    );
  });

  it('the real items: marking twice is marking once', () => {
    for (const real of [...REAL_ITEMS, ...WIRE_ITEMS.map((t) => t.replace(/\n/g, '\r\n'))]) {
      const item = reviewText(real).items[0];
      const once = checkMark(real, item, 'Jane Doe', '2025-11-02');
      if (once === undefined) continue;
      const again = reviewText(once).items[0];
      assert.equal(markReviewedEdit(once, again, 'Jane Doe', '2025-11-02'), undefined);
      assert.deepEqual(plain(again.quotes.map((q) => q.text)), plain(item.quotes.map((q) => q.text)).filter((t) => once.includes(t)));
    }
  });
});
