// When a plain-text document becomes `wirefeed`.
import { strict as assert } from 'node:assert';
import { SWITCH_BACK_WINDOW_MS, WireDetector } from '../../src/extension/detect-state';
import { SEED_TEXT } from './helpers';

describe('extension detection', () => {
  let now = 0;
  const detector = () => new WireDetector(() => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('switches plain text whose first non-blank line is a header (the sample starts with a space)', () => {
    const d = detector();
    assert.equal(d.opened('a', 'plaintext', SEED_TEXT, true), true);
    assert.equal(d.opened('b', 'plaintext', '\n\n  date 2025-01-02 Text', true), true);
  });

  it('leaves other text, other languages, and everything when the setting is off', () => {
    const d = detector();
    assert.equal(d.opened('a', 'plaintext', 'Notes\ndate 2025-01-02', true), false);
    assert.equal(d.opened('b', 'markdown', SEED_TEXT, true), false);
    assert.equal(d.opened('c', 'wirefeed', SEED_TEXT, true), false);
    assert.equal(d.opened('d', 'plaintext', SEED_TEXT, false), false);
    assert.equal(d.opened('e', 'plaintext', 'update 2025-01-02', true), false);
  });

  it('a document the user switches back to plain text stays plain text', () => {
    const d = detector();
    assert.equal(d.opened('a', 'plaintext', SEED_TEXT, true), true);
    // VS Code: close as plaintext, open as wirefeed; later the user picks Plain Text: close as wirefeed, open as plaintext.
    d.closed('a', 'plaintext');
    assert.equal(d.opened('a', 'wirefeed', SEED_TEXT, true), false);
    now += 60_000;
    d.closed('a', 'wirefeed');
    now += 1;
    assert.equal(d.opened('a', 'plaintext', SEED_TEXT, true), false);
    assert.equal(d.isOptedOut('a'), true);
    assert.equal(d.changed('a', 'plaintext', SEED_TEXT, true), false);
  });

  it('a wire document closed and opened again later is detected again', () => {
    const d = detector();
    d.closed('a', 'wirefeed');
    now += SWITCH_BACK_WINDOW_MS + 1;
    assert.equal(d.opened('a', 'plaintext', SEED_TEXT, true), true);
  });

  it('wire copy pasted into a plain-text document switches it', () => {
    const d = detector();
    assert.equal(d.opened('untitled:1', 'plaintext', '', true), false);
    assert.equal(d.changed('untitled:1', 'plaintext', SEED_TEXT, true), true);
  });
});
