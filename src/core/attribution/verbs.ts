// Reporting-verb lookups on tokens.
import type { Token } from '../tokens';
import { REPORTING_VERBS, STRONG_REPORTING_VERBS } from '../words';

export function isReportingVerb(t: Token, strongOnly = false): boolean {
  return t.word && !t.cap && (strongOnly ? STRONG_REPORTING_VERBS : REPORTING_VERBS).has(t.lower);
}

/** Index of the first token that is not punctuation such as `,` `—` `-` `(`. */
export function skipPunctuation(tokens: readonly Token[], from = 0): number {
  let i = from;
  while (i < tokens.length && !tokens[i].word && /^[,\u2014\u2013\-(:]$/.test(tokens[i].text)) i++;
  return i;
}
