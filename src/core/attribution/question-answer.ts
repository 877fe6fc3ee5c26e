// Q&A transcripts and interviews: in a paragraph labelled `A:` (`ANSWER:`) the interviewee speaks, in one
// labelled with a name in capitals (`TUSK:`, `VON DER LEYEN:`, `MODERATOR:`) that speaker does. A quotation
// in such a paragraph is theirs unless its own sentence gives it to somebody else (`he told me, "..."`):
// `As I said in parliament, "..."` is the interviewee's. The interviewee is the person the introduction
// names before the first question (`an interview with Foreign Minister Cho Hyun`, `Cho spoke to ...`).
import { mention, type SpeakerMention } from '../mentions';
import { tokenize, type Token } from '../tokens';
import type { QuoteContext } from './context';
import { reportingCueBefore } from './cue-then-quote';
import { quoteThenCue } from './quote-then-cue';
import { mainSubject, phraseAfter } from './speaker';
import type { AttributionRuleFn } from './types';
import { wordSet } from '../text';

const FIRST_PERSON = wordSet('i we');

export interface Label {
  /** `q`, `a` or the speaker's name as written. */
  who: 'q' | 'a' | string;
  start: number;
  end: number;
}

const LABEL = /^[ \t]*([A-Z][A-Z.'\u2019-]*(?:[ \t]+[A-Z][A-Z.'\u2019-]*){0,3})[ \t]*:/;

/**
 * Whether a paragraph starting at text[start] may open with a label: with a capital letter or a blank, and
 * no letter a-z after it (a label's capital is followed by another, a stop, an apostrophe, a hyphen, a blank
 * or its colon; blanks by more blanks or the capital). Most paragraphs are told by two letters (`The`,
 * `But`, a quotation mark) without reading them for a label. (Exported for its test.)
 */
export function mayOpenWithLabel(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return ((first >= 65 && first <= 90) || first === 32 || first === 9) && !(second >= 97 && second <= 122);
}

/** The label opening a paragraph (`Q:`, `A:`, `QUESTION:`, `TUSK:`), if it has one. (Exported for its test.) */
export function labelOf(text: string, start: number, end: number): Label | undefined {
  const m = LABEL.exec(text.slice(start, Math.min(end, start + 60)));
  if (!m) return undefined;
  const word = m[1];
  const at = start + m.index + m[0].indexOf(word);
  const upper = word.replace(/[.\s]/g, '');
  if (upper === 'Q' || upper === 'QUESTION') return { who: 'q', start: at, end: at + word.length };
  if (upper === 'A' || upper === 'ANSWER') return { who: 'a', start: at, end: at + word.length };
  // A name label is in capitals and at least two letters: `TUSK`, `VON DER LEYEN`.
  if (word.length < 2 || /^(?:NOTE|EDS|EDITOR|UPDATE|PHOTO|VIDEO|CORRECTION|CLARIFICATION|WARNING|BREAKING|RELATED|READ|WATCH|SOURCE|SOURCES|CAPTION|AP|URGENT|FLASH)$/.test(upper)) return undefined;
  return { who: word, start: at, end: at + word.length };
}

/** The interviewee: named in the introduction, before the first labelled paragraph. */
function interviewee(ctx: QuoteContext): SpeakerMention | undefined {
  let first = -1;
  for (let p = 0; p < ctx.paragraphs.length; p++) {
    const label = labelOf(ctx.text, ctx.paragraphs[p].start, ctx.paragraphs[p].end);
    if (label && label.who === 'q') {
      first = p;
      break;
    }
  }
  for (let p = first - 1; p >= 0; p--) {
    for (const sentence of ctx.paragraphs[p].sentences) {
      const tokens: Token[] = tokenize(ctx.text, sentence.start, sentence.end);
      // `an interview with X`, `spoke to ... X` is less common than X being the subject.
      for (let i = 0; i + 1 < tokens.length; i++) {
        if (tokens[i].lower === 'with' && i > 0 && /^interviews?$/.test(tokens[i - 1].lower)) {
          const m = phraseAfter(ctx.text, tokens, i + 1);
          if (m && m.kind === 'person') return m;
        }
      }
      const m = mainSubject(ctx.text, tokens, tokens.length);
      if (m && m.kind === 'person') return m;
    }
  }
  return undefined;
}

export const questionAnswer: AttributionRuleFn = (ctx, earlier, all) => {
  const p = ctx.quote.firstParagraph;
  const para = ctx.paragraphs[p];
  if (!mayOpenWithLabel(ctx.text, para.start)) return undefined;
  // Labels by paragraph, kept for the item (many quotations share a paragraph).
  const labels = (ctx.scratch.labels ??= []);
  let label = labels[p];
  if (label === undefined) label = labels[p] = labelOf(ctx.text, para.start, para.end) ?? null;
  if (!label || label.who === 'q') return undefined;
  // The quotation's own cue wins unless it is the speaker talking about themselves (`As I said`).
  const own = reportingCueBefore(ctx) ?? quoteThenCue(ctx, earlier, all);
  if (own && !(own.mention.kind === 'pronoun' && FIRST_PERSON.has(own.mention.head ?? ''))) return undefined;
  const cue = { start: label.start, end: label.end + 1 };
  if (label.who === 'a') {
    const m = interviewee(ctx);
    return m ? { rule: 'question-answer', mention: m, cue } : undefined;
  }
  // `VON DER LEYEN:` speaks as the person of that name in the item (resolved from the last word).
  const words = label.who.split(/\s+/);
  const last = words[words.length - 1];
  const name = last.charAt(0) + last.slice(1).toLowerCase();
  return { rule: 'question-answer', mention: mention('person', label.start, label.end, name), cue };
};
