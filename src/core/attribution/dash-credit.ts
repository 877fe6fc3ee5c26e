// `"..." — Lee Jae Myung` (a credit after a dash, as under pull quotes and captions).
import { speakerAfter } from '../mentions';
import type { AttributionRuleFn } from './types';

export const dashCredit: AttributionRuleFn = (ctx) => {
  const tokens = ctx.afterTokens();
  if (tokens.length < 2 || !/^(?:\u2014|\u2013|-|--)$/.test(tokens[0].text)) return undefined;
  let s = 1;
  while (s < tokens.length && tokens[s].text === '-') s++;
  const m = speakerAfter(ctx.text, tokens, s);
  if (!m || m.kind === 'agency' || m.kind === 'pronoun') return undefined;
  // The credit is all that follows (a title or a place after a comma at most).
  return { rule: 'dash-credit', mention: m, cue: { start: tokens[0].start, end: m.end } };
};
