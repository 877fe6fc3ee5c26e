// Word lists read on tokens tell most words from theirs by the token's shape (its length, first and last
// letters) before a look-up: each list's `holds` is checked against a plain look-up of the token's lower case,
// and each token's shape against its lower case, on real text and on every listed word written three ways.
import { strict as assert } from 'node:assert';
import '../../src/core/attribution/speaker';
import '../../src/core/attribution/verbs';
import { tokenize, type Token } from '../../src/core/tokens';
import { OUTLET_LAST_WORDS, OUTLET_NOUNS, shapeCode, WORD_LISTS } from '../../src/core/words';
import { wireTexts } from './arbitraries';

/** A token's shape as defined: 0, or the shape of its lower case when that is all ASCII. */
function shapeAllowed(t: Token): boolean {
  if (t.shape === 0) return true;
  const w = t.lower;
  return /^[\x00-\x7f]+$/.test(w) && t.shape === shapeCode(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
}

function check(tokens: readonly Token[], where: string): number {
  let held = 0;
  for (const t of tokens) {
    assert.ok(shapeAllowed(t), `${where}: shape of ${JSON.stringify(t.text)}`);
    for (const list of WORD_LISTS) {
      const plain = list.has(t.lower);
      assert.equal(list.holds(t), plain, `${where}: ${JSON.stringify(t.text)}`);
      if (plain) held++;
    }
  }
  return held;
}

describe('word lists: the shape test before a look-up', () => {
  it('has a bit for every list (at most 31)', () => {
    assert.ok(WORD_LISTS.length > 10 && WORD_LISTS.length <= 31, String(WORD_LISTS.length));
  });

  it('holds a token exactly when the list has its lower case, on real text', () => {
    let held = 0;
    for (const text of wireTexts()) held += check(tokenize(text, 0, text.length), 'real text');
    assert.ok(held > 1000, String(held));
  });

  it('holds every listed word as written, capitalised and in capitals, and words of the same shape only when listed', () => {
    for (const list of WORD_LISTS) {
      for (const w of list) {
        const cap = w.charAt(0).toUpperCase() + w.slice(1);
        // Same length, first and last letters, another inside; before a stop, a possessive, curly quotes
        // (two-byte text), a letter outside ASCII.
        const alike = w.length > 2 ? w.charAt(0) + 'q'.repeat(w.length - 2) + w.charAt(w.length - 1) : `${w}q`;
        const text = `${w} ${cap} ${w.toUpperCase()} ${alike}. \u201c${cap}'s ${w}\u2019 ${w}\u00e9 \u00e9${w} ${w}.`;
        const tokens = tokenize(text, 0, text.length);
        check(tokens, JSON.stringify(text));
        assert.ok(list.holds(tokens[0]) || tokens[0].lower !== w, w);
      }
    }
  });

  it('takes every word that ends an outlet\'s description, and `magazine`, for an outlet noun (the agency readers test only the last word)', () => {
    for (const w of [...OUTLET_LAST_WORDS, 'magazine']) assert.ok(OUTLET_NOUNS.has(w), w);
  });
});
