// Recording an accepted finding in `.wiredesk.json` as one small text edit: the new entry goes at the end of
// the `accepted` list (created when missing), one line per entry, and the rest of the file (comments,
// order, formatting) is left alone. Pure (no Node API).
import { sameAcceptance } from '../fingerprint';
import type { Acceptance } from '../model';
import { ACCEPTANCE_KEYS } from './config';
import { parseJsonc, property, toValue } from './jsonc';

export interface ConfigEdit {
  start: number;
  end: number;
  newText: string;
}

export type AcceptPlan = { edit: ConfigEdit } | { already: true } | { refusal: string };

/** One acceptance as a single line of JSON, fields in a fixed order. */
export function formatAcceptance(a: Acceptance): string {
  return `{ ${ACCEPTANCE_KEYS.filter((k) => a[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}: ${JSON.stringify(a[k])}`)
    .join(', ')} }`;
}

function lineBreak(text: string): string {
  const k = text.indexOf('\n');
  return k > 0 && text[k - 1] === '\r' ? '\r\n' : '\n';
}

function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? m[1] : '  ';
}

function indentOfLineAt(text: string, offset: number): string {
  let k = offset;
  while (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') k--;
  return /^[ \t]*/.exec(text.slice(k))![0];
}

/**
 * The edit that adds `acceptance` to the config text (`undefined` or '' when there is no file yet: the
 * edit then writes the whole file).
 */
export function planAcceptance(text: string | undefined, acceptance: Acceptance, fileName = '.wiredesk.json'): AcceptPlan {
  const entry = formatAcceptance(acceptance);
  if (text === undefined || text.trim() === '') {
    return { edit: { start: 0, end: text?.length ?? 0, newText: `{\n  "accepted": [\n    ${entry}\n  ]\n}\n` } };
  }
  const parsed = parseJsonc(text);
  if ('error' in parsed) return { refusal: `${fileName} is not valid JSON (${parsed.error.message}); fix it first.` };
  const root = parsed.node;
  if (root.type !== 'object') return { refusal: `${fileName} must hold an object ({ ... }); fix it first.` };
  const eol = lineBreak(text);
  const unit = indentUnit(text);
  const rootIndent = indentOfLineAt(text, root.start);
  const list = property(root, 'accepted');
  if (!list) {
    const propIndent = rootIndent + unit;
    const body = `"accepted": [${eol}${propIndent}${unit}${entry}${eol}${propIndent}]`;
    const last = root.properties[root.properties.length - 1];
    if (!last) {
      return { edit: { start: root.start, end: root.end, newText: `{${eol}${propIndent}${body}${eol}${rootIndent}}` } };
    }
    return { edit: { start: last.value.end, end: last.value.end, newText: `,${eol}${propIndent}${body}` } };
  }
  const array = list.value;
  if (array.type !== 'array') return { refusal: `"accepted" in ${fileName} must be a list; fix it first.` };
  for (const existing of array.items) {
    const v = toValue(existing) as Partial<Acceptance> | null;
    if (v && typeof v === 'object' && typeof v.rule === 'string' && typeof v.item === 'string' && typeof v.text === 'string') {
      if (sameAcceptance(v as Acceptance, acceptance)) return { already: true };
    }
  }
  const listIndent = indentOfLineAt(text, list.keyStart);
  const lastItem = array.items[array.items.length - 1];
  if (!lastItem) {
    return { edit: { start: array.start, end: array.end, newText: `[${eol}${listIndent}${unit}${entry}${eol}${listIndent}]` } };
  }
  const itemIndent = indentOfLineAt(text, lastItem.start);
  const onOwnLine = text.slice(array.start + 1, lastItem.start).includes('\n');
  return {
    edit: {
      start: lastItem.end,
      end: lastItem.end,
      newText: onOwnLine ? `,${eol}${itemIndent}${entry}` : `, ${entry}`,
    },
  };
}

/** Applies an edit to a text (for tests and for writing a file that is not open). */
export function applyEdit(text: string, edit: ConfigEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}
