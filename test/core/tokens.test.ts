// The hand-written tokenizer is the regular expression it replaced, token for token.
import { strict as assert } from 'node:assert';
import { tokenize as tokenizeWithShapes, type Token } from '../../src/core/tokens';
import { ABBREVIATIONS } from '../../src/core/words';
import { rng } from '../support/rng';

/** A token as the expression defines it: all but its shape (test/core/word-lists.test.ts checks that). */
type Plain = Omit<Token, 'shape'>;

/** The tokenizer's tokens without their shapes. */
function tokenize(text: string, from: number, to: number): Plain[] {
  return tokenizeWithShapes(text, from, to).map(({ shape: _, ...t }) => t);
}

/** The original tokenizer, kept as the definition the scanner must match. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019.\-]*|[^\s\p{L}\p{N}]/gu;
function reference(text: string, from: number, to: number): Plain[] {
  const out: Plain[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const start = from + m.index;
    const isWord = /[\p{L}\p{N}]/u.test(word[0]);
    if (isWord) {
      while (word.length > 1 && /['\u2019\-]$/.test(word)) word = word.slice(0, -1);
      if (word.length > 1 && word.endsWith('.')) {
        const bare = word.slice(0, -1).toLowerCase();
        const keep = ABBREVIATIONS.has(bare) || /^[a-z]$/.test(bare) || /^(?:[a-z]\.)+[a-z]$/.test(bare);
        if (!keep) word = word.slice(0, -1);
      }
    }
    const c = word.charCodeAt(0);
    out.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      cap: isWord && word[0] !== word[0].toLowerCase() && word[0] === word[0].toUpperCase() && !(c >= 48 && c <= 57),
      word: isWord,
    });
  }
  return out;
}

const PIECES = [
  'Lee', 'said', 'Mr.', 'U.S.', 'u.s.', 'e.g.', 'J.', 'j.', 'end.', 'Korea\'s', 'Korea\u2019s', 'rock-\'n\'-roll', 'well-', 'ab\'', 'x.\'',
  '3.5', '2025-11-01', '\u00c9mile', '\u00e9t\u00e9', '\u0130stanbul', '\u01c5ungla', 'na\u0308ive', '\u0308x', '\u4e60\u8fd1\u5e73',
  '\u0928\u0908 \u0926\u093f\u0932\u094d\u0932\u0940', '\u{1d400}\u{1d401}', '\u{20000}x', 'a\u{10405}b', '\u{10405}', 'x\u{1d167}', '\u{1f600}', '\ud800', '\udc00', 'a\ud800b',
  '"', '\u201c', '\u201d', '\u2018', '\u2019', '\u2014', '--', '(', ')', ',', ':', '.', '...', '\u2026', '\u00a0', '\u2009', '\u3000',
  '\ufeff', '\u2028', '\t', '\n', '\r\n', ' ', '  ', '\u00bd', '\u2160', '\u0661\u0662', '\u00df', '\u1e9e', 'Dr.', 'Sept.', 'Calif.',
];

describe('tokens: the scanner matches the regular expression it replaced', () => {
  it('on the pieces of newsroom text, joined at random, and on random slices of them', () => {
    const random = rng(42);
    for (let n = 0; n < 3000; n++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 12);
      for (let k = 0; k < count; k++) parts.push(PIECES[Math.floor(random() * PIECES.length)], random() < 0.5 ? ' ' : '');
      const text = parts.join('');
      const from = Math.floor(random() * (text.length + 1) * 0.3);
      const to = from + Math.floor(random() * (text.length - from + 1));
      assert.deepEqual(tokenize(text, 0, text.length), reference(text, 0, text.length), JSON.stringify(text));
      assert.deepEqual(tokenize(text, from, to), reference(text, from, to), `${JSON.stringify(text)} [${from}, ${to})`);
    }
  });

  it('on random code units, surrogates included', () => {
    const random = rng(7);
    const alphabet = 'aZ9 .\'-\u2019"\u00e9\u0308\u4e60\ud835\udc00\ud800\udc00\u00a0\u2028,'.split('');
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = Math.floor(random() * 20);
      for (let k = 0; k < len; k++) text += random() < 0.1 ? String.fromCharCode(Math.floor(random() * 0x10000)) : alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(tokenize(text, 0, text.length), reference(text, 0, text.length), JSON.stringify(text));
    }
  });
});

describe('tokens: every character', () => {
  it('each BMP code unit alone, inside a word and before a mark, and astral code points, tokenize as the expression says', function () {
    this.timeout(60_000);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `a${ch}b`, `${ch}x.`, ` ${ch}\u0301`]) assert.deepEqual(tokenize(t, 0, t.length), reference(t, 0, t.length), c.toString(16));
    }
    for (let cp = 0x10000; cp < 0x30000; cp += 7) {
      const ch = String.fromCodePoint(cp);
      for (const t of [ch, `a${ch}b`, `${ch}x`]) assert.deepEqual(tokenize(t, 0, t.length), reference(t, 0, t.length), cp.toString(16));
    }
  });
});

describe('tokens: a word before a full stop, told from an abbreviation by its shape first', () => {
  // The scanner looks an ASCII word before a stop up only when its length, first and last letters are an
  // abbreviation's: every abbreviation (as written, capitalised, in capitals), words of the same shape that
  // are none, and random ASCII words, before a stop, at a sentence's end and inside it, two-byte text too.
  it('keeps the stop exactly where the expression and the abbreviation list say', () => {
    const words: string[] = [];
    for (const a of ABBREVIATIONS) {
      const cap = a.charAt(0).toUpperCase() + a.slice(1);
      words.push(a, cap, a.toUpperCase());
      // Same length, first and last letters, another letter inside (`mxr`), and one letter more or less.
      if (a.length > 2) words.push(a.charAt(0) + 'x'.repeat(a.length - 2) + a.charAt(a.length - 1));
      words.push(a + 'x', a.slice(1), cap.slice(0, -1) + 'Q');
    }
    const random = rng(99);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\'-';
    for (let n = 0; n < 3000; n++) {
      let w = letters.charAt(Math.floor(random() * 62));
      const len = Math.floor(random() * 8);
      for (let k = 0; k < len; k++) w += letters.charAt(Math.floor(random() * letters.length));
      words.push(w);
    }
    for (const w of words) {
      for (const t of [`${w}.`, `Then ${w}. Next`, `said ${w}.\u201d`, `(${w}.)`, `${w}.' x`]) {
        assert.deepEqual(tokenize(t, 0, t.length), reference(t, 0, t.length), JSON.stringify(t));
      }
    }
  });
});
