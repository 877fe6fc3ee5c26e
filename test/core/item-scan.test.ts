// One pass over each item (scanItem) finds its quote marks, stops and prefilter answer, and whether it may
// hold a desk note (issue 5): desk-note skips an item the pass says holds no bracket before a colon, and the
// pass reads the item from its start, header line included. Each is checked against the separate readings
// it stands for, on real and generated text.
import { strict as assert } from 'node:assert';
import { reviewText } from '../../src/core';
import { findMarksAndStops, scanItem } from '../../src/core/marks';
import type { Span } from '../../src/core/model';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, Terminators } from '../../src/core/sentences';
import { deskNote } from '../../src/core/rules/desk-note';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

/** Pieces of wire copy and of its edges: headers after every kind of line break, marks, stops, desk notes. */
const PIECES = [
  'date 2025-11-01 ', 'date 2025-11-01\n', ' \tdate 2025-02-03 SEOUL, Feb 3 (AP) -- ', '\u00a0date\u00a02025-02-03', '\ufeffdate 2025-02-03', 'date 2025-1-02',
  'date 2025-11-012', 'date 2025-11-01-', 'update 2025-11-01', 'date\t2025-12-31 x', 'date', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\u2028',
  '\u2029', ' ', '\t', '\u00a0', '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', "'", '\u2019', '.', '!', '?', '\u2026', 'Mr. Lee said',
  '"Yes," he said.', '\u201cNo.\u201d Then', '(Eds: updating)', '[CORRECTS: name]', '( eds\n:', '(', '[', ':', ') :', '(x. y:', '("a":',
  'feed', 'Wire', 'news service', 'auto-published', 'not reviewed', 'syndicated', 'word', '\u00e9t\u00e9', '\ud83d\ude00',
];

function texts(): string[] {
  const random = rng(71);
  const out = wireTexts();
  // Real texts with their line breaks made CRLF and lone CR, and without their final line break.
  for (const t of wireTexts().slice(0, 40)) out.push(t.replace(/\n/g, '\r\n'), t.replace(/\n/g, '\r'), t.replace(/\s+$/, ''));
  for (let k = 0; k < 4000; k++) {
    const parts: string[] = [];
    const count = Math.floor(random() * 80);
    for (let j = 0; j < count; j++) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
    out.push(parts.join(''));
  }
  // The attribution throws on a few of these (a paragraph ending in a colon inside the header line, with no
  // sentence, before one that opens with a quotation: `date 2025-11-01:\n\n"Yes."`, reported); left out.
  return out.filter((text) => {
    try {
      reviewText(text, { wholeTextIsItem: true });
      return true;
    } catch {
      return false;
    }
  });
}

describe('the pass over an item (scanItem)', () => {
  it('finds no bracket before a colon only in items where desk-note finds nothing', () => {
    let skipped = 0;
    let notes = 0;
    for (const text of texts()) {
      for (const item of reviewText(text, { wholeTextIsItem: true }).items) {
        const scan = scanItem(text, item.start, item.end);
        const found = deskNote.check(item, text);
        notes += found.length;
        if (!scan.bracketColon) {
          assert.deepEqual(found, [], JSON.stringify(text));
          skipped++;
        }
        assert.deepEqual(deskNote.check(item, text, scan), found, JSON.stringify(text));
      }
    }
    assert.ok(skipped > 1000 && notes > 100, `${skipped} items skipped, ${notes} desk notes`);
  });

  it('reads the header line too: its marks, stops and prefilter words change nothing the body gives', () => {
    // The review's bodies start at the lede, after the header and dateline; the pass starts at the item's
    // start. Cut the first paragraph anywhere: the pass over the item gives the quotations and sentences
    // of the marks and stops found from the cut, and a prefilter word wherever the cut's pass finds one.
    const random = rng(72);
    let cuts = 0;
    for (const text of texts()) {
      for (const item of reviewText(text, { wholeTextIsItem: true }).items) {
        if (item.paragraphs.length === 0) continue;
        const scan = scanItem(text, item.start, item.end);
        const first = item.paragraphs[0];
        const end = item.paragraphs[item.paragraphs.length - 1].end;
        for (let k = 0; k < 3; k++) {
          const cut = first.start + Math.floor(random() * (first.end - first.start + 1));
          const bodies: Span[] = item.paragraphs.map((p, i) => (i === 0 ? { start: cut, end: p.end } : { start: p.start, end: p.end }));
          const own = findMarksAndStops(text, cut, end);
          const quotes = findQuotes(text, bodies, own.marks);
          assert.deepEqual(findQuotes(text, bodies, scan.marks), quotes, JSON.stringify([text, cut]));
          const byOwn = new Terminators(text, cut, end, own.stops);
          const byScan = new Terminators(text, cut, end, scan.stops);
          for (const body of bodies) {
            if (body.start >= body.end) continue;
            assert.deepEqual(splitSentences(text, body, quotes, byScan), splitSentences(text, body, quotes, byOwn), JSON.stringify([text, cut]));
          }
          if (own.prefilterWord) assert.ok(scan.prefilterWord, JSON.stringify([text, cut]));
          cuts++;
        }
      }
    }
    assert.ok(cuts > 9000, `${cuts} cuts`);
  });
});
