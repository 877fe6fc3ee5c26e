// `"..." — Lee Jae Myung` (a credit after a dash, as under pull quotes and captions), with any dash
// (`-`, `--`, `–`, `—`, `―`), on the quotation's line or alone on the next paragraph (`"..." ¶ - Jung Chung-rae`).
import { tokenize, type Token } from '../tokens';
import { phraseAfter } from './speaker';
import type { AttributionRuleFn, Found } from './types';

// (A token of punctuation is one character: `--` is two tokens.)
const DASHES = /^[\u2014\u2013\u2015\u2012-]$/;

/** A credit: a dash, then a name and at most a title or a date after a comma, to the end. */
function credit(text: string, tokens: readonly Token[]): Found | undefined {
  if (tokens.length < 2 || !DASHES.test(tokens[0].text)) return undefined;
  let s = 1;
  while (s < tokens.length && DASHES.test(tokens[s].text)) s++;
  const m = phraseAfter(text, tokens, s);
  if (!m || m.kind === 'agency' || m.kind === 'pronoun') return undefined;
  // The credit is all that follows (a title, a place or a date after a comma at most).
  let k = s;
  while (k < tokens.length && tokens[k].end <= m.end) k++;
  if (k < tokens.length && tokens[k].text !== ',' && tokens[k].text !== '.' && tokens[k].text !== '(') return undefined;
  return { rule: 'dash-credit', mention: m, cue: { start: tokens[0].start, end: m.end } };
}

export const dashCredit: AttributionRuleFn = (ctx) => {
  const after = ctx.afterTokens();
  if (after.length > 0) return credit(ctx.text, after);
  // The credit on a paragraph of its own right after a paragraph that is the quotation.
  const p = ctx.quote.lastParagraph;
  const para = ctx.paragraphs[p];
  if (ctx.quote.end < para.end - 1 || p + 1 >= ctx.paragraphs.length) return undefined;
  for (let i = ctx.quote.end; i < para.end; i++) if (ctx.text.charCodeAt(i) > 32) return undefined;
  const next = ctx.paragraphs[p + 1];
  if (next.end - next.start > 160) return undefined;
  // Only a paragraph that opens with a dash (or with white space the tokens skip) is read.
  const c = ctx.text.charCodeAt(next.start);
  if (c !== 45 && (c < 0x2012 || c > 0x2015) && !/\s/.test(ctx.text[next.start])) return undefined;
  return credit(ctx.text, tokenize(ctx.text, next.start, next.end));
};
