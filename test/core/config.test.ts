// The shared configuration `.wiredesk.json`: reading it (good and bad files), merging it with one user's
// settings, finding it upward, ignore globs and .gitignore rules, and recording accepted findings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  acceptanceFor,
  configSearchDirs,
  formatProblem,
  GitignoreSet,
  globMatcher,
  mergeConfig,
  parseConfig,
  relativeTo,
  reviewText,
  ruleList,
} from '../../src/core';
import { applyEdit, planAcceptance } from '../../src/core/config/edit';
import { parseJsonc } from '../../src/core/config/jsonc';

const ROOT = resolve(__dirname, '../../..');
const SEED = readFileSync(join(ROOT, 'seeds', '000_557be8cb5a940d7c.txt'), 'utf8');
const RULES = ruleList.map((r) => r.id);
const read = (text: string) => parseConfig(text, 'desk/.wiredesk.json', RULES);

describe('.wiredesk.json: reading', () => {
  it('reads every key of a good config, with comments and trailing commas', () => {
    const { config, problems } = read(`{
      // the desk's shared settings
      "$schema": "./schemas/wiredesk.schema.json",
      "severity": { "secondary-source": "off", "unattributed-quote": "Error" },
      "disclaimerPhrases": ["Published unedited from the wire", "published unedited from the  wire"],
      "reviewer": "  Night   Desk ",
      "ignore": ["archive/**", "*.draft.txt"],
      "accepted": [
        { "rule": "translated-quote", "item": "2025-11-01 Gyeongju", "text": "\\"(China) is willing\\"", "by": "Ana" },
      ],
    }`);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.severity, { 'secondary-source': 'off', 'unattributed-quote': 'error' });
    assert.deepEqual(config.disclaimerPhrases, ['Published unedited from the wire']);
    assert.equal(config.reviewer, 'Night Desk');
    assert.deepEqual(config.ignore, ['archive/**', '*.draft.txt']);
    assert.deepEqual(config.accepted, [{ rule: 'translated-quote', item: '2025-11-01 Gyeongju', text: '"(China) is willing"', by: 'Ana' }]);
  });

  it('an empty file is an empty config', () => {
    assert.deepEqual(read('  \n').problems, []);
    assert.deepEqual(read('{}').config, { severity: {}, disclaimerPhrases: [], ignore: [], accepted: [] });
  });

  it('broken JSON: one problem naming the file, line and column; defaults for everything', () => {
    const { config, problems } = read('{\n  "severity": { "secondary-source": "off" }\n  "reviewer": "Ana"\n}');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, 'desk/.wiredesk.json');
    assert.deepEqual([problems[0].line, problems[0].column], [3, 3]);
    assert.match(problems[0].message, /not valid JSON: expected "," or "}" after the value of "severity"/);
    assert.deepEqual(config.severity, {});
    assert.match(formatProblem(problems[0]), /^desk\/\.wiredesk\.json:3:3: is not valid JSON/);
  });

  it('single quotes, unclosed strings and comments, duplicate keys are explained', () => {
    assert.match(read("{ 'reviewer': 'Ana' }").problems[0].message, /expected a key in double quotes/);
    assert.match(read('{ "reviewer": "Ana }').problems[0].message, /never closes|end of the line/);
    assert.match(read('{ /* "reviewer": "Ana" }').problems[0].message, /comment opened with \/\* never closes/);
    assert.match(read('{ "reviewer": "A", "reviewer": "B" }').problems[0].message, /"reviewer" appears twice/);
    assert.match(read('[1, 2]').problems[0].message, /must hold an object/);
  });

  it('a bad value names the key, is skipped, and the rest of the file still counts', () => {
    const { config, problems } = read(`{
  "severity": { "secondary-source": "loud", "no-such-rule": "off", "translated-quote": "hint" },
  "disclaimerPhrases": ["ok", 3, "Straight from the agency feed"],
  "reviewer": 42,
  "ignore": "archive",
  "colour": "red",
  "accepted": [
    { "rule": "secondary-source", "item": "2025-11-01 Gyeongju", "text": "\\"vertical structure\\"" },
    { "rule": "nope", "item": "x", "text": "y" },
    { "rule": "secondary-source", "text": "y" },
    "just text",
    { "rule": "secondary-source", "item": "x", "text": 3 }
  ]
}`);
    const keys = problems.map((p) => p.key);
    assert.deepEqual(keys, [
      'severity.secondary-source',
      'severity.no-such-rule',
      'disclaimerPhrases[0]',
      'disclaimerPhrases[1]',
      'reviewer',
      'ignore',
      'colour',
      'accepted[1].rule',
      'accepted[2]',
      'accepted[3]',
      'accepted[4].text',
    ]);
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p]));
    assert.match(byKey['severity.secondary-source'].message, /must be one of off, hint, information, warning, error, not "loud"; using the rule's default/);
    assert.equal(byKey['severity.secondary-source'].line, 2);
    assert.match(byKey['severity.no-such-rule'].message, /there is no rule "no-such-rule" \(rules: unreviewed-item/);
    assert.match(byKey['disclaimerPhrases[0]'].message, /too short/);
    assert.match(byKey.reviewer.message, /must be a name \(text\), not 42/);
    assert.match(byKey.colour.message, /is not a Wire Desk setting/);
    assert.match(byKey['accepted[2]'].message, /has no "item"/);
    assert.match(formatProblem(byKey.colour), /^desk\/\.wiredesk\.json:6:3: "colour" is not a Wire Desk setting/);
    // Defaults for the bad keys, the good parts kept.
    assert.deepEqual(config.severity, { 'translated-quote': 'hint' });
    assert.deepEqual(config.disclaimerPhrases, ['Straight from the agency feed']);
    assert.equal(config.reviewer, undefined);
    assert.deepEqual(config.ignore, []);
    assert.equal(config.accepted.length, 1);
  });

  it('the JSON parser keeps offsets of every value', () => {
    const text = '{ "a": [1, "two", null] }';
    const parsed = parseJsonc(text);
    assert.ok('node' in parsed && parsed.node.type === 'object');
    const array = parsed.node.properties[0].value;
    assert.equal(text.slice(array.start, array.end), '[1, "two", null]');
  });
});

