// How an attribution was decided, in plain words for a hover or a report.
import type { Item, Quote } from './model';

const RULE_WORDS: Record<string, string> = {
  'quote-then-cue': 'the cue right after the quotation',
  'cue-then-quote': 'the cue right before the quotation',
  'colon-intro': 'the words that introduce it with a colon',
  'according-to': '"according to" in its sentence',
  'dash-credit': 'the credit after a dash',
  saying: 'the subject of the sentence, who speaks in it ("saying ...")',
  continuation: 'it continues the quotation before it',
  'previous-intro': 'the previous paragraph introduces it',
  'sentence-subject': 'the subject of its sentence, who speaks in it',
  'question-answer': 'the question-and-answer layout',
};

const NUMBERS = 'no one two three four five six seven eight nine ten'.split(' ');

function sentencesBetween(item: Item, from: number, to: number): number {
  let n = 0;
  for (const p of item.paragraphs) {
    if (p.end <= from || p.start >= to) continue;
    for (const s of p.sentences) if (s.start > from && s.start <= to) n++;
  }
  return n;
}

/** Lines describing who said a quotation and how we know; the first line names the speaker. */
export function describeAttribution(quote: Quote, item: Item): string[] {
  const s = quote.speaker;
  if (!s) {
    if (quote.kind === 'scare') return ['Scare quote: not speech, so no speaker.'];
    if (!quote.closed) return ['This quotation is never closed, so no speaker was decided.'];
    return ['No speaker: nothing in the text says who said this.'];
  }
  const lines: string[] = [];
  lines.push(s.title ? `${s.name} (${s.title})` : s.name);
  let how = `How we know: ${RULE_WORDS[s.rule] ?? s.rule}`;
  if (s.cue) how += `, "${s.cue.text}"`;
  if (s.rule === 'continuation' && s.basis) how = `How we know: ${RULE_WORDS.continuation}, attributed by "${s.basis.text}"`;
  lines.push(how + '.');
  const mentionWord = s.mention.text;
  if (s.basis && s.rule !== 'continuation' && mentionWord.toLowerCase() !== s.name.toLowerCase()) {
    const n = sentencesBetween(item, s.basis.start, s.mention.start);
    const distance = n === 0 ? 'in the same sentence as' : `${NUMBERS[n] ?? n} sentence${n === 1 ? '' : 's'} after`;
    lines.push(`"${mentionWord}" is ${s.name}: ${distance} "${s.basis.text}".`);
  } else if (mentionWord !== s.name && !s.name.includes(mentionWord) && s.rule !== 'continuation') {
    lines.push(`"${mentionWord}" refers to ${s.name}.`);
  } else if (mentionWord !== s.name && s.rule !== 'continuation') {
    lines.push(`"${mentionWord}" is ${s.name}, named in full earlier in the item.`);
  }
  if (s.translated) lines.push('Said through a translator: the words are the translation.');
  if (s.via) lines.push(`As reported by ${s.via}: second-hand, keep the credit.`);
  const speaker = item.speakers.find((sp) => sp.name === s.name);
  const count = speaker ? speaker.quotes.length : 1;
  lines.push(`${s.name} has ${count} quotation${count === 1 ? '' : 's'} in this item.`);
  return lines;
}
