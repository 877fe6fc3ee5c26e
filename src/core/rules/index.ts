// Every review rule, in the order their findings are listed: unreviewed items first.
import { datelineDate } from './dateline-date';
import { deskNote } from './desk-note';
import type { Rule, RuleMeta } from './rule';
import { secondarySource } from './secondary-source';
import { translatedQuote } from './translated-quote';
import { unattributedQuote } from './unattributed-quote';
import { unclosedQuote } from './unclosed-quote';
import { unreviewedItem } from './unreviewed-item';
import { weekdayDate } from './weekday-date';

export type { Rule, RuleMeta };

export const rules: readonly Rule[] = [
  unreviewedItem,
  unclosedQuote,
  unattributedQuote,
  datelineDate,
  weekdayDate,
  deskNote,
  translatedQuote,
  secondarySource,
];

/** Metadata of every rule (for SARIF, settings, docs). */
export const ruleList: readonly RuleMeta[] = rules.map(({ id, defaultSeverity, description, docs }) => ({ id, defaultSeverity, description, docs }));
