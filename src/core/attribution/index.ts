// The attribution sieve: for each quotation, the rules are tried in order of precision and the first that
// finds a speaker wins. A quotation no rule explains stays unattributed; the engine never guesses.
import type { Attribution, Paragraph, Quote, QuoteKind, TextSpan } from '../model';
import type { QuoteSpan } from '../quotes';
import type { Token } from '../tokens';
import { accordingTo } from './according-to';
import { buildContexts, SentenceTokens } from './context';
import { continuation } from './continuation';
import { cueThenQuote } from './cue-then-quote';
import { dashCredit } from './dash-credit';
import { classify } from './kind';
import { findVia, isTranslated, MAY_BE_TRANSLATED } from './notes';
import { predicateSubject } from './predicate';
import { questionAnswer } from './question-answer';
import { quoteThenCue } from './quote-then-cue';
import { Resolver, type Person } from './resolve';
import { sentenceSubject } from './sentence-subject';
import { INDEFINITE } from './speaker';
import type { AttributionRuleFn, Decided, Found } from './types';
import { wordSet } from '../text';

const POSSESSIVE_DETERMINERS = wordSet('his her their its our my your this these those');

/** The sieve, in order. Continuation comes after the rules that read the quotation's own sentence. */
export const ATTRIBUTION_RULES: readonly AttributionRuleFn[] = [
  questionAnswer,
  quoteThenCue,
  cueThenQuote,
  accordingTo,
  dashCredit,
  continuation,
  sentenceSubject,
  predicateSubject,
];

/** Attribute every quotation of an item. `itemStart` bounds the search for names. */
export function attributeQuotes(text: string, itemStart: number, paragraphs: readonly Paragraph[], spans: readonly QuoteSpan[]): Quote[] {
  // Every window around a quotation is cut from its sentence's tokens, computed once per sentence.
  const sentenceTokens = new SentenceTokens(text, spans);
  const contexts = buildContexts(text, spans, paragraphs, sentenceTokens);
  const resolver = new Resolver(text, itemStart, paragraphs, spans, sentenceTokens);
  const decided: Decided[] = [];
  const quotes: Quote[] = [];
  let lastPerson: Person | undefined;
  let lastOrganisation: Person | undefined;
  // Whether the last sentence span read was translated: the quotations of a sentence come one after another.
  let translatedFrom = -1;
  let translatedTo = -1;
  let translated = false;
  // An indexed loop: the for-of it replaces cost 1.2 % more instructions of a whole review (as V8 compiled
  // this function). The rules' loop below stays a for-of: indexed, it cost 4 % more.
  for (let i = 0; i < contexts.length; i++) {
    const ctx = contexts[i];
    const q = ctx.quote;
    let found: Found | undefined;
    // An unclosed quotation gets no speaker: where it ends is unknown (the unclosed-quote finding asks for
    // the closing mark first).
    if (q.closed) {
      for (const rule of ATTRIBUTION_RULES) {
        found = rule(ctx, decided, contexts);
        if (found) break;
      }
    }
    const previousKind: QuoteKind | undefined = decided.length > 0 ? decided[decided.length - 1].kind : undefined;
    const kind = q.closed ? classify(ctx, found, previousKind) : 'direct';
    if (kind === 'scare') found = undefined;
    decided.push({ found, kind, spoken: found ? i : i > 0 ? decided[i - 1].spoken : -1 });

    let speaker: Attribution | null = null;
    if (found) {
      // A continuation speaks as the earlier quotation's speaker: its name, title and organisation are read
      // from it in place (no Person made for them).
      const earlier = found.from !== undefined ? quotes[found.from].speaker : null;
      const person: Person | undefined = earlier ?? resolvePerson(resolver, found, ctx.quote.start, lastPerson, lastOrganisation);
      if (person) {
        const sentenceTokens = ctx.sentenceTokens();
        const from = ctx.openSentence.start;
        const to = Math.max(ctx.openSentence.end, ctx.closeSentence.end);
        if (from !== translatedFrom || to !== translatedTo) {
          const outside = text.slice(from, to);
          translated = outside.length < 2000 && MAY_BE_TRANSLATED.test(outside) && isTranslated(stripQuotes(outside));
          translatedFrom = from;
          translatedTo = to;
        }
        let basis: TextSpan | undefined;
        if (earlier) {
          // A copy: no span of an item is reached twice (the editor's cache moves an item's spans in place).
          basis = earlier.cue && { start: earlier.cue.start, end: earlier.cue.end, text: earlier.cue.text };
        } else if (person.antecedent) {
          const { start, end } = person.antecedent;
          basis = { start, end, text: text.slice(start, end) };
        }
        // Every field in the one literal, `basis` too (undefined when there is none, which JSON leaves out):
        // a field added to a kept object afterwards gives it a second block of properties for the collector.
        speaker = {
          name: person.name,
          title: person.title,
          organisation: person.organisation,
          mention: { start: found.mention.start, end: found.mention.end, text: text.slice(found.mention.start, found.mention.end) },
          rule: found.rule,
          cue: { start: found.cue.start, end: found.cue.end, text: text.slice(found.cue.start, found.cue.end) },
          translated: translated || (earlier !== null && earlier.translated),
          via: viaOf(sentenceTokens) ?? earlier?.via,
          basis,
        };
        if (person.organisation) lastOrganisation = person;
        else lastPerson = person;
      }
    }
    quotes.push({
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      inner: q.inner,
      kind,
      closed: q.closed,
      paragraphs: q.paragraphs,
      speaker,
    });
  }
  return quotes;
}

/**
 * findVia, once per token list: the quotations of one sentence share its list (SentenceTokens) and come
 * one after another, so the last answer is kept (a WeakMap of every list cost more than it saved).
 */
let lastViaTokens: readonly Token[] | undefined;
let lastVia: string | undefined;
function viaOf(tokens: readonly Token[]): string | undefined {
  if (tokens !== lastViaTokens) {
    lastVia = findVia(tokens);
    lastViaTokens = tokens;
  }
  return lastVia;
}

function stripQuotes(s: string): string {
  return s.replace(/["\u201c\u201e][^"\u201c\u201d\u201e]*["\u201d]/g, ' ');
}

function resolvePerson(resolver: Resolver, found: Found, at: number, lastPerson: Person | undefined, lastOrganisation: Person | undefined): Person | undefined {
  const m = found.mention;
  switch (m.kind) {
    case 'pronoun': {
      const p = resolver.pronoun(m, at, m.head === 'they' || m.head === 'we' ? lastOrganisation : lastPerson);
      return p ?? { name: m.name, organisation: m.head === 'they' || m.head === 'we' };
    }
    case 'role': {
      // An unnamed role speaks as such: `the minister`; a description as written: `a poll worker`, `the woman`.
      const det = /^(\S+)\s/.exec(m.name)?.[1].toLowerCase();
      const written =
        (det !== undefined && (det === 'the' || INDEFINITE.has(det) || /['\u2019]s?$/.test(det) || POSSESSIVE_DETERMINERS.has(det))) ||
        /^(?:another|one|others|some|many|several|most)$/i.test(m.name);
      const known = det === undefined || det === 'the' ? resolver.role(m) : undefined;
      return known ?? { name: written || !/^[a-z]/.test(m.name) ? m.name : `the ${m.name}`, organisation: false };
    }
    default:
      return resolver.person(m);
  }
}
