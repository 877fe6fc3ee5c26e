// Shared helpers for the extension's adapter tests (no `vscode` here: only the pure modules are tested).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Attribution, Item, Quote, Speaker } from '../../src/core/model';

/** The repository root (tests run from out/test/extension/). */
export const ROOT = resolve(__dirname, '../../..');
export const SEED_TEXT = readFileSync(join(ROOT, 'seeds', '000_557be8cb5a940d7c.txt'), 'utf8');

/** A second item written for these tests: reviewed, with one attributed and one unattributed quote. */
export const REVIEWED_ITEM = [
  'date 2025-11-03 SEOUL, Nov. 3 (Yonhap) -- Finance Minister Choi Sang-mok said on Monday that exports "held up well."',
  '',
  '"We expect growth to continue," Choi said.',
  '',
  'Analysts were cautious. "Nothing is certain."',
  '',
  'Reviewed-by: Jane Doe, 2025-11-03',
  '',
].join('\n');

/** The offset of the `nth` occurrence of `needle` in `text` (throws when absent, so tests fail loudly). */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found (${k + 1})`);
  }
  return at;
}

/** A quotation over `text` at the first occurrence of `quoted` (marks included). */
export function fakeQuote(text: string, quoted: string, speaker: Attribution | null, kind: Quote['kind'] = 'direct'): Quote {
  const start = offsetOf(text, quoted);
  return {
    start,
    end: start + quoted.length,
    text: quoted,
    inner: { start: start + 1, end: start + quoted.length - 1 },
    kind,
    closed: true,
    paragraphs: 1,
    speaker,
  };
}

export function fakeAttribution(text: string, name: string, mention: string, extra: Partial<Attribution> = {}): Attribution {
  const start = offsetOf(text, mention);
  return {
    name,
    organisation: false,
    mention: { start, end: start + mention.length, text: mention },
    rule: 'quote-then-cue',
    translated: false,
    ...extra,
  };
}

/** A hand-made item over the whole of `text`, for tests that must not depend on the engine's judgement. */
export function fakeItem(text: string, quotes: Quote[], speakers: Speaker[], extra: Partial<Item> = {}): Item {
  return {
    start: 0,
    end: text.length,
    paragraphs: [],
    reviewed: false,
    quotes,
    speakers,
    findings: [],
    ...extra,
  };
}
