// Is a quotation the reported speech itself (`direct`), a fragment quoted inside indirect speech or
// description (`partial`), or a scare quote with no speech at all (`scare`)?
import type { QuoteKind } from '../model';
import type { QuoteContext } from './context';
import type { Found } from './types';

const SCARE_CUES = /\b(?:so-called|so called|dubbed|termed|nicknamed|known as|labelled|labeled|branded)\s*$/i;

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function classify(ctx: QuoteContext, found: Found | undefined, previousKind: QuoteKind | undefined): QuoteKind {
  const { text, quote } = ctx;
  const beforeText = text.slice(ctx.before.start, ctx.before.end);
  if (SCARE_CUES.test(beforeText)) return 'scare';
  const inner = text.slice(quote.inner.start, quote.inner.end);
  const tokens = ctx.beforeTokens();
  // Nothing before it in its sentence, or only a cue ending in `:` or `,`: the quotation is the speech.
  const opensSentence = tokens.length === 0;
  const afterCue = found !== undefined && found.cue.end <= quote.start && (found.rule === 'colon-intro' || found.rule === 'cue-then-quote');
  const afterColon = tokens.length > 0 && tokens[tokens.length - 1].text === ':';
  if (opensSentence || afterCue || afterColon || quote.paragraphs > 1) return 'direct';
  // `"A," he said, "B."`: the second half of a direct quotation.
  if (found?.rule === 'continuation' && previousKind === 'direct' && ctx.before.start > ctx.openSentence.start) {
    const between = tokens.map((t) => t.lower).join(' ');
    if (/\b(?:said|says|added|told|asked|continued|explained|noted|wrote)\b/.test(between)) return 'direct';
  }
  if (found?.rule === 'quote-then-cue') {
    // A quotation right before its cue is direct when it reads as a sentence of its own.
    const first = inner.charCodeAt(0);
    if (first >= 65 && first <= 90 && wordCount(inner) >= 4) return 'direct';
  }
  if (!found && wordCount(inner) <= 4) return 'scare';
  return 'partial';
}
