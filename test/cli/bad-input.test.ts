// Bad input the other CLI tests do not cover (files.test.ts has Latin-1, NUL bytes named explicitly,
// UTF-16 LE named explicitly, CRLF/CR and BOM): what a feed can send, and what the editor then sees.
// Every case: a clear message naming the file, exit 2, the other files still reviewed, nothing written.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN_ITEM, cli, cliJson, SEED_TEXT, tempTree } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const utf16 = (s: string, bigEndian: boolean) =>
  Uint8Array.from([
    ...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]),
    ...Array.from(s).flatMap((c) => {
      const u = c.charCodeAt(0);
      return bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8];
    }),
  ]);

describe('cli: bad input from a feed', () => {
  let tree: ReturnType<typeof tempTree>;
  const files: Record<string, string | Uint8Array> = {
    'good.txt': SEED_TEXT,
    // A file cut in the middle of a character (a truncated transfer): the last bytes of "—".
    'truncated.txt': bytes(CLEAN_ITEM.trimEnd(), ' ', [0xe2, 0x80]),
    // CESU-8: a surrogate encoded on its own, which UTF-8 forbids.
    'cesu.txt': bytes(CLEAN_ITEM, [0xed, 0xa0, 0xbd]),
    'overlong.txt': bytes(CLEAN_ITEM, [0xc0, 0xaf]),
    'utf16be.txt': utf16(CLEAN_ITEM, true),
    'empty.txt': '',
    'blank.txt': '\n\n   \r\n',
    // Control characters other than NUL are text: the item is reviewed.
    'controls.txt': CLEAN_ITEM.replace('talks', 'ta\u0001lks\u001b[0m\u007f').replace('resume', 'res\u000bume\u000c'),
    // Found while walking: wire files the walk must not skip silently.
    'walk/nul-wire.txt': bytes(CLEAN_ITEM.slice(0, 40), [0], CLEAN_ITEM.slice(40)),
    'walk/utf16-wire.txt': utf16(CLEAN_ITEM, false),
    'walk/ok.txt': CLEAN_ITEM,
    // ... and files that are not wire items at all: skipped without a word.
    'walk/image.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'walk/notes-utf16.txt': utf16('Meeting notes\nNothing here.\n', false),
  };
  before(() => {
    tree = tempTree(files);
  });
  after(() => tree.remove());

  for (const [name, pattern] of [
    ['truncated.txt', /^wire-desk: truncated\.txt: not valid UTF-8 \(byte 0xE2 on line \d+\), not reviewed: save the file as UTF-8$/m],
    ['cesu.txt', /^wire-desk: cesu\.txt: not valid UTF-8 \(byte 0xED on line \d+\)/m],
    ['overlong.txt', /^wire-desk: overlong\.txt: not valid UTF-8 \(byte 0xC0 on line \d+\)/m],
    ['utf16be.txt', /^wire-desk: utf16be\.txt: UTF-16 text, not reviewed \(Wire Desk reads UTF-8: save the file as UTF-8\)$/m],
  ] as const) {
    it(`${name}: a clear message, exit 2, and the other file still reviewed (text and JSON)`, () => {
      const run = cli(['check', name, 'good.txt'], { cwd: tree.dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, pattern);
      assert.match(run.stdout, /^good\.txt:\d+:\d+: warning unreviewed-item /m);
      assert.match(run.stdout, /1 file could not be read/);
      const { out } = cliJson(['check', '--format', 'json', name, 'good.txt'], { cwd: tree.dir });
      assert.deepEqual(out.files.map((f: any) => f.path), ['good.txt']);
      assert.deepEqual(out.errors.map((e: any) => e.path), [name]);
    });
  }

  it('invalid UTF-8 on standard input: <stdin> named, exit 2, valid JSON on stdout', () => {
    const { run, out } = cliJson(['check', '--format', 'json', '-'], { input: bytes('date 2025-11-03 Seoul - x ', [0xff], '\n') });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^wire-desk: <stdin>: not valid UTF-8 \(byte 0xFF on line 1\)/m);
    assert.deepEqual(out.files, []);
  });

  it('an empty or blank file named explicitly: reviewed without complaint, no findings, exit 0', () => {
    for (const name of ['empty.txt', 'blank.txt']) {
      const { run, out } = cliJson(['check', '--format', 'json', name], { cwd: tree.dir });
      assert.equal(run.code, 0, `${name}: ${run.stderr}`);
      assert.equal(run.stderr, '');
      assert.deepEqual(out.files[0].items.flatMap((i: any) => [...i.findings, ...i.quotes]), []);
    }
  });

  it('stray control characters (SOH, ESC, DEL, VT, FF) are text: the item is reviewed, not refused', () => {
    const { run, out } = cliJson(['check', '--format', 'json', 'controls.txt'], { cwd: tree.dir });
    assert.equal(run.stderr, '');
    assert.equal(out.files[0].items.length, 1);
    assert.equal(out.files[0].items[0].reviewed, true);
    assert.equal(run.code, 0);
  });

  it('terminal escape sequences and bidi overrides in the text are printed as visible symbols, never sent raw', () => {
    const hostile =
      'date 2025-11-03 Seoul - Officials met.\n\n"We are \u001b[31mready\u001b[0m \u001b]0;pwned\u0007 now \u202e evil," Cho said.\n\n' +
      'Reviewed-by: \u001b[2JX, 2025-11-03\n';
    const run = cli(['check', '-'], { input: hostile });
    assert.doesNotMatch(run.stdout + run.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.match(run.stdout, /"We are \u241b\[31mready\u241b\[0m \u241b\]0;pwned\u2407 now <U\+202E> evil,"/);
    assert.match(run.stdout, /Reviewed by \u241b\[2JX, 2025-11-03/);
    // JSON keeps the text exactly (escaped the JSON way), so nothing is lost for a program.
    const { out } = cliJson(['check', '--format', 'json', '-'], { input: hostile });
    assert.ok(out.files[0].items[0].quotes[0].text.includes('\u001b[31mready'));
  });

  it('a file name with control characters is printed safely, in findings and in read errors', () => {
    const named = tempTree({ 'bad\u001b[2Jname.txt': bytes('date 2025-11-03 x ', [0xff], '\n'), 'ok\u0007.txt': SEED_TEXT });
    try {
      const run = cli(['check', 'bad\u001b[2Jname.txt', 'ok\u0007.txt'], { cwd: named.dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^wire-desk: bad\u241b\[2Jname\.txt: not valid UTF-8/m);
      assert.match(run.stdout, /^ok\u2407\.txt:\d+:\d+: warning unreviewed-item /m);
      assert.doesNotMatch(run.stdout + run.stderr, /[\u0000-\u0008\u000b-\u001f]/);
    } finally {
      named.remove();
    }
  });

  it('walking a directory: a wire file with a stray NUL or in UTF-16 is reported, not skipped; binaries and other UTF-16 files are skipped', () => {
    const run = cli(['check', 'walk'], { cwd: tree.dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^wire-desk: walk\/nul-wire\.txt: binary file \(a NUL byte at offset 40\), not reviewed$/m);
    assert.match(run.stderr, /^wire-desk: walk\/utf16-wire\.txt: UTF-16 text, not reviewed/m);
    assert.doesNotMatch(run.stderr, /image\.png|notes-utf16/);
    assert.match(run.stdout, /^walk\/ok\.txt:1: /m);
    assert.equal(run.stderr.trim().split('\n').length, 2, run.stderr);
  });

  it('writes nothing: every file is byte-identical afterwards', () => {
    for (const format of ['text', 'json', 'sarif']) cli(['check', '--format', format, '.'], { cwd: tree.dir });
    const walk = (dir: string): string[] =>
      readdirSync(join(tree.dir, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    const now = walk('.').sort();
    assert.deepEqual(now, Object.keys(files).map((f) => join('.', f)).sort());
    for (const f of now) {
      const expected = files[f.replace(/^\.\//, '')];
      assert.deepEqual(new Uint8Array(readFileSync(join(tree.dir, f))), typeof expected === 'string' ? utf8(expected) : expected, f);
    }
  });
});
