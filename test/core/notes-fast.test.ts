// The notes on how a quotation reached us, read the quick way, checked against the plain reading: the
// translator prefilter (`nsl` or `rpr`) against the expression it stands before, and findVia, which copies
// an agency's words out only once they are known to be one, against the reading that copied every phrase.
import { strict as assert } from 'node:assert';
import { findVia, isTranslated, MAY_BE_TRANSLATED } from '../../src/core/attribution/notes';
import { tokenize, type Token } from '../../src/core/tokens';
import { splitParagraphs, withoutPossessive } from '../../src/core/text';
import { AGENCIES, OUTLET_LAST_WORDS, OUTLET_NOUNS } from '../../src/core/words';
import { rng } from '../support/rng';
import { wireTexts } from './arbitraries';

/** findVia as it read before: every phrase before a verb copied out, `the` shifted off, `said` after one word refused. */
function plainFindVia(tokens: readonly Token[]): string | undefined {
  const agencyEndingAt = (end: number): Token[] | undefined => {
    let k = end;
    while (k >= 0 && tokens[k].word && (tokens[k].cap || OUTLET_NOUNS.holds(tokens[k])) && end - k < 6) k--;
    const words = tokens.slice(k + 1, end + 1);
    while (words.length > 0 && words[0].lower === 'the') words.shift();
    if (words.length === 0) return undefined;
    const known = AGENCIES.has(withoutPossessive(words[0].lower));
    const described = words.length >= 2 && OUTLET_LAST_WORDS.has(words[words.length - 1].lower);
    return known || described ? words : undefined;
  };
  const name = (words: Token[]): string => {
    let end = words.length;
    while (end > 1 && !words[end - 1].cap && OUTLET_LAST_WORDS.has(words[end - 1].lower)) end--;
    return words.slice(0, end).map((w) => withoutPossessive(w.text)).join(' ');
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || t.cap) continue;
    const w = t.lower;
    const before = w === 'by' || w === 'to' || w === 'citing';
    if (!before && i > 0 && ['said', 'cited', 'quoted', 'reports', 'carried', 'reported'].includes(w)) {
      const words = agencyEndingAt(i - 1);
      if (words && (w !== 'said' || words.length > 1)) return name(words);
    }
    if (before && (w === 'citing' || (i > 0 && tokens[i - 1].lower === (w === 'by' ? 'reported' : 'according')))) {
      let e = i + 1;
      while (e < tokens.length && e < i + 6 && tokens[e].word && (tokens[e].cap || OUTLET_NOUNS.holds(tokens[e]) || tokens[e].lower === 'the')) e++;
      const words = agencyEndingAt(e - 1);
      if (words && words[0].start > t.start) return name(words);
    }
  }
  return undefined;
}

describe('the notes on a quotation: fast paths read as the plain ones', () => {
  it('the translator prefilter passes every text the translator expression matches, in any case', () => {
    const random = rng(21);
    const openers = ['through', 'via', 'with the help of', 'using', 'in', ''];
    const middles = ['an', 'a', 'his', 'her', 'their', 'the', 'translated', ''];
    const nouns = ['translator', 'interpreter', 'translators', 'interpreters', 'translated by', 'interpreted from', 'remarks', 'translation', 'transl', 'interpret'];
    const anyCase = (s: string) => [...s].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join('');
    let matched = 0;
    for (let n = 0; n < 4000; n++) {
      const pick = (list: string[]) => list[Math.floor(random() * list.length)];
      const text = anyCase(`He spoke ${pick(openers)} ${pick(middles)} ${pick(nouns)} on Monday`);
      if (isTranslated(text)) {
        matched++;
        assert.ok(MAY_BE_TRANSLATED.test(text), JSON.stringify(text));
      }
    }
    for (const text of wireTexts()) {
      for (const p of splitParagraphs(text, 0, text.length)) {
        const paragraph = text.slice(p.start, p.end);
        if (isTranslated(paragraph)) {
          matched++;
          assert.ok(MAY_BE_TRANSLATED.test(paragraph), JSON.stringify(paragraph));
        }
      }
    }
    assert.ok(matched > 200, `${matched} texts matched`);
  });

  it('findVia reads the channel the plain reading does, on real text and on phrases of agency words', () => {
    let vias = 0;
    for (const text of wireTexts()) {
      for (const p of splitParagraphs(text, 0, text.length)) {
        const tokens = tokenize(text, p.start, p.end);
        const via = findVia(tokens);
        assert.equal(via, plainFindVia(tokens), text.slice(p.start, p.end));
        if (via) vias++;
      }
    }
    const random = rng(23);
    const pieces = ['the', 'The', 'Yonhap', "Yonhap's", 'Reuters', 'AP', 'news', 'agency', 'Daily', 'daily', 'Times', 'Seoul', 'Economic',
      'said', 'reported', 'quoted', 'cited', 'carried', 'reports', 'by', 'to', 'according', 'citing', 'told', 'Lee', 'he', ',', '.', 'and'];
    for (let n = 0; n < 3000; n++) {
      const words: string[] = [];
      const count = 1 + Math.floor(random() * 14);
      for (let k = 0; k < count; k++) words.push(pieces[Math.floor(random() * pieces.length)]);
      const text = words.join(' ');
      const tokens = tokenize(text, 0, text.length);
      const via = findVia(tokens);
      assert.equal(via, plainFindVia(tokens), text);
      if (via) vias++;
    }
    assert.ok(vias > 300, `${vias} channels found`);
  });
});
