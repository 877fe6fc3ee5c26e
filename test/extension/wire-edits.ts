// Wire text and random edits for the tests of the review cache and what is made from its reviews, and the
// offset-moving definition the cache is tested against.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextChange } from '../../src/extension/cache';
import { REVIEWED_ITEM, ROOT, SEED_TEXT } from './helpers';

/** The wire items the repository has: the sample, the bench corpus, the test fixtures. */
export function wireItems(): string[] {
  const items = [SEED_TEXT.trimEnd(), REVIEWED_ITEM.trimEnd()];
  for (const dir of [join(ROOT, 'bench', 'corpus'), join(ROOT, 'test', 'fixtures', 'attribution')]) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const name of names) {
      for (const part of readFileSync(join(dir, name), 'utf8').split(/\n(?=[ \t]*date \d{4}-\d{2}-\d{2})/)) {
        if (/^[ \t]*date \d{4}-\d{2}-\d{2}/.test(part)) items.push(part.trimEnd());
      }
    }
  }
  return items;
}

/**
 * A feed of `count` items picked from `items`, each made different by a reference line (or, with chance
 * `same`, the item before repeated), joined by blank lines or CRLF line breaks.
 */
export function feedOf(items: readonly string[], count: number, random: () => number, same = 0): string {
  const parts: string[] = [];
  for (let k = 0; k < count; k++) parts.push(k > 0 && random() < same ? parts[k - 1] : `${items[Math.floor(random() * items.length)]}\n\nRef. ${k}.`);
  return parts.join(random() < 0.5 ? '\n\n' : '\r\n');
}

/** Edits an editor could make, chosen to cross item boundaries: typing, deleting, header lines made and broken. */
export function randomEdit(text: string, random: () => number): TextChange {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  const pieces = ['x', ' ', '\n', '\n\n', '"', '\u201d', 'date 2025-12-01 ', '\ndate 2025-12-02 LONDON (Reuters) - "Hi," he said.\n\n', 'd', '-', '\r\n', 'Lee said.'];
  if (r < 0.45) return { rangeOffset: at, rangeLength: 0, text: pieces[Math.floor(random() * pieces.length)] };
  if (r < 0.75) return { rangeOffset: at, rangeLength: Math.min(text.length - at, 1 + Math.floor(random() * 4)), text: '' };
  if (r < 0.9) {
    // Delete around a header: the start of an item, or the line break before it.
    const header = text.indexOf('date 2', Math.max(0, at - 2000));
    if (header > 0) {
      const from = Math.max(0, header - Math.floor(random() * 3));
      return { rangeOffset: from, rangeLength: Math.min(text.length - from, 1 + Math.floor(random() * 6)), text: random() < 0.5 ? '' : 'X' };
    }
  }
  const length = Math.min(text.length - at, Math.floor(random() * 3000));
  return { rangeOffset: at, rangeLength: length, text: random() < 0.5 ? '' : text.slice(0, Math.floor(random() * 500)) };
}

export function apply(text: string, change: TextChange): string {
  return text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
}

/**
 * The definition the cache's moveItem and the core's shiftItem are checked against (cache-edits.test.ts): a
 * deep copy of `value` with every `{start, end}` offset pair moved by `delta`, whatever the object.
 */
export function shiftOffsets<T>(value: T, delta: number): T {
  const shift = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(shift);
    if (v === null || typeof v !== 'object') return v;
    const source = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(source)) out[key] = shift(source[key]);
    if (typeof source.start === 'number' && typeof source.end === 'number') {
      out.start = source.start + delta;
      out.end = source.end + delta;
    }
    return out;
  };
  return delta === 0 ? value : (shift(value) as T);
}
