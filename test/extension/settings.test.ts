// wireDesk.* settings: valid values are taken, bad ones give a warning naming the setting and fall back.
import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, readSettings, reviewOptions } from '../../src/extension/settings';

const RULES = ['unreviewed-item', 'unattributed-quote', 'unclosed-quote', 'dateline-date', 'weekday-date', 'translated-quote', 'secondary-source'];
const read = (values: Record<string, unknown>) => readSettings((key) => values[key], RULES);

describe('extension settings', () => {
  it('unset settings are the defaults, without warnings', () => {
    const { settings, warnings } = read({});
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, disclaimerPhrases: [], severity: {} });
    assert.deepEqual(warnings, []);
    assert.equal(settings.detectWireItems, true);
  });

  it('takes valid values (reviewer trimmed, phrases trimmed and deduplicated, levels case-folded)', () => {
    const { settings, warnings } = read({
      reviewer: '  Jane Doe ',
      disclaimerPhrases: ['Published from a wire feed ', 'published from a wire feed', 'Unedited agency copy'],
      detectWireItems: false,
      severity: { 'translated-quote': 'off', 'unattributed-quote': 'Error', 'secondary-source': 'hint' },
    });
    assert.deepEqual(warnings, []);
    assert.equal(settings.reviewer, 'Jane Doe');
    assert.deepEqual(settings.disclaimerPhrases, ['Published from a wire feed', 'Unedited agency copy']);
    assert.equal(settings.detectWireItems, false);
    assert.deepEqual(settings.severity, { 'translated-quote': 'off', 'unattributed-quote': 'error', 'secondary-source': 'hint' });
  });

  it('a phrase is literal text: regular-expression characters are kept as they are', () => {
    const { settings, warnings } = read({ disclaimerPhrases: ['(Auto-feed) *not* edited.'] });
    assert.deepEqual(warnings, []);
    assert.deepEqual(settings.disclaimerPhrases, ['(Auto-feed) *not* edited.']);
  });

  it('a bad reviewer warns, naming wireDesk.reviewer, and falls back to the OS user name (empty setting)', () => {
    for (const bad of [42, ['Jane'], 'Jane\nDoe']) {
      const { settings, warnings } = read({ reviewer: bad });
      assert.equal(settings.reviewer, '');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /^wireDesk\.reviewer /);
    }
  });

  it('bad disclaimer phrases: not a list, non-text entries and too-short entries are dropped with a warning each', () => {
    let r = read({ disclaimerPhrases: 'auto-published' });
    assert.deepEqual(r.settings.disclaimerPhrases, []);
    assert.match(r.warnings[0], /^wireDesk\.disclaimerPhrases must be a list/);

    r = read({ disclaimerPhrases: ['good phrase here', 7, '', ' a ', null] });
    assert.deepEqual(r.settings.disclaimerPhrases, ['good phrase here']);
    assert.equal(r.warnings.length, 4);
    for (const w of r.warnings) assert.match(w, /^wireDesk\.disclaimerPhrases: /);
  });

  it('a non-boolean detectWireItems warns and stays on', () => {
    const { settings, warnings } = read({ detectWireItems: 'no' });
    assert.equal(settings.detectWireItems, true);
    assert.match(warnings[0], /^wireDesk\.detectWireItems must be true or false, not "no"/);
  });

  it('severity: unknown rules and unknown levels warn and keep the rule default; the rest is taken', () => {
    const { settings, warnings } = read({
      severity: { 'unclosed-quote': 'warning', 'no-such-rule': 'error', 'weekday-date': 'loud', 'dateline-date': 3 },
    });
    assert.deepEqual(settings.severity, { 'unclosed-quote': 'warning' });
    assert.equal(warnings.length, 3);
    assert.match(warnings[0], /wireDesk\.severity: there is no rule "no-such-rule"/);
    assert.match(warnings[1], /wireDesk\.severity: "weekday-date" is set to "loud", which is not one of off, hint, information, warning, error/);
    assert.match(warnings[2], /wireDesk\.severity: "dateline-date" is set to 3/);
  });

  it('severity that is not an object warns and uses the defaults', () => {
    for (const bad of ['error', ['error'], 5]) {
      const { settings, warnings } = read({ severity: bad });
      assert.deepEqual(settings.severity, {});
      assert.match(warnings[0], /^wireDesk\.severity must be an object/);
    }
  });

  it('null values (a cleared setting) are the defaults', () => {
    const { settings, warnings } = read({ reviewer: null, disclaimerPhrases: null, detectWireItems: null, severity: null });
    assert.deepEqual(warnings, []);
    assert.equal(settings.detectWireItems, true);
  });

  it('reviewOptions passes phrases and severities to the engine', () => {
    const { settings } = read({ disclaimerPhrases: ['unedited agency copy'], severity: { 'translated-quote': 'off' } });
    assert.deepEqual(reviewOptions(settings, true), {
      disclaimerPhrases: ['unedited agency copy'],
      severities: { 'translated-quote': 'off' },
      wholeTextIsItem: true,
    });
  });
});
