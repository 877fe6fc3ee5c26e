// The shape of a review rule: a stable id, a default severity, a one-line description, a doc page, and a
// check over one reviewed item that returns findings without severity (the engine applies settings).
import type { Finding, Item, Severity } from '../model';

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
  // Only the first max + 1 characters of the flattened text count, and whether there are more: a long text
  // is flattened from a head of it first (flattened, a head is the start of the whole flattened, so a head
  // that gives more than max + 1 characters gives the same excerpt; a quotation may run to a paragraph's end).
  let flat = s.length > 4 * max ? flatten(s.slice(0, 4 * max)) : '';
  if (flat.length < max + 2) flat = flatten(s);
  if (flat.length <= max) return flat;
  // Cut before an emoji rather than through it (half a surrogate pair is not a character).
  const cut = flat.slice(0, splitsSurrogatePair(flat, max) ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '\u2026';
}

/** White space runs as one space, none at either end. */
function flatten(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
