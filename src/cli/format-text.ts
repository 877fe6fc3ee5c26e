// Text output: `path:line:column: severity rule-id message` per finding, then per item a header line and
// its speakers with their quotations. Meant for a person at a terminal (and for editors' problem matchers).
import type { Attribution, AttributionRule, Finding, Item, Quote, Severity } from '../core';
import { position, type CheckResult, type FileReport } from './check';

export interface Colours {
  severity(severity: Severity, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  bad(text: string): string;
}

const plain: Colours = {
  severity: (_s, t) => t,
  bold: (t) => t,
  dim: (t) => t,
  good: (t) => t,
  bad: (t) => t,
};

const sgr = (code: string, text: string) => `\u001b[${code}m${text}\u001b[0m`;
const ansi: Colours = {
  severity: (s, t) => sgr(s === 'error' ? '1;31' : s === 'warning' ? '33' : s === 'information' ? '36' : '2', t),
  bold: (t) => sgr('1', t),
  dim: (t) => sgr('2', t),
  good: (t) => sgr('32', t),
  bad: (t) => sgr('33', t),
};

/**
 * Colour when standard output is a terminal, unless NO_COLOR is set to a non-empty value
 * (https://no-color.org); FORCE_COLOR (any value but 0 or false) turns it on for pipes. NO_COLOR wins.
 */
export function useColour(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return isTTY === true;
}

export function formatText(result: CheckResult, colour: boolean): string {
  const c = colour ? ansi : plain;
  const out: string[] = [];
  for (const file of result.files) {
    const findings = file.review.items.flatMap((item) => item.findings);
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const finding of findings) out.push(findingLine(file, finding, c));
    for (const item of file.review.items) {
      if (out.length > 0) out.push('');
      out.push(...itemBlock(file, item, c));
    }
  }
  if (out.length > 0) out.push('');
  out.push(summary(result, c));
  return out.join('\n') + '\n';
}

export function findingLine(file: FileReport, finding: Finding, c: Colours = plain): string {
  const { line, column } = position(file.lines, finding.start);
  return `${c.bold(`${terminalSafe(file.target.display)}:${line}:${column}:`)} ${c.severity(finding.severity, finding.severity)} ${c.dim(finding.rule)} ${oneLine(finding.message)}`;
}

function itemBlock(file: FileReport, item: Item, c: Colours): string[] {
  const { line } = position(file.lines, item.start);
  // Unreviewed: a syndication disclaimer says so. Without disclaimer or stamp, nothing says either way.
  const state = item.reviewed
    ? c.good(item.stamp ? `Reviewed by ${oneLine(item.stamp.reviewer)}, ${item.stamp.date}` : 'Reviewed')
    : item.disclaimer
      ? c.bad('Unreviewed')
      : 'No review stamp';
  const counts = `${plural(item.quotes.length, 'quotation')}, ${plural(item.speakers.length, 'speaker')}`;
  const head = [item.date ?? 'no date', item.dateline ? oneLine(item.dateline.text) : 'no dateline', state, counts];
  const lines = [`${c.bold(`${terminalSafe(file.target.display)}:${line}:`)} ${head.join(' · ')}`];

  for (const speaker of item.speakers) {
    const who = oneLine(speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name);
    lines.push(`  ${c.bold(who)}: ${plural(speaker.quotes.length, 'quotation')}`);
    for (const index of speaker.quotes) {
      const quote = item.quotes[index];
      if (quote) lines.push(quoteLine(file, quote, c));
    }
  }
  const unattributed = item.quotes.filter((q) => q.speaker === null);
  if (unattributed.length > 0) {
    lines.push(`  ${c.severity('warning', 'Unattributed')}: ${plural(unattributed.length, 'quotation')}`);
    for (const quote of unattributed) lines.push(quoteLine(file, quote, c));
  }
  return lines;
}

function quoteLine(file: FileReport, quote: Quote, c: Colours): string {
  const { line, column } = position(file.lines, quote.start);
  const notes: string[] = [];
  if (quote.speaker) notes.push(howAttributed(quote.speaker));
  if (quote.speaker?.translated) notes.push('translated');
  if (quote.speaker?.via) notes.push(`via ${quote.speaker.via}`);
  if (!quote.closed) notes.push('never closed');
  const where = `${line}:${column}`.padEnd(8);
  const tail = notes.length > 0 ? c.dim(` — ${notes.join(', ')}`) : '';
  return `    ${c.dim(where)} ${quote.kind.padEnd(7)} "${excerpt(file.text.slice(quote.inner.start, quote.inner.end))}"${tail}`;
}

const RULE_WORDS: Record<AttributionRule, string> = {
  'quote-then-cue': 'cue after the quotation',
  'cue-then-quote': 'cue before the quotation',
  'colon-intro': 'introduced with a colon',
  'according-to': 'according to',
  'dash-credit': 'credited after a dash',
  saying: 'saying',
  continuation: 'continues the previous quotation',
  'previous-intro': 'introduced in the previous paragraph',
  'sentence-subject': 'subject of the sentence',
  'question-answer': 'answer to a question',
};

function howAttributed(a: Attribution): string {
  if (a.rule === 'continuation') return a.basis ? `continues after "${oneLine(a.basis.text)}"` : RULE_WORDS.continuation;
  if (a.cue) return `"${oneLine(a.cue.text)}"`;
  const words = RULE_WORDS[a.rule] ?? a.rule;
  return a.rule === 'sentence-subject' ? `${words}: ${oneLine(a.mention.text)}` : words;
}

function summary(result: CheckResult, c: Colours): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let items = 0;
  for (const file of result.files) {
    for (const item of file.review.items) {
      items++;
      for (const f of item.findings) counts[f.severity]++;
    }
  }
  const parts = (['error', 'warning', 'information', 'hint'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => c.severity(s, s === 'information' ? `${counts[s]} information` : plural(counts[s], s)));
  let text = `${plural(result.files.length, 'file')} reviewed, ${plural(items, 'item')}: ${parts.length > 0 ? parts.join(', ') : 'no findings'}`;
  if (result.errors.length > 0) text += `; ${c.severity('error', `${plural(result.errors.length, 'file')} could not be read`)}`;
  return text + '.';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** White space (including line breaks) folded to single spaces, and safe for a terminal. */
function oneLine(text: string): string {
  return terminalSafe(text.replace(/\s+/g, ' ').trim());
}

/**
 * Text from a file made safe to print on a terminal: control characters (an escape sequence could recolour,
 * retitle or clear the terminal) become visible symbols, and bidirectional overrides (which can reorder
 * what the line seems to say) become `<U+202E>`. Tabs and line breaks are left to the caller.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␛ …
    if (code === 0x7f) return '\u2421'; // ␡
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/** A quotation shortened to about 60 characters at a word boundary. */
export function excerpt(text: string, max = 60): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  let cut = flat.lastIndexOf(' ', max);
  if (cut < max / 2) cut = max;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
  return flat.slice(0, cut).replace(/[\s,;:]+$/, '') + '…';
}
