// Shaping the outline: speakers with their quotations, an "Unattributed" group, items at the top level
// when a file holds several.
import { strict as assert } from 'node:assert';
import { reviewText } from '../../src/core';
import type { Review } from '../../src/core/model';
import { quoteLabel } from '../../src/extension/locate';
import { buildOutline, itemName, type OutlineNode } from '../../src/extension/outline-tree';
import { fakeAttribution, fakeItem, fakeQuote, REVIEWED_ITEM, SEED_TEXT } from './helpers';

/** Every node's selection lies in its range, and every child's range lies in its parent's. */
function assertNested(nodes: OutlineNode[], parent?: OutlineNode) {
  for (const n of nodes) {
    assert.ok(n.name.trim().length > 0, 'names are never empty');
    assert.ok(n.range.start <= n.selection.start && n.selection.end <= n.range.end, `${n.name}: selection inside range`);
    if (parent) assert.ok(parent.range.start <= n.range.start && n.range.end <= parent.range.end, `${n.name} inside ${parent.name}`);
    assertNested(n.children, n);
  }
}

describe('extension outline: the sample', () => {
  let outline: OutlineNode[];
  before(() => {
    outline = buildOutline(reviewText(SEED_TEXT));
  });

  it('one item: its speakers at the top level, in order of appearance, no Unattributed group', () => {
    assert.deepEqual(
      outline.map((n) => [n.name, n.kind]),
      [
        ['Lee Jae Myung', 'person'],
        ['Xi Jinping', 'person'],
      ],
    );
    assert.equal(outline[0].detail, 'South Korean President');
    assertNested(outline);
  });

  it('quotations are children, labelled by their first words, detailed by kind, selecting the quotation', () => {
    const lee = outline[0].children;
    assert.deepEqual(
      lee.map((q) => [q.name, q.detail]),
      [
        ['“tangible results”', 'partial'],
        ['“I hope that the Republic of…”', 'direct'],
        ['“It can never be overstated how…”', 'direct'],
        ['“vertical structure”', 'partial'],
        ['“horizontal one,”', 'partial'],
        ['“mutually beneficial”', 'partial'],
      ],
    );
    for (const q of [...lee, ...outline[1].children]) {
      assert.equal(q.kind, 'quote');
      assert.deepEqual(q.selection, q.range);
      assert.match(SEED_TEXT.slice(q.selection.start, q.selection.end), /^".*"$/s);
    }
    assert.deepEqual(
      outline[1].children.map((q) => q.detail),
      ['direct', 'partial', 'direct'],
    );
  });

  it("a speaker's selection is a mention of that speaker", () => {
    const lee = outline[0];
    assert.match(SEED_TEXT.slice(lee.selection.start, lee.selection.end), /Lee/);
  });
});

describe('extension outline: several items and unattributed quotations', () => {
  it('with several items, items are the top level, named by date and dateline', () => {
    const text = SEED_TEXT + '\n\n' + REVIEWED_ITEM;
    const outline = buildOutline(reviewText(text));
    assert.equal(outline.length, 2);
    assert.deepEqual(outline.map((n) => n.kind), ['item', 'item']);
    assert.equal(outline[0].name, '2025-11-01 · Gyeongju, Nov 1');
    assert.match(outline[0].detail, /^unreviewed · 9 quotes, 2 speakers$/);
    assert.match(outline[1].name, /^2025-11-03 · SEOUL, Nov\. 3/);
    assert.match(outline[1].detail, /^reviewed · /);
    assert.deepEqual(outline[0].children.map((n) => n.name), ['Lee Jae Myung', 'Xi Jinping']);
    assert.equal(text.slice(outline[1].selection.start, outline[1].selection.end), 'date 2025-11-03');
    assertNested(outline);
  });

  it('an Unattributed group collects quotations with no speaker, after the speakers', () => {
    const text = 'date 2025-11-03 "We expect growth," Choi said. Analysts were cautious. "Nothing is certain." And "maybe".';
    const choi = fakeAttribution(text, 'Choi Sang-mok', 'Choi');
    const quotes = [fakeQuote(text, '"We expect growth,"', choi), fakeQuote(text, '"Nothing is certain."', null), fakeQuote(text, '"maybe"', null, 'scare')];
    const item = fakeItem(text, quotes, [{ name: 'Choi Sang-mok', title: 'Finance Minister', organisation: false, quotes: [0], mentions: [choi.mention] }]);
    const outline = buildOutline({ items: [item] } satisfies Review);
    assert.deepEqual(outline.map((n) => n.name), ['Choi Sang-mok', 'Unattributed']);
    assert.equal(outline[1].detail, '2 quotations');
    assert.deepEqual(outline[1].children.map((c) => [c.name, c.detail]), [['“Nothing is certain.”', 'direct'], ['“maybe”', 'scare']]);
    assertNested(outline);
  });

  it('an unclosed quotation says so, and speakers without quotations are left out', () => {
    const text = 'date 2025-11-03 Lee spoke. "It never ends';
    const quote = { ...fakeQuote(text, '"It never ends', null), closed: false };
    quote.inner = { start: quote.start + 1, end: quote.end };
    const item = fakeItem(text, [quote], [{ name: 'Lee', organisation: false, quotes: [], mentions: [] }]);
    const outline = buildOutline({ items: [item] });
    assert.deepEqual(outline.map((n) => n.name), ['Unattributed']);
    assert.deepEqual([outline[0].children[0].name, outline[0].children[0].detail], ['“It never ends', 'direct, unclosed']);
  });

  it('an item with neither date nor dateline is "Undated item"; no items, no outline', () => {
    assert.equal(itemName(fakeItem('x', [], [])), 'Undated item');
    assert.deepEqual(buildOutline({ items: [] }), []);
  });
});

describe('extension outline: quote labels', () => {
  const label = (quoted: string, closed = true) => {
    const q = fakeQuote(quoted, quoted, null);
    return quoteLabel({ ...q, closed, inner: { start: 1, end: closed ? quoted.length - 1 : quoted.length } });
  };
  it('keeps short quotations whole and cuts long ones after six words', () => {
    assert.equal(label('"tangible results"'), '“tangible results”');
    assert.equal(label('"one two three four five six seven eight"'), '“one two three four five six…”');
    assert.equal(label('"one two three four five six"'), '“one two three four five six”');
  });
  it('folds line breaks and drops trailing punctuation before the ellipsis', () => {
    assert.equal(label('"a\n\nb,  c, d, e, f, g"'), '“a b, c, d, e, f…”');
  });
  it('caps very long words', () => {
    assert.equal(label(`"${'x'.repeat(100)}"`).length, 48 + 3);
  });
});
