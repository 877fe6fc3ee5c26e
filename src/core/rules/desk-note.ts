// desk-note: a note from the agency's desk to editors, left in the copy (`(Eds: Updating with fresh quotes)`).
import { docsPath, excerpt, type Rule } from './rule';

const DESK_NOTE = /(?:^|[\s(\[])((?:\(|\[)\s*(?:eds?|editors?|editor's note|note to editors|corrects?|updates?|adds?|recasts?|changes?)\s*:[^)\]\r\n]{0,200}(?:\)|\]))/gi;

export const deskNote: Rule = {
  id: 'desk-note',
  defaultSeverity: 'warning',
  description: "A note from the agency's desk to editors was left in the copy.",
  docs: docsPath('desk-note'),
  check(item, text, scan) {
    const out = [];
    // A desk note opens with a bracket, and only blanks and words stand before its colon.
    if (scan && !scan.bracketColon) return [];
    for (const p of item.paragraphs) {
      // Every desk note is a bracket and then a colon (look in the paragraph only: the text may be a whole
      // feed). Few paragraphs hold a colon; no match starts before the character ahead of the first bracket,
      // so the search starts there.
      const slice = text.slice(p.start, p.end);
      const colon = slice.indexOf(':');
      if (colon < 0) continue;
      const round = slice.indexOf('(');
      const square = slice.indexOf('[');
      const bracket = round < 0 || (square >= 0 && square < round) ? square : round;
      if (bracket < 0 || (bracket > colon && slice.indexOf(':', bracket) < 0)) continue;
      DESK_NOTE.lastIndex = bracket > 0 ? bracket - 1 : 0;
      for (let m = DESK_NOTE.exec(slice); m; m = DESK_NOTE.exec(slice)) {
        const start = p.start + m.index + m[0].indexOf(m[1]);
        out.push({ start, end: start + m[1].length, message: `Desk note left in the copy: "${excerpt(m[1], 50)}". Remove it before publishing.` });
      }
    }
    return out;
  },
};