describe('.wiredesk.json: merged with one user settings', () => {
  const { config } = read(`{ "severity": { "secondary-source": "off", "translated-quote": "warning" },
    "disclaimerPhrases": ["Straight from the agency feed"], "reviewer": "Night Desk",
    "accepted": [{ "rule": "translated-quote", "item": "2025-11-01 Gyeongju", "text": "x" }] }`);

  it('the user setting wins per rule; phrases add up; the user name wins when set', () => {
    const merged = mergeConfig(config, { severity: { 'translated-quote': 'hint' }, disclaimerPhrases: ['Our own phrase'], reviewer: 'Ana' });
    assert.deepEqual(merged.options.severities, { 'secondary-source': 'off', 'translated-quote': 'hint' });
    assert.deepEqual(merged.options.disclaimerPhrases, ['Straight from the agency feed', 'Our own phrase']);
    assert.equal(merged.reviewer, 'Ana');
    assert.equal(merged.options.accepted?.length, 1);
    assert.equal(mergeConfig(config, { reviewer: '' }).reviewer, 'Night Desk');
  });

  it('no config: the settings alone', () => {
    const merged = mergeConfig(undefined, { severity: { 'desk-note': 'off' } });
    assert.deepEqual(merged.options, { disclaimerPhrases: [], severities: { 'desk-note': 'off' } });
    assert.equal(merged.reviewer, '');
  });

  it('the config changes what the engine reports', () => {
    const plain = reviewText(SEED).items[0].findings.map((f) => f.rule);
    assert.ok(plain.includes('secondary-source'));
    const configured = reviewText(SEED, mergeConfig(config).options).items[0].findings;
    assert.ok(!configured.some((f) => f.rule === 'secondary-source'));
    assert.equal(configured.find((f) => f.rule === 'translated-quote')?.severity, 'warning');
  });
});

