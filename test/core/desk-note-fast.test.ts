// desk-note reads only the paragraphs that hold a bracket before a colon, and starts its expression at the
// first bracket (issue 5): it finds exactly what the expression over every paragraph with a colon finds.
import { strict as assert } from 'node:assert';
import { reviewText } from '../../src/core';
import type { Item } from '../../src/core/model';
import { deskNote } from '../../src/core/rules/desk-note';
import { excerpt } from '../../src/core/rules/rule';
import { rng } from '../support/rng';
import { REAL_ITEMS } from './arbitraries';

/** The definition it replaced: the expression from the start of every paragraph that holds a colon. */
const DESK_NOTE = /(?:^|[\s(\[])((?:\(|\[)\s*(?:eds?|editors?|editor's note|note to editors|corrects?|updates?|adds?|recasts?|changes?)\s*:[^)\]\r\n]{0,200}(?:\)|\]))/gi;
function deskNotesByExpression(item: Item, text: string) {
  const out = [];
  for (const p of item.paragraphs) {
    const slice = text.slice(p.start, p.end);
    if (!slice.includes(':')) continue;
    DESK_NOTE.lastIndex = 0;
    for (let m = DESK_NOTE.exec(slice); m; m = DESK_NOTE.exec(slice)) {
      const start = p.start + m.index + m[0].indexOf(m[1]);
      out.push({ start, end: start + m[1].length, message: `Desk note left in the copy: "${excerpt(m[1], 50)}". Remove it before publishing.` });
    }
  }
  return out;
}

const PIECES = [
  '(', ')', '[', ']', ':', ' : ', '(Eds:', '[EDS: ', '( eds :', 'Editor\'s note:', 'note to editors', 'Updates', 'adds', 'Corrects', 'recast',
  ' ', '\n', '\n\n', '\r\n', 'word', 'He said: ', '"Yes," he said.', '((Eds:', '[(Updates:', 'x(', 'changes: lede)', ' to add quote)',
];

describe('desk-note: the fast path', () => {
  it('finds what the expression over every paragraph with a colon finds, on real and generated items', () => {
    const random = rng(23);
    const texts = [...REAL_ITEMS];
    for (let k = 0; k < 3000; k++) {
      const parts = ['date 2025-11-01 Seoul, Nov 1 (AP) -- '];
      const count = Math.floor(random() * 40);
      for (let j = 0; j < count; j++) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
      texts.push(parts.join(''));
    }
    let found = 0;
    for (const text of texts) {
      for (const item of reviewText(text, { wholeTextIsItem: true }).items) {
        const expected = deskNotesByExpression(item, text);
        assert.deepEqual(deskNote.check(item, text), expected, JSON.stringify(text));
        found += expected.length;
      }
    }
    assert.ok(found > 500, `${found} desk notes`);
  });
});
