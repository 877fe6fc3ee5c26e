// parseDateline reads the item's first line without looking for its end first (issue 5): nothing in the
// dateline's form reads a line break, and its look-aheads answer at one as at the end of the text. It finds
// the dateline that reading only up to the line's end finds.
import { strict as assert } from 'node:assert';
import { parseDateline, parseHeader } from '../../src/core/dateline';
import { rng } from '../support/rng';
import { REAL_ITEMS } from './arbitraries';

const PIECES = [
  'SEOUL', 'Gyeongju', 'NEW DELHI', 'South Korea', 'Nov', 'Nov.', 'Aug', 'Sept', 'May', 'Mayday', ' 1', ' 26', ' 2025', '12:30', ' (PTI)',
  ' (Yonhap)', '(', ')', ' --', ' -', ' \u2014', ' \u2013', ':', ', ', ' ', '\t', '\n', '\r', '\r\n', '\u2028', '1', '2', ' Lee said.',
  '\u00e9', '\ud83d\ude00', "O'Neil", 'St.', '-',
];

/** The dateline as the review found it before: after the line's end was looked for. */
function datelineToLineEnd(text: string, from: number, to: number) {
  let lineEnd = from;
  while (lineEnd < to && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  return parseDateline(text, from, lineEnd);
}

describe('dateline: read without finding the line end first', () => {
  it('is the dateline of the line, on the sample and the wire items', () => {
    let found = 0;
    for (const text of REAL_ITEMS) {
      const header = parseHeader(text, 0);
      if (!header) continue;
      const expected = datelineToLineEnd(text, header.end, text.length);
      assert.deepEqual(parseDateline(text, header.end, text.length), expected, JSON.stringify(text.slice(0, 120)));
      if (expected) found++;
    }
    assert.ok(found >= 5, `${found} datelines`);
  });

  it('is the dateline of the line, on generated first lines and what follows them', () => {
    const random = rng(41);
    let found = 0;
    const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)];
    for (let round = 0; round < 5000; round++) {
      // A dateline's parts, each maybe left out, then anything: the line break may fall anywhere.
      const parts: string[] = ['date 2025-11-01 ', pick(['SEOUL', 'Gyeongju', 'NEW DELHI', 'St. Louis', '\u00c9vry'])];
      if (random() < 0.3) parts.push(', ', pick(['South Korea', 'Nov 1', 'Mo.']));
      if (random() < 0.7) parts.push(pick([' ', ', ', '\t']), pick(['Nov', 'Nov.', 'Sept', 'May', 'Mayday']), pick([' ', '  ', '\n']), pick(['1', '26', '32', '12:30']));
      if (random() < 0.5) parts.push(pick([' ', '']), pick(['(PTI)', '(Yonhap)', '(AP', '(\n)']));
      if (random() < 0.5) parts.push(pick([' --', ' -', ' \u2014', ':', '--']));
      const count = Math.floor(random() * 8);
      for (let k = 0; k < count; k++) parts.push(pick(PIECES));
      const text = parts.join('');
      const from = 'date 2025-11-01'.length;
      const to = from + Math.floor(random() * (text.length - from + 1));
      const expected = datelineToLineEnd(text, from, to);
      assert.deepEqual(parseDateline(text, from, to), expected, JSON.stringify([text, from, to]));
      if (expected) found++;
    }
    assert.ok(found > 300, `${found} datelines`);
  });
});
