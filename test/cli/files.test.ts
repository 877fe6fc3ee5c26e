// Which files `wire-desk check` reviews and how it reads them: missing files, directory walks, encodings,
// binary files, CRLF and BOM, standard input. The CLI never writes a file.
import { strict as assert } from 'node:assert';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN_ITEM, cli, cliJson, INFO_ITEM, NOTES, SEED_DISPLAY, SEED_TEXT, tempTree, lineColumn } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const paths = (out: any) => out.files.map((f: any) => f.path);

describe('cli: a missing file', () => {
  it('is reported on stderr with exit 2, and the other files are still reviewed', () => {
    const run = cli(['check', 'missing-one.txt', 'seeds/', 'missing-two.txt']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^wire-desk: missing-one\.txt: no such file or directory$/m);
    assert.match(run.stderr, /^wire-desk: missing-two\.txt: no such file or directory$/m);
    assert.ok(run.stdout.includes(`${SEED_DISPLAY}:`), 'the sample is reviewed');
    assert.match(run.stdout, /unreviewed-item/);
    assert.match(run.stdout, /2 files could not be read/);
  });

  it('is listed under errors in JSON', () => {
    const { run, out } = cliJson(['check', '--format', 'json', 'seeds/', 'missing.txt']);
    assert.equal(run.code, 2);
    assert.deepEqual(out.errors, [{ path: 'missing.txt', message: 'no such file or directory' }]);
    assert.deepEqual(paths(out), [SEED_DISPLAY]);
  });
});

describe('cli: walking a directory', () => {
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree({
      'a-wire.txt': SEED_TEXT,
      'b-notes.txt': NOTES, // not a wire item: skipped
      'c-two-items.txt': `${CLEAN_ITEM}\n${INFO_ITEM}`,
      'picture.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), // binary: skipped silently
      'old-notes.txt': latin1('Caf\u00e9 notes, no header\n'), // not UTF-8 and not wire: skipped silently
      'sub/deeper/item.wire': CLEAN_ITEM,
      'sub/readme.md': '# Read me\n',
      'node_modules/pkg/item.txt': CLEAN_ITEM, // skipped: node_modules
      '.git/item.txt': CLEAN_ITEM, // skipped: dot-directory
      '.drafts/item.txt': CLEAN_ITEM, // skipped: dot-directory
    });
  });
  after(() => tree.remove());

  it('reviews only the wire files, in sorted order, skipping node_modules and dot-directories', () => {
    const { run, out } = cliJson(['check', '--format', 'json', '.'], { cwd: tree.dir });
    assert.equal(run.stderr, '');
    assert.deepEqual(out.errors, []);
    assert.deepEqual(paths(out), ['a-wire.txt', 'c-two-items.txt', join('sub', 'deeper', 'item.wire')]);
    assert.equal(run.code, 1);
  });

  it('reviews every item of a file with several', () => {
    const { out } = cliJson(['check', '--format', 'json', '.'], { cwd: tree.dir });
    const file = out.files.find((f: any) => f.path === 'c-two-items.txt');
    assert.equal(file.items.length, 2);
    assert.equal(file.items[0].start, 0);
    assert.equal(file.items[1].start, CLEAN_ITEM.length + 1);
    assert.ok(file.items.every((i: any) => i.reviewed === true && i.date === '2025-11-03'));
    const text = cli(['check', 'c-two-items.txt'], { cwd: tree.dir }).stdout;
    assert.equal(text.split('\n').filter((l) => /^c-two-items\.txt:\d+: 2025-11-03 · /.test(l)).length, 2, text);
    assert.match(text, /^c-two-items\.txt:1: /m);
    assert.match(text, new RegExp(`^c-two-items\\.txt:${CLEAN_ITEM.split('\n').length + 1}: `, 'm'));
  });

  it('always reviews a file named explicitly, as one item even without a header', () => {
    const { run, out } = cliJson(['check', '--format', 'json', 'b-notes.txt'], { cwd: tree.dir });
    assert.equal(run.stderr, '');
    assert.deepEqual(paths(out), ['b-notes.txt']);
    assert.equal(out.files[0].items.length, 1);
    assert.equal(out.files[0].items[0].date, null);
    assert.equal(out.files[0].items[0].start, 0);
    assert.equal(out.files[0].items[0].end, NOTES.length);
  });

  it('reviews a file once when it is both named and found by the walk', () => {
    const { out } = cliJson(['check', '--format', 'json', '.', 'a-wire.txt', './a-wire.txt'], { cwd: tree.dir });
    assert.deepEqual(paths(out), ['a-wire.txt', 'c-two-items.txt', join('sub', 'deeper', 'item.wire')]);
  });

  it('writes no file', () => {
    const snapshot = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((name) => `${name} ${statSync(join(dir, name)).mtimeMs} ${statSync(join(dir, name)).size}`)
        .sort();
    const before = snapshot(tree.dir);
    for (const format of ['text', 'json', 'sarif']) cli(['check', '--format', format, '.'], { cwd: tree.dir });
    assert.deepEqual(snapshot(tree.dir), before);
  });
});

