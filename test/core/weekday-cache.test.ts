// weekdayOf keeps the weekdays of the dates it was asked for (issue 5: a feed's items share few dates): the
// kept answers are the ones worked out from the digits, also for impossible dates and after the map empties.
import { strict as assert } from 'node:assert';
import { weekdayOf } from '../../src/core/rules/weekday-date';
import { rng } from '../support/rng';

/** The definition: the weekday of a real date written YYYY-MM-DD, else undefined. */
function weekdayByDate(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d.getUTCDay() : undefined;
}

describe('weekdayOf', () => {
  it('gives the weekday worked out from the digits, asked again and again, past the size at which it empties its map', () => {
    const random = rng(7);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    let real = 0;
    for (let k = 0; k < 6000; k++) {
      // Dates from a small set (asked again) and from a large one (the map fills and empties), some impossible.
      const few = random() < 0.5;
      const date = `${few ? 2025 : 1990 + Math.floor(random() * 60)}-${pad(1 + Math.floor(random() * (few ? 2 : 13)), 2)}-${pad(Math.floor(random() * 33), 2)}`;
      const expected = weekdayByDate(date);
      assert.equal(weekdayOf(date), expected, date);
      assert.equal(weekdayOf(date), expected, date);
      if (expected !== undefined) real++;
    }
    assert.equal(weekdayOf('2025-11-01'), 6);
    assert.equal(weekdayOf('2025-02-29'), undefined);
    assert.equal(weekdayOf('date'), undefined);
    assert.ok(real > 3000, `${real} real dates`);
  });
});
