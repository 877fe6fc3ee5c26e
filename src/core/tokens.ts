// A small tokenizer for the windows around quotations: words with their offsets, and punctuation.
import { ABBREVIATIONS } from './words';

export interface Token {
  start: number;
  end: number;
  /** The word as written, without a trailing full stop that ends a sentence. */
  text: string;
  /** Lower-case form. */
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019.\-]*|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const start = from + m.index;
    const isWord = /[\p{L}\p{N}]/u.test(word[0]);
    if (isWord) {
      // Drop trailing apostrophes, hyphens and a sentence-ending stop (keep `Mr.`, `U.S.`, `J.`).
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
