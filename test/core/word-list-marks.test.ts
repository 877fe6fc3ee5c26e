// The word lists' shapes are marked once, when the first tokens are made (WordList.markShapes), not inside
// `holds` at each list's first question: a list made after that marking marks its own words when it is made,
// and until the marking every shape may be in every list (each word is looked up).
import { strict as assert } from 'node:assert';
import { tokenize } from '../../src/core/tokens';
import { SHAPES, WordList } from '../../src/core/words';

describe('word lists: the shapes marked once, before the first tokens', () => {
  it('a list made after the first tokens holds its words and tells others by their shapes', () => {
    tokenize('Tokens first.', 0, 13);
    const list = new WordList(['zqxv', 'ozymandias', 'qq']);
    const text = 'Zqxv ZQXV zqxv. ozymandias qq Qq zqxw zzxv qqq ozymandia';
    const held = tokenize(text, 0, text.length).filter((t) => list.holds(t)).map((t) => t.text);
    assert.deepEqual(held, ['Zqxv', 'ZQXV', 'zqxv', 'ozymandias', 'qq', 'Qq']);
    for (const t of tokenize(text, 0, text.length)) assert.equal(list.mayHold(t.shape) || !list.has(t.lower), true, t.text);
  });

  it('every shape stays open to words outside ASCII (shape 0) after the marking', () => {
    tokenize('x', 0, 1);
    assert.equal(SHAPES[0], -1);
  });
});