describe('cli: encodings and binary files', () => {
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree({
      'good.txt': SEED_TEXT,
      'latin1.txt': latin1(CLEAN_ITEM.replace('Kim Min-ji', 'Jos\u00e9 Ram\u00edrez')),
      'binary.txt': utf8(CLEAN_ITEM + '\0\0\0'),
      'utf16.txt': Uint8Array.from([0xff, 0xfe, ...Array.from(CLEAN_ITEM).flatMap((c) => [c.charCodeAt(0), 0])]),
      'walk/latin1-wire.txt': latin1(CLEAN_ITEM.replace('Kim Min-ji', 'Jos\u00e9')),
    });
  });
  after(() => tree.remove());

  it('reports a file that is not UTF-8 (with the line of the first bad byte), exit 2, others still reviewed', () => {
    const { run, out } = cliJson(['check', '--format', 'json', 'latin1.txt', 'good.txt'], { cwd: tree.dir });
    assert.equal(run.code, 2);
    const reviewLine = CLEAN_ITEM.split('\n').findIndex((l) => l.startsWith('Reviewed-by')) + 1;
    assert.match(run.stderr, new RegExp(`^wire-desk: latin1\\.txt: not valid UTF-8 \\(byte 0xE9 on line ${reviewLine}\\)`, 'm'));
    assert.deepEqual(paths(out), ['good.txt']);
    assert.equal(out.errors.length, 1);
    assert.equal(out.errors[0].path, 'latin1.txt');
  });

  it('reports a binary file (NUL bytes), exit 2, others still reviewed', () => {
    const run = cli(['check', 'binary.txt', 'good.txt'], { cwd: tree.dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^wire-desk: binary\.txt: binary file \(a NUL byte at offset \d+\), not reviewed$/m);
    assert.match(run.stdout, /^good\.txt:\d+:\d+: warning unreviewed-item /m);
    assert.ok(!run.stdout.includes('binary.txt'));
  });

  it('reports a UTF-16 file as such', () => {
    const run = cli(['check', 'utf16.txt'], { cwd: tree.dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /utf16\.txt: UTF-16 text, not reviewed/);
  });

  it('reports a wire file that is not UTF-8 found while walking (rather than skipping it silently)', () => {
    const run = cli(['check', 'walk'], { cwd: tree.dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /latin1-wire\.txt: not valid UTF-8/);
  });
});

describe('cli: line endings and byte order mark', () => {
  let tree: ReturnType<typeof tempTree>;
  const crlf = SEED_TEXT.replace(/\r?\n/g, '\r\n');
  const cr = SEED_TEXT.replace(/\r?\n/g, '\r');
  before(() => {
    tree = tempTree({
      'lf.txt': SEED_TEXT,
      'crlf.txt': crlf,
      'cr.txt': cr,
      'bom.txt': utf8('\ufeff' + SEED_TEXT),
      'bom-crlf.txt': utf8('\ufeff' + crlf),
    });
  });
  after(() => tree.remove());
  const findings = (file: string) => cliJson(['check', '--format', 'json', file], { cwd: tree.dir }).out.files[0].items.flatMap((i: any) => i.findings);

  it('gives the same lines and columns for CRLF (and lone CR) as for LF, with offsets into the CRLF text', () => {
    const lf = findings('lf.txt');
    assert.ok(lf.length >= 3);
    for (const [name, text] of [['crlf.txt', crlf], ['cr.txt', cr]] as const) {
      const other = findings(name);
      assert.deepEqual(
        other.map((f: any) => [f.rule, f.line, f.column, f.endLine, f.endColumn]),
        lf.map((f: any) => [f.rule, f.line, f.column, f.endLine, f.endColumn]),
        name,
      );
      for (const f of other) {
        assert.deepEqual(lineColumn(text, f.start), { line: f.line, column: f.column }, `${name} ${f.rule}`);
      }
    }
    // The text format uses the same positions.
    const text = cli(['check', 'crlf.txt'], { cwd: tree.dir }).stdout;
    const unreviewed = lf.find((f: any) => f.rule === 'unreviewed-item');
    assert.ok(text.includes(`crlf.txt:${unreviewed.line}:${unreviewed.column}: warning unreviewed-item `), text);
    // And SARIF's charOffset is into the CRLF text.
    const sarif = cliJson(['check', '--format', 'sarif', 'crlf.txt'], { cwd: tree.dir }).out;
    const result = sarif.runs[0].results.find((r: any) => r.ruleId === 'unreviewed-item');
    assert.equal(crlf.slice(result.locations[0].physicalLocation.region.charOffset).startsWith('Disclaimer:'), true);
    assert.equal(result.locations[0].physicalLocation.region.startLine, unreviewed.line);
  });

  it('strips a UTF-8 BOM: offsets, lines and columns are those of the text as VS Code shows it', () => {
    const lf = findings('lf.txt');
    assert.deepEqual(findings('bom.txt'), lf);
    const crlfFindings = findings('crlf.txt');
    assert.deepEqual(findings('bom-crlf.txt'), crlfFindings);
    const { out } = cliJson(['check', '--format', 'json', 'bom.txt'], { cwd: tree.dir });
    assert.equal(out.files[0].items[0].date, '2025-11-01');
    assert.equal(out.files[0].items[0].start, 0, 'the item starts at its header line, as without the BOM');
  });
});

describe('cli: standard input', () => {
  it('reads "-" as a file named <stdin>', () => {
    const { run, out } = cliJson(['check', '--format', 'json', '-'], { input: SEED_TEXT });
    assert.equal(run.code, 1);
    assert.deepEqual(paths(out), ['<stdin>']);
    const fromFile = cliJson(['check', '--format', 'json', 'seeds/']).out.files[0].items;
    assert.deepEqual(out.files[0].items, fromFile);
  });

  it('reads standard input when no path is given and it is not a terminal', () => {
    const run = cli(['check'], { input: SEED_TEXT });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^<stdin>:\d+:1: warning unreviewed-item /m);
  });

  it('reviews text without a header from stdin as one item', () => {
    const { run, out } = cliJson(['check', '--format', 'json', '-'], { input: NOTES });
    assert.equal(run.code, 0);
    assert.equal(out.files[0].items.length, 1);
    assert.equal(out.files[0].items[0].date, null);
  });
});
