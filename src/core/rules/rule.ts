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

export interface Rule extends RuleMeta {
  check(item: Item, text: string): RawFinding[];
}

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/** A short excerpt of text for messages: the first words, with an ellipsis when cut. */
export function excerpt(s: string, max = 48): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '\u2026';
}
