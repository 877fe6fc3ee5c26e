// What an attribution rule returns: the speaker mention it found, the cue that tells us, and the rule id.
import type { AttributionRule, Span } from '../model';
import type { SpeakerMention } from '../mentions';
import type { QuoteContext } from './context';

export interface Found {
  rule: AttributionRule;
  mention: SpeakerMention;
  cue: Span;
  /** For continuation: the earlier quotation whose speaker this one continues. */
  from?: number;
}

/** What earlier quotations decided, for continuation rules. */
export interface Decided {
  found: Found | undefined;
  kind: 'direct' | 'partial' | 'scare';
  /** The index of the latest quotation up to this one that has a speaker (-1: none). */
  spoken: number;
}

export type AttributionRuleFn = (ctx: QuoteContext, earlier: readonly Decided[], all: readonly QuoteContext[]) => Found | undefined;
