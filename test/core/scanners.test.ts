// The fast scanners (issue 5) find exactly what the simple definitions they replaced find: item starts
// (a multiline regular expression), paragraphs (a character loop) and sentences.
import { strict as assert } from 'node:assert';
import { findItems } from '../../src/core/items';
import type { Paragraph, Span } from '../../src/core/model';
import { foldForMatch, isBlank, isWhite, splitParagraphs, splitWords } from '../../src/core/text';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

const PIECES = [
  'date 2025-11-01', ' date 2025-11-01 ', '\u00a0\tdate\u00a02025-01-31', '\ufeffdate 2024-02-29', 'date 2025-11-011', 'date 2025-11-01-',
  'update 2025-11-01', 'dated 2025-11-01', 'date  2025-1-01', 'Date 2025-11-01', 'date', ' date ', 'x', 'Seoul said.', '"Yes," he said.',
  '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\u2028', '\u2029', ' ', '\t', '\u00a0', '\u3000', '  \n  \n', 'word', 'two words',
];

function text(random: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(random() * 16);
  for (let k = 0; k < count; k++) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
  return parts.join('');
}

/** The definitions the scanners replaced. */
const HEADER_LINE = /^[ \t\u00a0\ufeff]*date[ \t\u00a0]+\d{4}-\d{2}-\d{2}(?![\d-])/gm;
function itemsByRegex(t: string, whole: boolean): Span[] {
  const starts: number[] = [];
  HEADER_LINE.lastIndex = 0;
  for (let m = HEADER_LINE.exec(t); m; m = HEADER_LINE.exec(t)) {
    starts.push(m.index);
    HEADER_LINE.lastIndex = m.index + m[0].length;
  }
  if (starts.length === 0) return whole && t.length > 0 ? [{ start: 0, end: t.length }] : [];
  return starts.map((s, k) => ({ start: s, end: k + 1 < starts.length ? starts[k + 1] : t.length }));
}

/** The paragraphs' bounds, and a check that none has sentences yet (the review reads them afterwards). */
function bounds(paragraphs: readonly Paragraph[]): Span[] {
  for (const p of paragraphs) assert.equal(p.sentences.length, 0);
  return paragraphs.map(({ start, end }) => ({ start, end }));
}

function paragraphsByLoop(t: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let paraStart = -1;
  let lastNonSpace = -1;
  let lineHasText = false;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && t.charCodeAt(i + 1) === 10) i++;
      if (!lineHasText && paraStart >= 0) {
        out.push({ start: paraStart, end: lastNonSpace + 1 });
        paraStart = -1;
      }
      lineHasText = false;
      continue;
    }
    if (!isBlank(c)) {
      if (paraStart < 0) paraStart = i;
      lineHasText = true;
      lastNonSpace = i;
    }
  }
  if (paraStart >= 0) out.push({ start: paraStart, end: lastNonSpace + 1 });
  return out;
}

describe('scanners: the fast forms find what the simple definitions find', () => {
  it('findItems is the multiline header expression, also where hyphens, digits and blanks come near a header', () => {
    // findItems starts from the hyphens of the text: dates of every length, hyphens and digits around `date`.
    const near = [
      'date 2025-11-01', 'date 12025-11-01', 'date 025-11-01', 'date 2025-11-01-', 'date 2025--11-01', 'date\u00a0 \t2025-11-01', 'xdate 2025-11-01',
      'ddate 2025-11-01', 'date2025-11-01', '2025-11-01', '-', '--', '1', '2025', ' ', '\t', '\u00a0', '\ufeff', '\n', '\r', '\u2028', 'date', 'da', 'te',
      '-2025-11-01', 'date -2025-11-01', 'date 2025-11-01 2025-11-02', 'date 2025-11-1', 'date 2025-1-01',
    ];
    const random = rng(2);
    for (let n = 0; n < 5000; n++) {
      const parts: string[] = [];
      const count = Math.floor(random() * 12);
      for (let k = 0; k < count; k++) parts.push(near[Math.floor(random() * near.length)]);
      const t = parts.join('');
      for (const whole of [false, true]) assert.deepEqual(findItems(t, whole), itemsByRegex(t, whole), JSON.stringify(t));
    }
    for (const t of wireTexts()) assert.deepEqual(findItems(t), itemsByRegex(t, false));
  });

  it('findItems is the multiline header expression', () => {
    const random = rng(1);
    for (let n = 0; n < 5000; n++) {
      const t = text(random);
      for (const whole of [false, true]) assert.deepEqual(findItems(t, whole), itemsByRegex(t, whole), JSON.stringify(t));
    }
  });

  it('splitParagraphs is the character loop, over whole texts and over spans of them', () => {
    const random = rng(2);
    for (let n = 0; n < 5000; n++) {
      const t = text(random);
      const from = Math.floor(random() * (t.length + 1));
      const to = from + Math.floor(random() * (t.length - from + 1));
      assert.deepEqual(bounds(splitParagraphs(t, 0, t.length)), paragraphsByLoop(t, 0, t.length), JSON.stringify(t));
      assert.deepEqual(bounds(splitParagraphs(t, from, to)), paragraphsByLoop(t, from, to), `${JSON.stringify(t)} [${from}, ${to})`);
    }
  });
});

/** The definition foldForMatch replaced. */
function foldByRegex(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/-\s+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

describe('scanners: foldForMatch', () => {
  it('is the chain of replacements it replaced', () => {
    const random = rng(3);
    const alphabet = [
      'a', 'B', 'x', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u1680', '\u2009', '-', '\u2010', '\u2014',
      '\u2212', '\u2018', '\u2019', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u2032', '\u2033', '"', "'", '\u0130', '\u00c9', 'auto-', ' published',
    ];
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = Math.floor(random() * 14);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      assert.equal(foldForMatch(s), foldByRegex(s), JSON.stringify(s));
    }
  });
});

describe('scanners: white space without regular expressions', () => {
  it('isWhite is \\s for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isWhite(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('splitWords is split(/\\s+/), with white space at either end, runs, and Unicode spaces', () => {
    const random = rng(7);
    const alphabet = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', '\u180e', '\u0085', 'Lee', 'J.', 'a', "O'Neil"];
    for (let r = 0; r < 3000; r++) {
      let s = '';
      const len = Math.floor(random() * 9);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(splitWords(s), s.split(/\s+/), JSON.stringify(s));
    }
  });
});
