// "Accept this finding for this item": which findings may be accepted, and what is recorded. Pure (no
// `vscode` import); accept.ts offers the quick fix and writes `.wiredesk.json`.
import { acceptanceFor, type Acceptance, type Finding, type Item, type Review } from '../core';

/**
 * Rules whose findings are not offered for acceptance: an unreviewed item is cleared by reviewing it
 * (Mark item as reviewed), not by hiding the warning, or it would drop out of the review queue unread.
 */
export const NOT_ACCEPTABLE = new Set(['unreviewed-item']);

export interface FindingHit {
  item: Item;
  finding: Finding;
}

/** The findings of a review that overlap `[from, to]` (a cursor or a selection), acceptable ones only. */
export function acceptableFindings(review: Review, from: number, to: number): FindingHit[] {
  const out: FindingHit[] = [];
  for (const item of review.items) {
    if (item.end < from || item.start > to) continue;
    for (const finding of item.findings) {
      if (NOT_ACCEPTABLE.has(finding.rule)) continue;
      if (finding.start <= to && finding.end >= from) out.push({ item, finding });
    }
  }
  return out;
}

/** The finding of `rule` that starts at `start` (how the command finds it again). */
export function findingAt(review: Review, start: number, rule: string): FindingHit | undefined {
  for (const item of review.items) {
    const finding = item.findings.find((f) => f.start === start && f.rule === rule);
    if (finding) return { item, finding };
  }
  return undefined;
}

/** What gets recorded: the fingerprint, who accepted it and when. */
export function acceptanceRecord(hit: FindingHit, text: string, by: string, date: string): Acceptance {
  const record = acceptanceFor(hit.item, hit.finding, text);
  if (by) record.by = by;
  if (date) record.date = date;
  return record;
}
