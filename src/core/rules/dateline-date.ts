// dateline-date: the month and day in the dateline disagree with the header date.
import { MONTHS } from '../words';
import { docsPath, type Rule } from './rule';
import { weekdayOf } from './weekday-date';

const MONTH_NAMES = Object.entries(MONTHS).filter(([k]) => k.length === 3).map(([k]) => k[0].toUpperCase() + k.slice(1));

export const datelineDate: Rule = {
  id: 'dateline-date',
  defaultSeverity: 'warning',
  description: "The dateline's date is not the date in the item's header.",
  docs: docsPath('dateline-date'),
  check(item) {
    const d = item.dateline;
    if (!d || !item.date || d.month === undefined || d.day === undefined) return [];
    const month = Number(item.date.slice(5, 7));
    const day = Number(item.date.slice(8, 10));
    if (month === d.month && day === d.day) return [];
    if (weekdayOf(item.date) === undefined) {
      // A header such as `date 2025-13-45` (a truncated or garbled feed): say so rather than name no month.
      return [{ start: d.start, end: d.end, message: `The dateline says ${MONTH_NAMES[d.month - 1]} ${d.day} but the header date ${item.date} is not a real date.` }];
    }
    return [{
      start: d.start,
      end: d.end,
      message: `The dateline says ${MONTH_NAMES[d.month - 1]} ${d.day} but the header date is ${item.date} (${MONTH_NAMES[month - 1]} ${day}).`,
    }];
  },
};
