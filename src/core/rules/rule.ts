// The shape of a review rule: a stable id, a default severity, a one-line description, a doc page, and a
// check over one reviewed item that returns findings without severity (the engine applies settings).
import type { Finding, Item, Severity } from '../model';
import { isWhite } from '../text';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line, in a copy editor's words. */
  description: string;
  /** Path of the rule's documentation, relative to the package root. */
  docs: string;
}

export type RawFinding = Omit<Finding, 'rule' | 'severity'>;

/** What the review's pass over an item's characters found (marks.ts): a rule may skip an item by it. */
export interface ItemScanFacts {
  /** False when no `(` or `[` comes before a `:` with no `.`, `!`, `?` or `"` between them. */
  bracketColon: boolean;
}

export interface Rule extends RuleMeta {
  /** `scan` is the item's pass, when the review made one; without it a rule reads the item itself. */
  check(item: Item, text: string, scan?: ItemScanFacts): RawFinding[];
}

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/** True when offset `i` falls between the two halves of a surrogate pair (an emoji, a rare CJK character). */
export function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** A short excerpt of text for messages: the first words, with an ellipsis when cut. */
export function excerpt(s: string, max = 48): string {
  // The text with white space runs as one space and none at either end, read word by word only as far as
  // its first max + 1 characters and whether there are more (a quotation may run to a paragraph's end):
  // a regular expression's replace over a head of the text cost several microseconds a finding.
  let flat = '';
  for (let i = 0, j = 0; i < s.length && flat.length <= max; i = j) {
    // A word longer than the rest of the excerpt ends it (it is cut below); white space is passed a character
    // at a time.
    for (j = i; j < s.length && j <= i + max && !isWhite(s.charCodeAt(j)); j++);
    if (j > i) flat += (flat ? ' ' : '') + s.slice(i, j);
    else j++;
  }
  if (flat.length <= max) return flat;
  // Cut before an emoji rather than through it (half a surrogate pair is not a character).
  const cut = flat.slice(0, splitsSurrogatePair(flat, max) ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '\u2026';
}
