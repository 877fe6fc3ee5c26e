// The CLI reads `.wiredesk.json`: the nearest one above each file, its severities, ignore globs and
// accepted findings; a bad one is reported on stderr (file, line, key) and its defaults are used.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { acceptanceFor } from '../../src/core';
import { cli, cliJson, SEED_TEXT, tempTree } from './helpers';

const rulesOf = (out: any, file: string) =>
  out.files.find((f: any) => f.path === file).items.flatMap((i: any) => i.findings.map((f: any) => f.rule));

describe('cli: .wiredesk.json', () => {
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree({
      'desk/.wiredesk.json': JSON.stringify({
        severity: { 'secondary-source': 'off', 'unreviewed-item': 'error' },
        ignore: ['archive/'],
        accepted: [{ rule: 'translated-quote', item: '2025-11-01 Gyeongju', text: 'ignored: long span has a hash', hash: 'ffffffff' }],
      }),
      'desk/in/a.txt': SEED_TEXT,
      'desk/archive/old.txt': SEED_TEXT,
      'desk/sport/.wiredesk.json': '{ "severity": { "translated-quote": "off" } }',
      'desk/sport/b.txt': SEED_TEXT,
      'elsewhere/c.txt': SEED_TEXT,
      'broken/.wiredesk.json': '{\n  "severity": { "secondary-source": "loud" },\n  "colour": 1\n}\n',
      'broken/d.txt': SEED_TEXT,
    });
  });
  after(() => tree.remove());

  it('applies the nearest config: severities, ignore globs; a nearer file replaces a farther one', () => {
    const { run, out } = cliJson(['check', '--format', 'json', 'desk', 'elsewhere'], { cwd: tree.dir });
    assert.equal(run.stderr, '');
    const paths = out.files.map((f: any) => f.path);
    assert.deepEqual(paths, [join('desk', 'in', 'a.txt'), join('desk', 'sport', 'b.txt'), join('elsewhere', 'c.txt')]);
    const a = rulesOf(out, join('desk', 'in', 'a.txt'));
    assert.ok(!a.includes('secondary-source'));
    assert.equal(out.files[0].items[0].findings.find((f: any) => f.rule === 'unreviewed-item').severity, 'error');
    // desk/sport has its own config: its settings only (secondary-source back on, translated-quote off).
    const b = rulesOf(out, join('desk', 'sport', 'b.txt'));
    assert.ok(b.includes('secondary-source') && !b.includes('translated-quote'));
    assert.ok(rulesOf(out, join('elsewhere', 'c.txt')).includes('secondary-source'));
  });

  it('a file named explicitly is reviewed even when an ignore glob matches it', () => {
    const { out } = cliJson(['check', '--format', 'json', join('desk', 'archive', 'old.txt')], { cwd: tree.dir });
    assert.equal(out.files.length, 1);
  });

  it('an accepted finding is left out (and only that one)', () => {
    const first = cliJson(['check', '--format', 'json', '--no-config', join('desk', 'in', 'a.txt')], { cwd: tree.dir }).out;
    const item = first.files[0].items[0];
    const translated = item.findings.find((f: any) => f.rule === 'translated-quote');
    assert.ok(translated);
    // Accept exactly that finding, as the editor's quick fix would.
    const acceptance = acceptanceFor({ date: item.date, dateline: { place: 'Gyeongju' } as any }, translated, SEED_TEXT);
    const t = tempTree({ '.wiredesk.json': JSON.stringify({ accepted: [acceptance] }), 'a.txt': SEED_TEXT });
    try {
      const { out } = cliJson(['check', '--format', 'json', 'a.txt'], { cwd: t.dir });
      const rules = rulesOf(out, 'a.txt');
      assert.ok(!rules.includes('translated-quote'));
      assert.ok(rules.includes('secondary-source') && rules.includes('unreviewed-item'));
    } finally {
      t.remove();
    }
  });

  it('--no-config ignores every config', () => {
    const { out } = cliJson(['check', '--format', 'json', '--no-config', 'desk'], { cwd: tree.dir });
    assert.equal(out.files.length, 3);
    assert.ok(rulesOf(out, join('desk', 'in', 'a.txt')).includes('secondary-source'));
  });

  it('a bad config: a warning naming the file, line and key; its defaults are used; the review goes on', () => {
    const run = cli(['check', join('broken', 'd.txt')], { cwd: tree.dir });
    const lines = run.stderr.trim().split('\n');
    assert.deepEqual(lines.map((l) => l.replace(/ must be.*| is not.*/, '')), [
      `wire-desk: warning: ${join('broken', '.wiredesk.json')}:2:37: "severity.secondary-source"`,
      `wire-desk: warning: ${join('broken', '.wiredesk.json')}:3:3: "colour"`,
    ]);
    assert.match(lines[0], /must be one of off, hint, information, warning, error, not "loud"; using the rule's default/);
    assert.match(run.stdout, /secondary-source/);
    assert.equal(run.code, 1, 'the unreviewed item still fails the check');
  });

  it('broken JSON: one warning, everything default', () => {
    const t = tempTree({ '.wiredesk.json': '{ "severity": ', 'a.txt': SEED_TEXT });
    try {
      const run = cli(['check', 'a.txt'], { cwd: t.dir });
      assert.match(run.stderr, /^wire-desk: warning: \.wiredesk\.json:1:15: is not valid JSON: expected a value, found the end of the file; using the defaults for everything\.\n$/);
      assert.match(run.stdout, /secondary-source/);
    } finally {
      t.remove();
    }
  });
});
