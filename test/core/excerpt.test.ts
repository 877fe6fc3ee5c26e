// excerpt flattens a long text from a head of it (issue 5: the messages of long quotations flattened the whole
// quotation): it gives what flattening the whole text gives.
import { strict as assert } from 'node:assert';
import { excerpt } from '../../src/core/rules/rule';
import { rng } from '../support/rng';

/** The definition: the whole text flattened, then cut. */
function excerptOfWhole(s: string, max = 48): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const before = flat.charCodeAt(max - 1);
  const after = flat.charCodeAt(max);
  const splits = max > 0 && max < flat.length && before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  const cut = flat.slice(0, splits ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '\u2026';
}

const PIECES = ['word', 'a', 'longerword', ' ', '   ', '\n', '\n\n  \t', '\u00a0', '\u2028', '\ud83d\ude00', '\u201cq\u201d', '.', ' '.repeat(150), 'x'.repeat(70)];

describe('excerpt', () => {
  it('gives what flattening the whole text gives, for long and short texts and every width used', () => {
    const random = rng(61);
    for (let round = 0; round < 20000; round++) {
      const parts: string[] = [];
      const count = Math.floor(random() * 80);
      for (let k = 0; k < count; k++) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
      const s = parts.join('');
      for (const max of [36, 40, 48, 50, 60]) assert.equal(excerpt(s, max), excerptOfWhole(s, max), JSON.stringify([s, max]));
      assert.equal(excerpt(s), excerptOfWhole(s));
    }
  });
});
