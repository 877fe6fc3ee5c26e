// Accepted findings: a fingerprint of a finding that survives edits elsewhere in its item. It is made of
// the rule id, the item (its header date and dateline place) and the normalised text of the finding's
// own span. Offsets, line numbers and the rest of the item play no part, so an editor may rewrite other
// paragraphs, fix other quotations or move the item within its file and the acceptance still holds; it
// lapses when the flagged words themselves change (then the finding deserves a fresh look).
import type { Acceptance, Finding, Item } from './model';

/** Longest span text stored as is; longer spans are stored cut, with a hash of the whole. */
export const MAX_STORED_TEXT = 120;

/** Folds what an edit to the flagged words should not count: case, white space, quote and dash forms. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The item part of a fingerprint: `2025-11-01 Gyeongju`, `Gyeongju`, `2025-11-01`, or '' for neither. */
export function itemKey(item: Pick<Item, 'date' | 'dateline'>): string {
  const place = item.dateline?.place?.replace(/\s+/g, ' ').trim();
  return [item.date, place].filter((p): p is string => !!p).join(' ');
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, and the same in every JavaScript host. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The acceptance to record for `finding` of `item`; `text` is the text the offsets point into. */
export function acceptanceFor(item: Pick<Item, 'date' | 'dateline'>, finding: Finding, text: string): Acceptance {
  const span = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  const acceptance: Acceptance = { rule: finding.rule, item: itemKey(item), text: span };
  if (span.length > MAX_STORED_TEXT) {
    acceptance.text = span.slice(0, MAX_STORED_TEXT - 20).trimEnd() + '\u2026';
    acceptance.hash = hashText(normaliseText(span));
  }
  return acceptance;
}

/** A matcher over a list of acceptances, built once per review. */
export function acceptanceMatcher(accepted: readonly Acceptance[]): (item: Pick<Item, 'date' | 'dateline'>, finding: Finding, text: string) => boolean {
  if (accepted.length === 0) return () => false;
  const keys = new Set<string>();
  for (const a of accepted) {
    const item = normaliseText(a.item);
    keys.add(a.hash ? `${a.rule}\u0000${item}\u0000#${a.hash.toLowerCase()}` : `${a.rule}\u0000${item}\u0000${normaliseText(a.text)}`);
  }
  return (item, finding, text) => {
    const span = normaliseText(text.slice(finding.start, finding.end));
    const prefix = `${finding.rule}\u0000${normaliseText(itemKey(item))}\u0000`;
    return keys.has(prefix + span) || keys.has(`${prefix}#${hashText(span)}`);
  };
}

/** Whether two acceptances stand for the same finding (so the same one is not recorded twice). */
export function sameAcceptance(a: Acceptance, b: Acceptance): boolean {
  return (
    a.rule === b.rule &&
    normaliseText(a.item) === normaliseText(b.item) &&
    (a.hash || b.hash ? (a.hash ?? '').toLowerCase() === (b.hash ?? '').toLowerCase() : normaliseText(a.text) === normaliseText(b.text))
  );
}