describe('.wiredesk.json: found upward from the reviewed file', () => {
  it('lists the folder and its parents, nearest first, stopping at the workspace folder', () => {
    assert.deepEqual(configSearchDirs('/home/ana/desk/2025/11'), ['/home/ana/desk/2025/11', '/home/ana/desk/2025', '/home/ana/desk', '/home/ana', '/home', '/']);
    assert.deepEqual(configSearchDirs('/home/ana/desk/2025/', '/home/ana/desk'), ['/home/ana/desk/2025', '/home/ana/desk']);
    assert.deepEqual(configSearchDirs('C:\\desk\\in'), ['C:/desk/in', 'C:/desk', 'C:/']);
    assert.deepEqual(configSearchDirs('/'), ['/']);
  });

  it('relativeTo', () => {
    assert.equal(relativeTo('/desk', '/desk/a/b.txt'), 'a/b.txt');
    assert.equal(relativeTo('/desk/', '/desk/b.txt'), 'b.txt');
    assert.equal(relativeTo('/desk', '/desktop/b.txt'), undefined);
  });
});

describe('ignore globs and .gitignore', () => {
  it('config ignore globs: names at any depth, anchored paths, folders, braces', () => {
    const ignored = globMatcher(['*.draft.txt', 'archive/2024/**', 'tmp/', '{old,older}/*.wire']);
    assert.ok(ignored('a/b/x.draft.txt'));
    assert.ok(ignored('x.draft.txt'));
    assert.ok(!ignored('x.txt'));
    assert.ok(ignored('archive/2024/01/a.txt'));
    assert.ok(!ignored('news/archive/2024/a.txt'), 'a glob with a slash is anchored');
    assert.ok(ignored('tmp/a.txt') && ignored('x/tmp/y/a.txt'));
    assert.ok(ignored('older/a.wire') && !ignored('older/a.txt'));
    assert.ok(!globMatcher([])('a'));
  });

  it('.gitignore: last rule wins, negation, folder-only rules, nested files, ignored folders stay ignored', () => {
    const git = new GitignoreSet();
    git.set('', '# build output\nout/\n*.log\n!keep.log\n/top.txt\nbuild\n');
    git.set('desk', 'drafts/**\n!drafts/final.txt\n');
    assert.ok(git.ignores('out/a.txt'));
    assert.ok(git.ignores('x/out/a.txt'));
    assert.ok(!git.ignores('x/out'), 'out/ matches folders only');
    assert.ok(git.ignores('a.log') && !git.ignores('keep.log'));
    assert.ok(git.ignores('top.txt') && !git.ignores('x/top.txt'));
    assert.ok(git.ignores('build/items/a.txt'));
    assert.ok(git.ignores('desk/drafts/a.txt'));
    assert.ok(!git.ignores('desk/drafts/final.txt'));
    assert.ok(!git.ignores('drafts/a.txt'), 'desk/.gitignore applies under desk/ only');
    assert.ok(!git.ignores('desk/items/a.txt'));
  });
});

