// desk-note: a note from the agency's desk to editors, left in the copy (`(Eds: Updating with fresh quotes)`).
import { docsPath, excerpt, type Rule } from './rule';

const DESK_NOTE = /(?:^|[\s(\[])((?:\(|\[)\s*(?:eds?|editors?|editor's note|note to editors|corrects?|updates?|adds?|recasts?|changes?)\s*:[^)\]\r\n]{0,200}(?:\)|\]))/gi;

export const deskNote: Rule = {
  id: 'desk-note',
  defaultSeverity: 'warning',
  description: "A note from the agency's desk to editors was left in the copy.",
  docs: docsPath('desk-note'),
  check(item, text) {
    const out = [];
    for (const p of item.paragraphs) {
      // Every desk note has a colon (look in the paragraph only: the text may be a whole feed).
      let slice: string | undefined;
      if (p.end - p.start > 256) {
        slice = text.slice(p.start, p.end);
        if (slice.indexOf(':') < 0) continue;
      } else {
        // A short paragraph is read in place (no copy of it for every paragraph of the item).
        let colon = p.start;
        while (colon < p.end && text.charCodeAt(colon) !== 58) colon++;
        if (colon >= p.end) continue;
        slice = text.slice(p.start, p.end);
      }
      DESK_NOTE.lastIndex = 0;
      for (let m = DESK_NOTE.exec(slice); m; m = DESK_NOTE.exec(slice)) {
        const start = p.start + m.index + m[0].indexOf(m[1]);
        out.push({ start, end: start + m[1].length, message: `Desk note left in the copy: "${excerpt(m[1], 50)}". Remove it before publishing.` });
      }
    }
    return out;
  },
};
