// The extension's adapters on hostile text (property tests over mutated real items and wire-word soup):
// the outline is always a tree VS Code accepts (a DocumentSymbol needs a non-empty name and a selection
// inside its range, children inside their parent), hovers and the status bar never throw, and no label
// cuts a character in half.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { lineIndex, reviewText, type Review } from '../../src/core';
import { mentionAt } from '../../src/extension/locate';
import { quoteHoverMarkdown, mentionHoverMarkdown } from '../../src/extension/hover-text';
import { buildOutline, type OutlineNode } from '../../src/extension/outline-tree';
import { statusView } from '../../src/extension/status-text';
import { check, feedText, mutatedItem, soupText, splitsPair, wellFormed } from '../core/arbitraries';

function assertNode(text: string, node: OutlineNode, parent: { start: number; end: number }, path: string): void {
  const where = `${path}/${JSON.stringify(node.name)}`;
  assert.ok(node.name.length > 0, `${where}: empty name (VS Code rejects it)`);
  assert.ok(node.range.start <= node.range.end && node.range.start >= 0 && node.range.end <= text.length, `${where}: range`);
  assert.ok(node.selection.start >= node.range.start && node.selection.end <= node.range.end, `${where}: selection outside its range`);
  assert.ok(node.range.start >= parent.start && node.range.end <= parent.end, `${where}: outside its parent`);
  for (const o of [node.range.start, node.range.end, node.selection.start, node.selection.end]) assert.ok(!splitsPair(text, o), `${where}: ${o} splits a pair`);
  if (wellFormed(text)) assert.ok(wellFormed(node.name) && wellFormed(node.detail), `${where}: label splits a character`);
  for (const child of node.children) assertNode(text, child, node.range, where);
}

function assertAdapters(text: string, review: Review): void {
  const whole = { start: 0, end: text.length };
  for (const node of buildOutline(review)) assertNode(text, node, whole, '');
  const lines = lineIndex(text);
  for (const item of review.items) {
    for (const quote of item.quotes) {
      const md = quoteHoverMarkdown(item, quote);
      assert.ok(md.length > 0);
      if (wellFormed(text)) assert.ok(wellFormed(md), `hover splits a character: ${JSON.stringify(md)}`);
    }
    for (const speaker of item.speakers) {
      for (const m of speaker.mentions) {
        const hit = mentionAt(item, m.start);
        if (hit) assert.ok(mentionHoverMarkdown(item, hit, (o) => lines.positionAt(o).line).length > 0);
      }
    }
  }
  for (const offset of [0, text.length >> 1, text.length]) {
    const view = statusView(review, offset);
    if (view) assert.ok(view.text.length > 0 && (!wellFormed(text) || wellFormed(view.tooltip)));
  }
}

describe('extension adapters on hostile text', function () {
  this.timeout(60000);

  it('outline, hovers and status bar: valid for VS Code on any feed', () => {
    check(
      'outline, hover, status',
      fc.property(fc.oneof(mutatedItem, soupText, feedText), fc.boolean(), (text, whole) => {
        assertAdapters(text, reviewText(text, { wholeTextIsItem: whole }));
      }),
      300,
    );
  });
});
