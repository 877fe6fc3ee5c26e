// Exit status of `wire-desk check`: 0 clean, 1 findings at or above --fail-on, 2 usage or read errors.
import { strict as assert } from 'node:assert';
import { CLEAN_ITEM, cli, cliJson, ERROR_ITEM, INFO_ITEM, tempTree } from './helpers';

describe('cli: exit codes and --fail-on', () => {
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree({ 'clean.txt': CLEAN_ITEM, 'info.txt': INFO_ITEM, 'error.txt': ERROR_ITEM });
  });
  after(() => tree.remove());
  const check = (...args: string[]) => cli(['check', ...args], { cwd: tree.dir });

  it('the fixtures have the findings the cases below rely on', () => {
    const severities = (file: string) =>
      cliJson(['check', '--format', 'json', file], { cwd: tree.dir }).out.files[0].items.flatMap((i: any) => i.findings.map((f: any) => `${f.severity} ${f.rule}`));
    assert.deepEqual(severities('clean.txt'), []);
    assert.deepEqual(severities('info.txt'), ['information translated-quote']);
    assert.ok(severities('error.txt').includes('error unclosed-quote'), severities('error.txt').join(', '));
  });

  it('exits 0 on a clean item, whatever --fail-on', () => {
    for (const level of ['error', 'warning', 'information', 'never']) {
      const run = check('--fail-on', level, 'clean.txt');
      assert.equal(run.code, 0, level);
      assert.equal(run.stderr, '');
    }
    assert.equal(check('clean.txt').code, 0);
  });

  it('exits 1 on the sample by default (warning), 0 with --fail-on error or never, 1 with information', () => {
    assert.equal(cli(['check', 'seeds/']).code, 1);
    assert.equal(cli(['check', '--fail-on', 'warning', 'seeds/']).code, 1);
    assert.equal(cli(['check', '--fail-on', 'error', 'seeds/']).code, 0);
    assert.equal(cli(['check', '--fail-on=never', 'seeds/']).code, 0);
    assert.equal(cli(['check', '--fail-on', 'information', 'seeds/']).code, 1);
  });

  it('counts information findings only with --fail-on information', () => {
    assert.equal(check('info.txt').code, 0);
    assert.equal(check('--fail-on', 'error', 'info.txt').code, 0);
    assert.equal(check('--fail-on', 'information', 'info.txt').code, 1);
  });

  it('exits 1 on an error with every level but never', () => {
    assert.equal(check('--fail-on', 'error', 'error.txt').code, 1);
    assert.equal(check('error.txt').code, 1);
    assert.equal(check('--fail-on', 'never', 'error.txt').code, 0);
  });

  it('exits 2 on usage errors, with a message and the usage on stderr and nothing on stdout', () => {
    const cases: [string[], RegExp][] = [
      [[], /missing command/],
      [['review', 'seeds/'], /unknown command "review"/],
      [['check', '--format', 'xml', 'seeds/'], /unknown format "xml"/],
      [['check', '--format'], /--format needs a value/],
      [['check', '--fail-on', 'fatal', 'seeds/'], /unknown --fail-on level "fatal"/],
      [['check', '--fail-on', 'hint', 'seeds/'], /unknown --fail-on level "hint"/],
      [['check', '--colour', 'seeds/'], /unknown option "--colour"/],
      [['check', '--disclaimer-phrase'], /--disclaimer-phrase needs a value/],
    ];
    for (const [args, pattern] of cases) {
      const run = cli(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, pattern, args.join(' '));
      assert.match(run.stderr, /Usage: wire-desk check/);
      assert.equal(run.stdout, '', args.join(' '));
    }
  });

  it('exits 2 when a file cannot be read, even when other files have findings (2 wins over 1)', () => {
    const run = cli(['check', 'seeds/', 'missing.txt']);
    assert.equal(run.code, 2);
    assert.match(run.stdout, /unreviewed-item/);
  });
});

describe('cli: --disclaimer-phrase', () => {
  const item = CLEAN_ITEM.replace('Reviewed-by: Kim Min-ji, 2025-11-03', 'Filed straight from the overnight desk feed.');
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree({ 'custom.txt': item });
  });
  after(() => tree.remove());

  it('treats the phrase (literal text, any case) as a syndication disclaimer', () => {
    const rules = (args: string[]) =>
      cliJson(['check', '--format', 'json', ...args, 'custom.txt'], { cwd: tree.dir }).out.files[0].items[0].findings.map((f: any) => f.rule);
    assert.ok(!rules([]).includes('unreviewed-item'), 'not a disclaimer by itself');
    assert.ok(rules(['--disclaimer-phrase', 'filed straight from the overnight desk feed']).includes('unreviewed-item'));
    assert.ok(rules(['--disclaimer-phrase=Filed straight from the overnight desk feed']).includes('unreviewed-item'));
    // Repeatable: the second phrase counts too.
    assert.ok(rules(['--disclaimer-phrase', 'nothing like this', '--disclaimer-phrase', 'overnight desk feed']).includes('unreviewed-item'));
    // Literal, not a regular expression.
    assert.ok(!rules(['--disclaimer-phrase', 'Filed.*feed']).includes('unreviewed-item'));
    assert.equal(cli(['check', '--disclaimer-phrase', 'overnight desk feed', 'custom.txt'], { cwd: tree.dir }).code, 1);
  });
});
