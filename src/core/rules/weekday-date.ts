// weekday-date: "on Saturday" in the lede is not the weekday of the header date.
import { WEEKDAYS } from '../words';
import { docsPath, type Rule } from './rule';

const ON_WEEKDAY = /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;

/** Weekdays of the dates asked for (a feed's items share few dates); emptied when it grows large. */
const weekdays = new Map<string, number | undefined>();

export function weekdayOf(date: string): number | undefined {
  let weekday = weekdays.get(date);
  if (weekday === undefined && !weekdays.has(date)) {
    if (weekdays.size >= 1024) weekdays.clear();
    weekday = weekdayFromDigits(date);
    weekdays.set(date, weekday);
  }
  return weekday;
}

function weekdayFromDigits(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return undefined;
  return d.getUTCDay();
}

export const weekdayDate: Rule = {
  id: 'weekday-date',
  defaultSeverity: 'warning',
  description: 'The weekday named in the lede ("on Saturday") does not match the header date.',
  docs: docsPath('weekday-date'),
  check(item, text) {
    if (!item.date || item.paragraphs.length === 0) return [];
    const lede = item.paragraphs[0].sentences[0];
    if (!lede) return [];
    // The lede names a weekday in few items: look for one before working out the header date's. Every
    // weekday ends in `day`, which a third of the ledes hold: the expression, which reads every `on` and
    // word boundary, runs on those only.
    const slice = text.slice(lede.start, lede.end);
    if (slice.indexOf('day') < 0) return [];
    ON_WEEKDAY.lastIndex = 0;
    let m = ON_WEEKDAY.exec(slice);
    if (!m) return [];
    const expected = weekdayOf(item.date);
    if (expected === undefined) return [];
    const out = [];
    for (; m; m = ON_WEEKDAY.exec(slice)) {
      const named = WEEKDAYS.indexOf(m[1]);
      if (named === expected) continue;
      out.push({
        start: lede.start + m.index,
        end: lede.start + m.index + m[0].length,
        message: `The lede says "${m[0]}" but the item is dated ${WEEKDAYS[expected]} ${item.date}.`,
      });
    }
    return out;
  },
};
