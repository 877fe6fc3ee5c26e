// The review rules on team-written items: each rule fires on the text it is about and stays quiet otherwise.
import assert from 'node:assert/strict';
import { markReviewedEdit, reviewText, ruleList } from '../../src/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const rulesOf = (text: string, opts = {}) => reviewText(text, opts).items.flatMap((i) => i.findings.map((f) => f.rule));

describe('review rules', () => {
  it('every rule has an id, a default severity, a description and a doc that exists', () => {
    assert.ok(ruleList.length >= 7);
    for (const r of ruleList) {
      assert.match(r.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.defaultSeverity));
      assert.ok(r.description.length > 20);
      assert.ok(existsSync(join(__dirname, '..', '..', '..', r.docs)), r.docs);
    }
  });

  it('dateline-date: the dateline day disagrees with the header date', () => {
    assert.deepEqual(rulesOf('date 2025-11-02 Gyeongju, Nov 1 Lee met Xi on Sunday.'), ['dateline-date']);
    assert.deepEqual(rulesOf('date 2025-11-01 Gyeongju, Nov 1 Lee met Xi on Saturday.'), []);
    assert.deepEqual(rulesOf('date 2025-08-26 NEW DELHI, Aug 26 (PTI) - Modi spoke on Tuesday.'), []);
    assert.deepEqual(rulesOf('date 2025-08-27 NEW DELHI, Aug 26 (PTI) - Modi spoke on Wednesday.'), ['dateline-date']);
  });

  it('weekday-date: "on Friday" in the lede of an item dated Saturday', () => {
    const text = 'date 2025-11-01 Gyeongju, Nov 1 Lee held talks with Xi on Friday.';
    const item = reviewText(text).items[0];
    assert.deepEqual(item.findings.map((f) => f.rule), ['weekday-date']);
    assert.equal(text.slice(item.findings[0].start, item.findings[0].end), 'on Friday');
    assert.match(item.findings[0].message, /Saturday 2025-11-01/);
    // Weekdays outside the lede are not checked.
    assert.deepEqual(rulesOf('date 2025-11-01 Gyeongju, Nov 1 Lee held talks on Saturday.\n\nThey meet again on Monday.'), []);
  });

  it('unattributed-quote: a quotation with nobody to say it', () => {
    const text = 'date 2025-11-01 Gyeongju, Nov 1 Talks resumed on Saturday.\n\n"We will not back down from this fight."';
    assert.deepEqual(rulesOf(text), ['unattributed-quote']);
  });

  it('desk-note: an agency note to editors left in the copy', () => {
    const text = 'date 2025-11-01 SEOUL, Nov 1 (Yonhap) -- (Eds: Updating with fresh quotes) Talks resumed on Saturday.';
    assert.deepEqual(rulesOf(text), ['desk-note']);
  });

  it('a severity setting changes the level, and off silences a rule', () => {
    const text = 'date 2025-11-02 Gyeongju, Nov 1 Lee met Xi on Sunday.';
    assert.equal(reviewText(text, { severities: { 'dateline-date': 'error' } }).items[0].findings[0].severity, 'error');
    assert.deepEqual(rulesOf(text, { severities: { 'dateline-date': 'off' } }), []);
  });

  it('several items in one file are reviewed independently', () => {
    const text = 'date 2025-11-01 Gyeongju, Nov 1 Lee met Xi on Saturday.\n\n(The story has been published from a syndicated feed.)\n date 2025-11-02 SEOUL, Nov 2 (Yonhap) -- Talks ended on Sunday.\n\nReviewed-by: Park, 2025-11-02\n';
    const items = reviewText(text).items;
    assert.deepEqual(items.map((i) => [i.date, i.reviewed, i.findings.map((f) => f.rule)]), [
      ['2025-11-01', false, ['unreviewed-item']],
      ['2025-11-02', true, []],
    ]);
  });

  it('a text without a header is not an item, unless the whole text is asked for', () => {
    assert.equal(reviewText('Just a note.\n"Hi," he said.').items.length, 0);
    const one = reviewText('Just a note.', { wholeTextIsItem: true }).items;
    assert.equal(one.length, 1);
    assert.equal(one[0].date, undefined);
  });
});

describe('mark item as reviewed', () => {
  const sample = 'date 2025-11-01 Gyeongju, Nov 1 Lee met Xi on Saturday.\r\n\r\n"We agree," Lee said.\r\n\r\nDisclaimer: This post has been auto-published from an agency feed and has not been reviewed by an editor';

  it('replaces only the disclaimer paragraph with the stamp, and is idempotent', () => {
    const item = reviewText(sample).items[0];
    const edit = markReviewedEdit(sample, item, 'Kim Min-ji', '2025-11-02');
    assert.ok(edit);
    const after = sample.slice(0, edit.start) + edit.newText + sample.slice(edit.end);
    assert.equal(after, sample.replace(/Disclaimer:.*$/, 'Reviewed-by: Kim Min-ji, 2025-11-02'));
    const again = reviewText(after).items[0];
    assert.equal(again.reviewed, true);
    assert.equal(markReviewedEdit(after, again, 'Kim Min-ji', '2025-11-02'), undefined);
  });

  it('puts the stamp on a line of its own, with the file\'s line breaks, when the disclaimer follows text', () => {
    const text = 'date 2025-11-01 Gyeongju, Nov 1 Talks resumed.\r\n\r\n"We agree," Lee said. (The story has been published from a syndicated feed.)';
    const item = reviewText(text).items[0];
    const edit = markReviewedEdit(text, item, 'Park', '2025-11-02')!;
    const after = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.ok(after.endsWith('"We agree," Lee said.\r\n\r\nReviewed-by: Park, 2025-11-02'));
    assert.equal(reviewText(after).items[0].reviewed, true);
  });
});
