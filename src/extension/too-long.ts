// Items too long to review in the editor. Pure (no `vscode` import).
//
// The review cache reviews a document item by item, yielding between items, so a 50 MB feed of wire items
// never blocks the editor. One item cannot be cut: a file with no header lines (a `.wire` file is then one
// item), or a header followed by megabytes of text, would hold the extension host for seconds. Such an item
// is not reviewed; it gets an information finding on its first line saying so, and the status bar says so
// too. The CLI reviews every item whatever its length (it blocks nobody).
import { HEADER_PATTERN } from '../core';
import type { Item } from '../core/model';
import { english, type Translate } from './translate';

/** Longest item reviewed in the editor (characters): a wire item is a few thousand; this takes ~0.3 s. */
export const MAX_ITEM_CHARS = 256 * 1024;

/** The finding's rule id (not a review rule: it says the rules did not run). */
export const TOO_LONG_RULE = 'item-too-long';

/** `1.2 MB`, `300 KB`: a length in characters, as a size people read. */
export function sizeOf(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(chars / 1000))} KB`;
}

/** The stand-in review of an item longer than `limit`: its header and date, and the finding that says why. */
export function tooLongItem(itemText: string, limit = MAX_ITEM_CHARS, t: Translate = english): Item {
  let lineEnd = 0;
  const cap = Math.min(itemText.length, 400);
  while (lineEnd < cap && itemText.charCodeAt(lineEnd) !== 10 && itemText.charCodeAt(lineEnd) !== 13) lineEnd++;
  const last = itemText.charCodeAt(lineEnd - 1);
  if (lineEnd === cap && lineEnd < itemText.length && last >= 0xd800 && last <= 0xdbff) lineEnd--; // never half an emoji
  const m = HEADER_PATTERN.exec(itemText.slice(0, Math.min(lineEnd, 80)));
  const headerStart = m ? m[0].indexOf('date') : 0;
  return {
    start: 0,
    end: itemText.length,
    header: m ? { start: headerStart, end: m[0].length } : undefined,
    date: m ? `${m[1]}-${m[2]}-${m[3]}` : undefined,
    paragraphs: [],
    reviewed: false,
    quotes: [],
    speakers: [],
    findings: [
      {
        rule: TOO_LONG_RULE,
        severity: 'information',
        message: t(
          'Not reviewed: this item is {0} long, more than Wire Desk reviews while you edit ({1}). Split it into wire items (a line "date YYYY-MM-DD" starts one), or review the file with the command line (wire-desk check).',
          sizeOf(itemText.length),
          sizeOf(limit),
        ),
        start: headerStart,
        end: Math.max(headerStart, lineEnd),
      },
    ],
  };
}

/** Whether an item stands for one too long to review. */
export function isTooLong(item: Item): boolean {
  return item.findings.length === 1 && item.findings[0].rule === TOO_LONG_RULE && item.quotes.length === 0 && item.paragraphs.length === 0;
}
