// The header (`date YYYY-MM-DD`) and the dateline that follows it on the first line
// (`Gyeongju, Nov 1`, `NEW DELHI, Aug 26 (PTI) -`, `SEOUL, Nov. 1 (Yonhap) --`, `WASHINGTON (AP) —`).
import type { Dateline, Span } from './model';
import { HEADER_PATTERN } from './items';
import { MONTHS } from './words';

export interface Header extends Span {
  date: string;
}

/** The header at the start of the item text (after blanks), if there is one. */
export function parseHeader(text: string, from: number): Header | undefined {
  const m = HEADER_PATTERN.exec(text.slice(from, from + 40));
  if (!m) return undefined;
  const start = from + m[0].indexOf('date');
  return { start, end: from + m[0].length, date: `${m[1]}-${m[2]}-${m[3]}` };
}

/**
 * MONTHS as a map: a lower-cased month read from the text is a new string, and as an object key it would be
 * looked up in V8's string table first (no name of Object.prototype's is a lower-case word of 3-9 letters).
 */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS));

const WORD = "[A-Z][\\p{L}'\u2019.\\-]*";
const MONTH_DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?[ \\t]+\\d';
const DATELINE = new RegExp(
  `^(${WORD}(?:[ \\t]${WORD}){0,3})` + // place, capitalised words: Gyeongju, NEW DELHI
    `(?:,[ \\t]+(?!${MONTH_DAY})(${WORD}(?:[ \\t]${WORD}){0,2}))?` + // optional region or country: South Korea
    `(?:,?[ \\t]+([A-Z][a-z]{2,8})\\.?[ \\t]+(\\d{1,2})(?![\\d:]))?` + // month and day: Nov 1, Aug. 26
    `(?:[ \\t]*\\(([^()\\n\\r]{1,40})\\))?` + // agency: (PTI)
    `(?:[ \\t]*(?:--?|\u2014|\u2013|:)(?=[ \\t]))?`, // dash before the lede
  'u',
);

/**
 * The dateline starting at `from` (just after the header, in an item that ends at `to`), if the text there
 * has the dateline form. Nothing in the form reads a line break, and its look-aheads answer at one as at
 * the end of the text: the line's end need not be found first.
 */
export function parseDateline(text: string, from: number, to: number): Dateline | undefined {
  let start = from;
  while (start < to && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  const m = DATELINE.exec(text.slice(start, Math.min(to, start + 160)));
  if (!m) return undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (m[3] !== undefined) {
    month = MONTH_NUMBERS.get(m[3].toLowerCase());
    day = Number(m[4]);
    if (month === undefined || day < 1 || day > 31) return undefined;
  }
  const agency = m[5]?.trim();
  if (month === undefined && agency === undefined) return undefined;
  // The dateline text stops before the dash that separates it from the lede.
  let textEnd = m[0].length;
  const withoutDash = m[0].replace(/[ \t]*(?:--?|\u2014|\u2013|:)$/, '');
  textEnd = withoutDash.length;
  const place = m[2] ? `${m[1]}, ${m[2]}` : m[1];
  return {
    start,
    end: start + textEnd,
    text: text.slice(start, start + textEnd),
    place,
    month,
    day,
    agency,
  };
}
