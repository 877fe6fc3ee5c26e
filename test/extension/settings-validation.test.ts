// Every setting the manifest contributes is validated: a value of the wrong kind gives a warning that
// names the setting and the default is used; no value at all (of any JSON shape) makes the readers throw.
// Disclaimer phrases are literal text: no setting reaches a regular expression.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { reviewText } from '../../src/core';
import { DEFAULT_QUEUE_SETTINGS, readQueueSettings } from '../../src/extension/queue-settings';
import { DEFAULT_SETTINGS, readSettings } from '../../src/extension/settings';
import { check } from '../core/arbitraries';
import { ROOT, SEED_TEXT } from './helpers';

const RULES = ['unreviewed-item', 'unattributed-quote', 'unclosed-quote', 'dateline-date', 'weekday-date', 'desk-note', 'translated-quote', 'secondary-source'];
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, { type: string; default: unknown }> = manifest.contributes.configuration.properties;

/** Reads every setting through the readers the extension uses; the result for one key, and the warnings. */
function readAll(values: Record<string, unknown>): { value(key: string): unknown; warnings: string[] } {
  const main = readSettings((key) => values[key], RULES);
  const queue = readQueueSettings((key) => values[key]);
  const merged: Record<string, unknown> = { ...main.settings, ...queue.settings };
  return { value: (key) => merged[key], warnings: [...main.warnings, ...queue.warnings] };
}

const WRONG: Record<string, unknown[]> = {
  string: [42, true, ['a'], { a: 1 }],
  array: ['text', 7, { a: 1 }, false],
  boolean: ['yes', 1, [], {}],
  object: ['text', 3, ['a'], true],
};

describe('extension settings: every setting is validated', () => {
  const keys = Object.keys(properties).map((k) => k.replace(/^wireDesk\./, ''));

  it('the manifest contributes settings, each with a type and a default the readers use', () => {
    assert.ok(keys.length >= 7, keys.join(', '));
    const { value, warnings } = readAll({});
    assert.deepEqual(warnings, []);
    for (const key of keys) {
      assert.ok(properties[`wireDesk.${key}`].type in WRONG, `${key}: type ${properties[`wireDesk.${key}`].type}`);
      assert.deepEqual(value(key), properties[`wireDesk.${key}`].default, `wireDesk.${key}: the code's default is the manifest's`);
    }
  });

  for (const [name, spec] of Object.entries(properties)) {
    const key = name.replace(/^wireDesk\./, '');
    it(`${name}: a value of the wrong kind warns, naming the setting, and the default is used`, () => {
      for (const bad of WRONG[spec.type]) {
        const { value, warnings } = readAll({ [key]: bad });
        assert.equal(warnings.length, 1, `${name} = ${JSON.stringify(bad)}: ${JSON.stringify(warnings)}`);
        assert.ok(warnings[0].startsWith(`${name} `) || warnings[0].startsWith(`${name}:`), warnings[0]);
        assert.deepEqual(value(key), spec.default, `${name} = ${JSON.stringify(bad)}`);
      }
    });
  }

  it('any JSON value for any setting: the readers never throw, and every warning names its setting', () => {
    const settingKey = fc.constantFrom(...keys);
    check(
      'settings readers',
      fc.property(fc.dictionary(settingKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 7 }), (values) => {
        const { warnings } = readAll(values);
        for (const w of warnings) assert.ok(keys.some((k) => w.startsWith(`wireDesk.${k}`)), w);
      }),
      300,
    );
  });

  it('wireDesk.reviewer: too long, or holding what a stamp cannot (comma, double quote, control character)', () => {
    for (const bad of ['N'.repeat(101), 'Doe, Jane', 'Kim "KJ" Jong', 'Jane\u0007Doe', 'Jane\u2028Doe']) {
      const { value, warnings } = readAll({ reviewer: bad });
      assert.equal(value('reviewer'), DEFAULT_SETTINGS.reviewer, bad);
      assert.match(warnings[0], /^wireDesk\.reviewer .*using your OS user name instead\.$/s);
    }
    assert.equal(readAll({ reviewer: 'Zo\u00eb \u00d8stergaard-\u674e' }).value('reviewer'), 'Zo\u00eb \u00d8stergaard-\u674e');
  });

  it('wireDesk.disclaimerPhrases: a phrase longer than any disclaimer, and more than 100 phrases, warn', () => {
    let r = readAll({ disclaimerPhrases: ['x'.repeat(601), 'unedited agency copy'] });
    assert.deepEqual(r.value('disclaimerPhrases'), ['unedited agency copy']);
    assert.match(r.warnings[0], /^wireDesk\.disclaimerPhrases: .* is longer than 600 characters/);
    r = readAll({ disclaimerPhrases: Array.from({ length: 150 }, (_, i) => `phrase number ${i}`) });
    assert.equal((r.value('disclaimerPhrases') as string[]).length, 100);
    assert.match(r.warnings[0], /^wireDesk\.disclaimerPhrases has more than 100 phrases; using the first 100\.$/);
    r = readAll({ disclaimerPhrases: ['agency copy \ud83d', 'agency copy \ud83d\ude00'] });
    assert.deepEqual(r.value('disclaimerPhrases'), ['agency copy \ud83d\ude00']);
    assert.match(r.warnings[0], /^wireDesk\.disclaimerPhrases: .* holds half a character/);
  });

  it('wireDesk.include and wireDesk.exclude: an entry that is not a glob is dropped with a warning naming the setting', () => {
    const r = readAll({ include: ['**/*.txt', 7, ''], exclude: [null] });
    assert.deepEqual(r.value('include'), ['**/*.txt']);
    assert.deepEqual(r.value('exclude'), []);
    assert.equal(r.warnings.length, 3);
    assert.deepEqual(DEFAULT_QUEUE_SETTINGS.include, properties['wireDesk.include'].default);
  });

  it('disclaimer phrases are literal text: a phrase with pattern syntax matches only itself, and quickly', () => {
    const { settings } = readSettings((key) => (key === 'disclaimerPhrases' ? ['(a+)+$ feed', '.* not reviewed .*'] : undefined), RULES);
    const options = { disclaimerPhrases: settings.disclaimerPhrases };
    assert.equal(reviewText(SEED_TEXT.replace(/Disclaimer:.*$/s, 'Nothing here.'), options).items[0].disclaimer, undefined);
    const literal = SEED_TEXT.replace(/Disclaimer:.*$/s, 'Note: .* NOT reviewed .*');
    assert.equal(reviewText(literal, options).items[0].disclaimer?.kind, 'custom');
    // A classic catastrophic pattern, as a phrase, against a long run it would backtrack on.
    const hostile = SEED_TEXT + '\n\n' + 'a'.repeat(5000) + '!';
    assert.ok(reviewText(hostile, { disclaimerPhrases: ['(a+)+$', '(a|aa)+b'] }).items.length === 1);
  });
});
