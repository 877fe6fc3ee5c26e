// The shape of a review as the editor relies on it: no object of an item is reached twice. The editor's
// cache moves an item's spans in place when an edit moves the item (src/extension/cache.ts, moveItem): a
// span shared by two places (a speaker's mention and a quotation's) would be moved twice.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { reviewItem, reviewText, shiftItem } from '../../src/core';
import type { Item } from '../../src/core/model';
import { anyInput, check, feedText, REAL_ITEMS } from './arbitraries';

/** The path of the first object reached twice from `item`, or undefined. */
function sharedObject(item: Item): string | undefined {
  const seen = new Map<object, string>();
  const walk = (value: unknown, path: string): string | undefined => {
    if (value === null || typeof value !== 'object') return undefined;
    const first = seen.get(value);
    if (first !== undefined) return `${first} is also ${path}`;
    seen.set(value, path);
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      const found = walk(child, `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  };
  return walk(item, 'item');
}

describe('review shape: no span of an item is reached twice', () => {
  it('in the reviews of the sample and the wire items (quotations with continuations and speakers with several mentions among them)', () => {
    let speakersWithMentions = 0;
    let bases = 0;
    for (const text of REAL_ITEMS) {
      for (const item of reviewText(text, { wholeTextIsItem: true }).items) {
        assert.equal(sharedObject(item), undefined);
        assert.equal(sharedObject(shiftItem(item, 7)), undefined);
        speakersWithMentions += item.speakers.filter((s) => s.mentions.length > 0).length;
        bases += item.quotes.filter((q) => q.speaker?.basis).length;
      }
    }
    // The places that shared spans before are there to check.
    assert.ok(speakersWithMentions >= 10 && bases >= 5, `${speakersWithMentions} speakers with mentions, ${bases} bases`);
  });

  it('property: in the review of any text, and of any feed', () => {
    check(
      'no shared spans',
      fc.property(fc.oneof(anyInput, feedText), (text) => {
        for (const item of reviewText(text).items) assert.equal(sharedObject(item), undefined);
        assert.equal(sharedObject(reviewItem(text)), undefined);
      }),
      150,
    );
  });
});
