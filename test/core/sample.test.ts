// The engine on the sample wire item from seeds/: every expectation from the product brief.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeAttribution, lineIndex, reviewText, type Item } from '../../src/core';

const SAMPLE = join(__dirname, '..', '..', '..', 'seeds', '000_557be8cb5a940d7c.txt');

describe('the sample item (seeds/000_557be8cb5a940d7c.txt)', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const review = reviewText(text);
  const item: Item = review.items[0];
  const quote = (start: string) => {
    const q = item.quotes.find((x) => text.slice(x.inner.start, x.inner.end).startsWith(start));
    assert.ok(q, `no quotation starting ${start}`);
    return q;
  };

  it('is one item dated 2025-11-01 with the dateline Gyeongju, Nov 1', () => {
    assert.equal(review.items.length, 1);
    assert.equal(item.date, '2025-11-01');
    assert.equal(item.dateline?.text, 'Gyeongju, Nov 1');
    assert.equal(item.dateline?.month, 11);
    assert.equal(item.dateline?.day, 1);
    assert.equal(text.slice(item.header!.start, item.header!.end), 'date 2025-11-01');
  });

  it('splits the paragraphs at blank lines, the header, dateline and lede sharing the first', () => {
    assert.equal(item.paragraphs.length, 11);
    assert.ok(text.slice(item.paragraphs[0].start, item.paragraphs[0].end).startsWith('date 2025-11-01 Gyeongju, Nov 1 South Korean'));
    assert.ok(text.slice(item.paragraphs[10].start, item.paragraphs[10].end).startsWith('Disclaimer:'));
    // The lede is the first sentence and starts after the dateline.
    assert.ok(text.slice(item.paragraphs[0].sentences[0].start).startsWith('South Korean President Lee Jae Myung held'));
  });

  it('is unreviewed because of the disclaimer paragraph', () => {
    assert.equal(item.reviewed, false);
    assert.equal(item.disclaimer?.kind, 'syndicated');
    assert.ok(item.disclaimer?.text.startsWith('Disclaimer: This post has been auto-published from an agency feed'));
    assert.equal(item.disclaimer?.end, text.length);
    assert.equal(item.stamp, undefined);
  });

  it('finds four direct quotations with their speakers', () => {
    const direct = item.quotes.filter((q) => q.kind === 'direct');
    assert.deepEqual(
      direct.map((q) => [text.slice(q.inner.start, q.inner.start + 12), q.speaker?.name]),
      [
        ['I hope that ', 'Lee Jae Myung'],
        ['It can never', 'Lee Jae Myung'],
        ['(China) is w', 'Xi Jinping'],
        ['Promoting th', 'Xi Jinping'],
      ],
    );
    assert.equal(quote('I hope').speaker?.cue?.text, 'he said');
    assert.equal(quote('I hope').speaker?.rule, 'quote-then-cue');
    assert.equal(quote('It can never').speaker?.rule, 'continuation');
    assert.equal(quote('It can never').speaker?.basis?.text, 'he said');
    assert.equal(quote('(China)').speaker?.translated, true);
    assert.equal(quote('(China)').speaker?.cue?.text, 'Xi said');
    assert.equal(quote('Promoting').speaker?.cue?.text, 'he said');
    assert.equal(quote('Promoting').speaker?.translated, false);
  });

  it('finds five partial quotations, three of them via Yonhap', () => {
    const partial = item.quotes.filter((q) => q.kind === 'partial');
    assert.deepEqual(
      partial.map((q) => [text.slice(q.inner.start, q.inner.end).slice(0, 25), q.speaker?.name, q.speaker?.via]),
      [
        ['tangible results', 'Lee Jae Myung', undefined],
        ['vertical structure', 'Lee Jae Myung', 'Yonhap'],
        ['horizontal one,', 'Lee Jae Myung', 'Yonhap'],
        ['mutually beneficial', 'Lee Jae Myung', 'Yonhap'],
        ['close neighbours who cann', 'Xi Jinping', undefined],
      ],
    );
    assert.equal(item.quotes.length, 9);
    assert.ok(item.quotes.every((q) => q.closed));
  });

  it('keeps titles for display and groups quotations by speaker', () => {
    assert.deepEqual(
      item.speakers.map((s) => [s.name, s.title, s.quotes.length]),
      [
        ['Lee Jae Myung', 'South Korean President', 6],
        ['Xi Jinping', 'Chinese President', 3],
      ],
    );
  });

  it('reports the unreviewed item first, then the translation and the second-hand quotations, and no weekday finding', () => {
    assert.deepEqual(
      item.findings.map((f) => [f.rule, f.severity]),
      [
        ['unreviewed-item', 'warning'],
        ['translated-quote', 'information'],
        ['secondary-source', 'information'],
        ['secondary-source', 'information'],
        ['secondary-source', 'information'],
      ],
    );
    const unreviewed = item.findings[0];
    assert.equal(lineIndex(text).positionAt(unreviewed.start).line, 20);
    assert.match(unreviewed.message, /auto-published from an agency feed/);
  });

  it('explains an attribution resolved through a pronoun', () => {
    const lines = describeAttribution(quote('I hope'), item);
    assert.equal(lines[0], 'Lee Jae Myung (South Korean President)');
    assert.match(lines.join('\n'), /"he said"/);
    assert.match(lines.join('\n'), /"he" is Lee Jae Myung: one sentence after "Lee noted"/);
    assert.match(describeAttribution(quote('(China)'), item).join('\n'), /translator/);
    assert.match(describeAttribution(quote('vertical'), item).join('\n'), /Yonhap/);
  });
});