describe('accepted findings', () => {
  const findingOf = (text: string, rule: string, nth = 0) => {
    const item = reviewText(text).items[0];
    return { item, finding: item.findings.filter((f) => f.rule === rule)[nth] };
  };

  it('an acceptance is keyed by rule, item (date and place) and the flagged words', () => {
    const { item, finding } = findingOf(SEED, 'secondary-source');
    assert.deepEqual(acceptanceFor(item, finding, SEED), { rule: 'secondary-source', item: '2025-11-01 Gyeongju', text: '"vertical structure"' });
    const long = findingOf(SEED, 'translated-quote');
    const a = acceptanceFor(long.item, long.finding, SEED);
    assert.ok(a.text.length <= 120 && a.text.endsWith('…'));
    assert.match(a.hash ?? '', /^[0-9a-f]{8}$/);
  });

  it('the accepted finding goes, the others stay, and it survives edits elsewhere in the item', () => {
    const { item, finding } = findingOf(SEED, 'secondary-source');
    const translated = findingOf(SEED, 'translated-quote');
    const accepted = [acceptanceFor(item, finding, SEED), acceptanceFor(translated.item, translated.finding, SEED)];
    const rules = (text: string) => reviewText(text, { accepted }).items[0].findings.map((f) => f.rule + ' ' + text.slice(f.start, f.end).slice(0, 20));
    const before = rules(SEED);
    assert.ok(!before.some((r) => r.startsWith('translated-quote')));
    assert.ok(!before.includes('secondary-source "vertical structure"'));
    assert.ok(before.includes('secondary-source "horizontal one,"'), 'only the accepted one goes');

    // Edits elsewhere: a new paragraph, a rewritten lede, the item moved down the file, re-wrapped quote.
    const edited = SEED.replace('Lee welcomed', 'Officials said the talks ran long.\n\nLee welcomed')
      .replace('held his first summit talks', 'held first-ever summit talks')
      .replace('(China) is willing to deepen communication', '(China) is willing to deepen\ncommunication');
    assert.deepEqual(rules('\n\n' + edited), before);
    // Curly quotes for straight ones in the flagged words: still the same words.
    assert.deepEqual(rules(edited.replace('"vertical structure"', '\u201cvertical structure\u201d')), before);
  });

  it('it lapses when the flagged words change or the item is another one', () => {
    const { item, finding } = findingOf(SEED, 'secondary-source');
    const accepted = [acceptanceFor(item, finding, SEED)];
    const has = (text: string) => reviewText(text, { accepted }).items[0].findings.some((f) => f.rule === 'secondary-source' && text.slice(f.start, f.end).includes('vertical'));
    assert.ok(has(SEED.replace('"vertical structure"', '"vertical order"'.replace('order', 'structure of power'))));
    assert.ok(has(SEED.replace('date 2025-11-01', 'date 2025-11-02')));
    assert.ok(has(SEED.replace('Gyeongju, Nov 1', 'Busan, Nov 1')));
    assert.ok(!has(SEED));
  });

  it('planAcceptance: creates the file, appends to the list, adds the list, keeps comments, refuses broken JSON', () => {
    const a = { rule: 'secondary-source', item: '2025-11-01 Gyeongju', text: '"vertical structure"' };
    const created = planAcceptance(undefined, a);
    assert.ok('edit' in created);
    const fresh = applyEdit('', created.edit);
    assert.deepEqual(read(fresh).config.accepted, [a]);

    const withList = '{\n  // ours\n  "accepted": [\n    { "rule": "translated-quote", "item": "x", "text": "y" }\n  ]\n}\n';
    const appended = planAcceptance(withList, a);
    assert.ok('edit' in appended);
    const after = applyEdit(withList, appended.edit);
    assert.ok(after.includes('// ours'));
    assert.equal(after.split('\n')[4], '    { "rule": "secondary-source", "item": "2025-11-01 Gyeongju", "text": "\\"vertical structure\\"" }');
    assert.equal(read(after).config.accepted.length, 2);
    assert.deepEqual(planAcceptance(after, { ...a, text: '\u201cVertical  structure\u201d' }), { already: true });

    const noList = '{\r\n\t"reviewer": "Ana"\r\n}';
    const added = planAcceptance(noList, a);
    assert.ok('edit' in added);
    const withAdded = applyEdit(noList, added.edit);
    assert.ok(withAdded.includes('\r\n\t"accepted": [\r\n\t\t{'));
    assert.equal(read(withAdded).config.reviewer, 'Ana');
    assert.equal(read(withAdded).config.accepted.length, 1);

    const empty = applyEdit('{ "accepted": [] }', (planAcceptance('{ "accepted": [] }', a) as { edit: any }).edit);
    assert.equal(read(empty).config.accepted.length, 1);
    assert.ok('refusal' in planAcceptance('{ "accepted": [ }', a));
    assert.ok('refusal' in planAcceptance('{ "accepted": {} }', a));
  });
});
