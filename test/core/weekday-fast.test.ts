// weekday-date reads a lede with its expression only when the lede holds `day` (issue 5: a third of the feed's
// ledes do): its findings are the ones the expression over every lede gives, on real and generated ledes.
import { strict as assert } from 'node:assert';
import { reviewText } from '../../src/core';
import type { Item } from '../../src/core/model';
import { weekdayDate, weekdayOf } from '../../src/core/rules/weekday-date';
import { WEEKDAYS } from '../../src/core/words';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

/** The rule as it was: the expression over every lede. */
function plainWeekdayFindings(item: Item, text: string): { start: number; end: number; message: string }[] {
  const lede = item.date && item.paragraphs.length > 0 ? item.paragraphs[0].sentences[0] : undefined;
  if (!lede || !item.date) return [];
  const expected = weekdayOf(item.date);
  const out = [];
  const on = /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
  const slice = text.slice(lede.start, lede.end);
  for (let m = on.exec(slice); m; m = on.exec(slice)) {
    if (expected === undefined || WEEKDAYS.indexOf(m[1]) === expected) continue;
    out.push({ start: lede.start + m.index, end: lede.start + m.index + m[0].length, message: `The lede says "${m[0]}" but the item is dated ${WEEKDAYS[expected]} ${item.date}.` });
  }
  return out;
}

const PIECES = ['on Monday', 'on Saturday', 'on Sunday,', 'on Fridays', 'upon Tuesday', 'on monday', 'today', 'day', 'days', 'Wednesday', ' ', 'the minister said', '.', '\n', 'on\u00a0Thursday'];

describe('weekday-date', () => {
  it('gives what the expression over every lede gives, on the wire texts and on generated ledes', () => {
    const random = rng(19);
    const texts = wireTexts();
    for (let k = 0; k < 2000; k++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 12);
      for (let j = 0; j < count; j++) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
      texts.push(`date 2025-11-0${1 + Math.floor(random() * 9)}\nSEOUL, Nov 1 (Yonhap) -- ${parts.join(' ')}. Then more.\n`);
    }
    let findings = 0;
    for (const text of texts) {
      for (const item of reviewText(text).items) {
        const got = weekdayDate.check(item, text);
        assert.deepEqual(got, plainWeekdayFindings(item, text), text.slice(item.start, item.start + 200));
        findings += got.length;
      }
    }
    assert.ok(findings > 100, `${findings} findings`);
  });
});
