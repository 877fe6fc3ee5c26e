// Hover text: on a quotation, the core's plain-words account laid out as Markdown; on a speaker mention,
// that speaker's quotations.
import { strict as assert } from 'node:assert';
import { lineIndex, reviewText } from '../../src/core';
import type { Item } from '../../src/core/model';
import { escapeMarkdown, mentionHoverMarkdown, quoteHoverMarkdown } from '../../src/extension/hover-text';
import { hoverTarget, itemAt, mentionAt, quoteIndexAt } from '../../src/extension/locate';
import { fakeAttribution, fakeItem, fakeQuote, offsetOf, SEED_TEXT } from './helpers';

describe('extension hover: layout', () => {
  const text = 'date 2025-11-03 "Growth *will* [hold]," Choi said.';
  const choi = fakeAttribution(text, 'Choi Sang-mok', 'Choi');
  const item = fakeItem(text, [fakeQuote(text, '"Growth *will* [hold],"', choi)], [
    { name: 'Choi Sang-mok', title: 'Finance Minister', organisation: false, quotes: [0], mentions: [choi.mention] },
  ]);

  it('a heading with the kind, then the lines, the first (who) in bold, all escaped', () => {
    const md = quoteHoverMarkdown(item, item.quotes[0], () => ['Choi Sang-mok, Finance Minister', 'Cue: "Choi said" after the quote', '']);
    assert.equal(md, '**Direct quotation**\n\n**Choi Sang\\-mok, Finance Minister**\n\nCue: "Choi said" after the quote');
  });

  it('notes an unclosed or multi-paragraph quotation in the heading', () => {
    const quote = { ...item.quotes[0], closed: false, paragraphs: 2 };
    const md = quoteHoverMarkdown(item, quote, () => ['No speaker found']);
    assert.match(md, /^\*\*Direct quotation\*\* \(never closed, runs over 2 paragraphs\)/);
  });

  it('escapes Markdown so wire text shows literally', () => {
    assert.equal(escapeMarkdown('*not* [a](link) #1 <b> a|b _x_'), '\\*not\\* \\[a\\]\\(link\\) \\#1 \\<b\\> a\\|b \\_x\\_');
    assert.equal(escapeMarkdown('two\nlines'), 'two lines');
  });

  it('a speaker mention lists their quotations with kind and 1-based line', () => {
    const hit = mentionAt(item, offsetOf(text, 'Choi said') + 1)!;
    assert.equal(hit.speaker.name, 'Choi Sang-mok');
    const md = mentionHoverMarkdown(item, hit, () => 4);
    assert.equal(
      md,
      '**Choi Sang\\-mok \\(Finance Minister\\)** (mentioned here as “Choi”)\n\n1 quotation in this item:\n\n1. “Growth \\*will\\* \\[hold\\],” (direct, line 5)',
    );
  });
});

describe('extension hover: what is under the cursor', () => {
  const text = 'date 2025-11-03 "Growth held," Choi said. "Exports (China) too," he added.';
  const choi = fakeAttribution(text, 'Choi Sang-mok', 'Choi');
  const china = { start: offsetOf(text, 'China'), end: offsetOf(text, 'China') + 5, text: 'China' };
  const item = fakeItem(text, [fakeQuote(text, '"Growth held,"', choi), fakeQuote(text, '"Exports (China) too,"', choi)], [
    { name: 'Choi Sang-mok', organisation: false, quotes: [0, 1], mentions: [choi.mention] },
    { name: 'China', organisation: true, quotes: [], mentions: [china] },
  ]);

  it('a quotation from its opening mark to just after its closing mark (where the keyboard hover asks)', () => {
    const q = item.quotes[0];
    assert.deepEqual(hoverTarget(item, q.start), { kind: 'quote', index: 0 });
    assert.deepEqual(hoverTarget(item, q.end - 1), { kind: 'quote', index: 0 });
    assert.deepEqual(hoverTarget(item, q.end), { kind: 'quote', index: 0 });
    assert.equal(hoverTarget(item, q.start - 1), undefined);
  });

  it('a mention, also just after it; a mention inside a quotation wins over the quotation', () => {
    const at = offsetOf(text, 'Choi said');
    assert.equal(hoverTarget(item, at)?.kind, 'mention');
    assert.equal(hoverTarget(item, at + 4)?.kind, 'mention');
    const inside = hoverTarget(item, china.start + 1);
    assert.ok(inside?.kind === 'mention' && inside.hit.speaker.name === 'China');
    // Just after "China" the quotation covers the offset, so it beats the mention that merely ends there.
    assert.deepEqual(hoverTarget(item, china.end), { kind: 'quote', index: 1 });
    assert.equal(quoteIndexAt(item, china.end), 1);
  });
});

describe('extension hover: the sample, with the core describing attributions', () => {
  const review = reviewText(SEED_TEXT);
  const lines = lineIndex(SEED_TEXT);
  const item = review.items[0] as Item;
  const hoverAt = (needle: string) => {
    const offset = offsetOf(SEED_TEXT, needle) + 2;
    assert.equal(itemAt(review, offset), item);
    const k = quoteIndexAt(item, offset);
    assert.ok(k >= 0, `a quotation at ${needle}`);
    return quoteHoverMarkdown(item, item.quotes[k]);
  };

  it('"I hope that ...": Lee Jae Myung, his title, the cue "he said", his quotation count', () => {
    const md = hoverAt('"I hope that');
    assert.match(md, /^\*\*Direct quotation\*\*/);
    assert.match(md, /Lee Jae Myung/);
    assert.match(md, /South Korean President/);
    assert.match(md, /he said/);
    assert.match(md, /\b6\b/);
  });

  it('"(China) is willing ...": Xi Jinping, said through a translator', () => {
    const md = hoverAt('"(China)');
    assert.match(md, /Xi Jinping/);
    assert.match(md, /translat|interpret/i);
  });

  it('"mutually beneficial": a partial quotation by Lee, via Yonhap', () => {
    const md = hoverAt('"mutually beneficial"');
    assert.match(md, /^\*\*Partial quotation\*\*/);
    assert.match(md, /Lee Jae Myung/);
    assert.match(md, /Yonhap/);
  });

  it('on "Xi" in a cue: Xi Jinping\'s three quotations, with their lines', () => {
    const offset = offsetOf(SEED_TEXT, 'Xi said through') + 1;
    const hit = mentionAt(item, offset);
    assert.ok(hit, 'a mention of Xi');
    const md = mentionHoverMarkdown(item, hit, (o) => lines.positionAt(o).line);
    assert.match(md, /^\*\*Xi Jinping \\\(Chinese President\\\)\*\*/);
    assert.match(md, /3 quotations in this item:/);
    assert.match(md, /1\. “\\\(China\\\) is willing.*\(direct, translated, line \d+\)/);
    assert.match(md, /2\. “close neighbours.*\(partial, line \d+\)/);
    assert.match(md, /3\. “Promoting the healthy.*\(direct, line 19\)/);
  });
});
