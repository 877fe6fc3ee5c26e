// unreviewed-item: the item carries a syndication disclaimer, so nobody on the desk has read it yet.
import { docsPath, excerpt, type Rule } from './rule';

export const unreviewedItem: Rule = {
  id: 'unreviewed-item',
  defaultSeverity: 'warning',
  description: 'The item was auto-published from an agency feed and has not been reviewed by an editor.',
  docs: docsPath('unreviewed-item'),
  check(item) {
    const d = item.disclaimer;
    if (!d) return [];
    let message: string;
    switch (d.kind) {
      case 'generated':
        message = `Not reviewed: software generated this item ("${excerpt(d.text, 60)}"). Check it, then mark it reviewed.`;
        break;
      case 'custom':
        // The user's phrase, unless it holds half a character (a settings file can): then the text itself.
        message = `Not reviewed: the item carries the disclaimer "${excerpt(d.cues[0] !== undefined && !/[\ud800-\udfff]/.test(d.cues[0]) ? d.cues[0] : d.text, 60)}". Check it, then mark it reviewed.`;
        break;
      default:
        message = `Not reviewed: this item was auto-published from an agency feed and no editor has reviewed it ("${excerpt(d.text, 60)}"). Check it, then mark it reviewed.`;
    }
    return [{ start: d.start, end: d.end, message }];
  },
};
