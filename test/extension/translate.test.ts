// The pure modules' translation parameter: English by default (placeholders filled as vscode.l10n.t
// fills them), and every visible text goes through the function the adapters pass.
import { strict as assert } from 'node:assert';
import { reviewText } from '../../src/core';
import { buildOutline } from '../../src/extension/outline-tree';
import { planMarkReviewed } from '../../src/extension/mark-plan';
import { readSettings } from '../../src/extension/settings';
import { reviewingView, statusView } from '../../src/extension/status-text';
import { english, type Translate } from '../../src/extension/translate';
import { SEED_TEXT } from './helpers';

/** A stand-in translation: brackets the message, then fills it in English. */
const bracket: Translate = (message, ...args) => english(`[${message}]`, ...args);

describe('extension translation parameter', () => {
  it('english fills {0} {1} (repeated, in any order) and leaves a placeholder without an argument', () => {
    assert.equal(english('{1} then {0}, {0}', 'a', 2), '2 then a, a');
    assert.equal(english('{0} and {1}', 'x'), 'x and {1}');
    assert.equal(english('no {0} args'), 'no {0} args');
    assert.equal(english('{0}', '{1}', 'not again'), '{1}');
  });

  it('status bar, outline, refusals and settings warnings go through the function given', () => {
    const review = reviewText(SEED_TEXT);
    const view = statusView(review, 0, bracket)!;
    assert.ok(view.text.includes('[Unreviewed]'), view.text);
    assert.ok(view.tooltip.includes('[Click to mark the item as reviewed.]'), view.tooltip);
    assert.ok(reviewingView(2_000_000, bracket).text.includes('[Wire Desk: reviewing 2.0 MB…]'));
    const outline = buildOutline(review, bracket);
    assert.ok(outline.some((n) => n.children.some((c) => c.detail.startsWith('['))));
    const refusal = planMarkReviewed('', undefined, 'A', '2025-11-01', '\n', bracket);
    assert.ok('refusal' in refusal && refusal.refusal.startsWith('[There is no wire item here'));
    const { warnings } = readSettings((key) => (key === 'detectWireItems' ? 'yes' : undefined), [], bracket);
    assert.deepEqual(warnings, ['[wireDesk.detectWireItems must be true or false, not "yes"; using true.]']);
  });
});
