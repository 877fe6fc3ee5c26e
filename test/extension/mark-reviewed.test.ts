// Planning "Mark item as reviewed": the stamp edit from the core, line endings kept, refusals explained.
import { strict as assert } from 'node:assert';
import { reviewText } from '../../src/core';
import { detectEol, localDate, planMarkReviewed, withEol } from '../../src/extension/mark-plan';
import { fakeItem, REVIEWED_ITEM, SEED_TEXT } from './helpers';

function apply(text: string, edit: { start: number; end: number; newText: string }): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe('extension mark reviewed', () => {
  it('localDate is the local calendar date, zero-padded', () => {
    assert.equal(localDate(new Date(2025, 0, 5, 23, 59)), '2025-01-05');
    assert.equal(localDate(new Date(2025, 10, 1, 0, 0)), '2025-11-01');
  });

  it('detects and writes line endings', () => {
    assert.equal(detectEol('a\r\nb'), '\r\n');
    assert.equal(detectEol('a\nb\r\n'), '\n');
    assert.equal(detectEol('one line', '\r\n'), '\r\n');
    assert.equal(withEol('a\nb\r\nc\rd', '\r\n'), 'a\r\nb\r\nc\r\nd');
  });

  it('the sample: the disclaimer paragraph becomes the stamp, and the item is then reviewed', () => {
    const item = reviewText(SEED_TEXT).items[0];
    const plan = planMarkReviewed(SEED_TEXT, item, 'Jane Doe', '2025-11-02', '\n');
    assert.ok('edit' in plan, JSON.stringify(plan));
    const after = apply(SEED_TEXT, plan.edit);
    assert.ok(after.endsWith('Reviewed-by: Jane Doe, 2025-11-02'), after.slice(-80));
    assert.ok(!/auto-published/.test(after));
    const reviewed = reviewText(after).items[0];
    assert.equal(reviewed.reviewed, true);
    assert.equal(reviewed.disclaimer, undefined);
    assert.deepEqual([reviewed.stamp?.reviewer, reviewed.stamp?.date], ['Jane Doe', '2025-11-02']);
  });

  it('a CRLF document keeps CRLF line endings only', () => {
    const crlf = SEED_TEXT.replace(/\n/g, '\r\n') + '\r\n';
    const item = reviewText(crlf).items[0];
    const plan = planMarkReviewed(crlf, item, 'Jane Doe', '2025-11-02', detectEol(crlf));
    assert.ok('edit' in plan);
    const after = apply(crlf, plan.edit);
    assert.equal(after.replace(/\r\n/g, '').includes('\n'), false);
    assert.equal(after.replace(/\r\n/g, '').includes('\r'), false);
    assert.equal(reviewText(after).items[0].reviewed, true);
  });

  it('refuses, saying why, when the item has no disclaimer or is already reviewed', () => {
    const reviewed = reviewText(REVIEWED_ITEM).items[0];
    const already = planMarkReviewed(REVIEWED_ITEM, reviewed, 'Jane Doe', '2025-11-04', '\n');
    assert.ok('refusal' in already);
    assert.match(already.refusal, /already reviewed \(Reviewed-by: Jane Doe, 2025-11-03\)/);

    const bare = planMarkReviewed('x', fakeItem('x', [], []), 'Jane Doe', '2025-11-04', '\n');
    assert.ok('refusal' in bare);
    assert.match(bare.refusal, /no syndication disclaimer/);

    const none = planMarkReviewed('', undefined, 'Jane Doe', '2025-11-04', '\n');
    assert.ok('refusal' in none);
    assert.match(none.refusal, /no wire item here/);
  });

  it('refuses without a reviewer name, pointing at the setting', () => {
    const item = reviewText(SEED_TEXT).items[0];
    const plan = planMarkReviewed(SEED_TEXT, item, '  ', '2025-11-02', '\n');
    assert.ok('refusal' in plan);
    assert.match(plan.refusal, /wireDesk\.reviewer/);
  });
});
