// Line endings and the byte order mark: a file with CRLF, CR-only or mixed line breaks is reviewed exactly
// as the same file with LF (same quotations, speakers, findings), with offsets into the file as it is and
// lines and columns (core lineIndex) right for it. A leading BOM changes nothing but the offsets.
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { lineIndex, reviewText, type Review } from '../../src/core';
import { assertReview, builtItem, check, feedText, mutatedItem, plain, REAL_ITEMS, soupText } from './arbitraries';

type Break = '\n' | '\r\n' | '\r';

/** `lf` (no CR in it) with its line breaks written as `breaks` (cycled), and a map from its offsets to lf's. */
function convert(lf: string, breaks: readonly Break[]): { text: string; toLf: Int32Array } {
  let out = '';
  const toLf: number[] = [];
  let k = 0;
  for (let i = 0; i < lf.length; i++) {
    const c = lf[i];
    if (c !== '\n') {
      toLf.push(i);
      out += c;
      continue;
    }
    let br = breaks[k++ % breaks.length];
    // A lone CR right before an LF would make the two one line break: write that one as CRLF.
    if (br === '\r' && lf[i + 1] === '\n' && breaks[k % breaks.length] === '\n') br = '\r\n';
    for (let j = 0; j < br.length; j++) toLf.push(i);
    out += br;
  }
  toLf.push(lf.length);
  return { text: out, toLf: Int32Array.from(toLf) };
}

/** A copy of a review with every offset mapped and every line break in its strings written as LF. */
function mapReview<T>(value: T, map: (offset: number) => number, toLf = true): T {
  if (Array.isArray(value)) return value.map((v) => mapReview(v, map, toLf)) as T;
  if (typeof value === 'string') return (toLf ? value.replace(/\r\n|\r/g, '\n') : value) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = mapReview(v, map, toLf);
  if (typeof (value as any).start === 'number' && typeof (value as any).end === 'number') {
    out.start = map((value as any).start);
    out.end = map((value as any).end);
  }
  return out as T;
}

function spansOf(review: Review): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const item of review.items) {
    spans.push(item, ...item.findings, ...item.quotes, ...item.paragraphs);
    for (const q of item.quotes) if (q.speaker) spans.push(q.speaker.mention);
  }
  return spans;
}

const lfText = fc.oneof(mutatedItem, builtItem, soupText, feedText).map((t) => t.replace(/\r\n?/g, '\n'));
const breakPattern = fc.oneof(
  fc.constant<Break[]>(['\r\n']),
  fc.constant<Break[]>(['\r']),
  fc.array(fc.constantFrom<Break>('\n', '\r\n', '\r'), { minLength: 1, maxLength: 7 }),
);

describe('engine properties: line endings', function () {
  this.timeout(60000);

  it('CRLF, CR-only and mixed files give the review of the LF file, offsets mapped, lines and columns equal', () => {
    check(
      'line endings',
      fc.property(lfText, breakPattern, fc.boolean(), (lf, breaks, whole) => {
        const { text, toLf } = convert(lf, breaks);
        const options = { wholeTextIsItem: whole };
        const reviewLf = reviewText(lf, options);
        const review = reviewText(text, options);
        assertReview(text, review);
        assert.deepEqual(plain(mapReview(review, (o) => toLf[o])), plain(reviewLf));
        // Lines and columns of the file as it is are those of the LF file.
        const lines = lineIndex(text);
        const linesLf = lineIndex(lf);
        for (const span of spansOf(review)) {
          for (const o of [span.start, span.end]) {
            if (text[o - 1] === '\r' && text[o] === '\n') continue; // never produced; checked by the deepEqual above
            assert.deepEqual(lines.positionAt(o), linesLf.positionAt(toLf[o]), `offset ${o}`);
          }
        }
      }),
      250,
    );
  });

  it('the seeds and wire items written with CRLF and CR give the same quotations, speakers and findings', () => {
    for (const real of REAL_ITEMS) {
      const lf = real.replace(/\r\n?/g, '\n');
      const reviewLf = reviewText(lf);
      for (const br of ['\r\n', '\r'] as const) {
        const { text, toLf } = convert(lf, [br]);
        const review = reviewText(text);
        assert.deepEqual(plain(mapReview(review, (o) => toLf[o])), plain(reviewLf), JSON.stringify(br));
        assert.deepEqual(
          review.items.flatMap((i) => i.findings.map((f) => [f.rule, lineIndex(text).positionAt(f.start)])),
          reviewLf.items.flatMap((i) => i.findings.map((f) => [f.rule, lineIndex(lf).positionAt(f.start)])),
        );
      }
    }
  });

  it('a leading byte order mark changes only the offsets (by one)', () => {
    check(
      'byte order mark',
      fc.property(fc.oneof(mutatedItem, feedText), fc.boolean(), (t, whole) => {
        fc.pre(!t.startsWith('\ufeff'));
        const plainReview = reviewText(t, { wholeTextIsItem: whole });
        const withBom = reviewText('\ufeff' + t, { wholeTextIsItem: whole });
        assertReview('\ufeff' + t, withBom);
        const mapped = mapReview(withBom, (o) => Math.max(0, o - 1), false);
        assert.deepEqual(plain(mapped), plain(plainReview), 'offsets shifted by the BOM');
      }),
      200,
    );
  });
});
