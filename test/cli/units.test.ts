// The CLI's pure helpers, tested directly: argument parsing, UTF-8 decoding, colour choice, excerpts.
import { strict as assert } from 'node:assert';
import { parseArgs } from '../../src/cli/args';
import { decodeText, firstInvalidUtf8 } from '../../src/cli/files';
import { excerpt, useColour } from '../../src/cli/format-text';
import { sarifLevel } from '../../src/cli/format-sarif';

describe('cli units: parseArgs', () => {
  it('has defaults: text, --fail-on warning, no phrases', () => {
    assert.deepEqual(parseArgs(['check', 'a.txt']), {
      command: 'check',
      format: 'text',
      failOn: 'warning',
      disclaimerPhrases: [],
      paths: ['a.txt'],
    });
  });

  it('takes values as the next argument or after =, phrases repeatable, -- ends the options', () => {
    const args = parseArgs(['check', '-f', 'sarif', '--fail-on=error', '--disclaimer-phrase', 'wire copy', '--disclaimer-phrase=as received', 'x', '-', '--', '--weird-name']);
    assert.deepEqual(args, {
      command: 'check',
      format: 'sarif',
      failOn: 'error',
      disclaimerPhrases: ['wire copy', 'as received'],
      paths: ['x', '-', '--weird-name'],
    });
  });

  it('rejects unknown options and values', () => {
    for (const argv of [['check', '--format', 'xml'], ['check', '--fail-on', 'hint'], ['check', '-x'], ['check', '--disclaimer-phrase', ' '], ['check', '--disclaimer-phrase', 'a b'], ['lint']]) {
      assert.equal(parseArgs(argv).command, 'error', argv.join(' '));
    }
  });

  it('knows --help and --version anywhere', () => {
    assert.equal(parseArgs(['check', 'a', '--help']).command, 'help');
    assert.equal(parseArgs(['--version']).command, 'version');
    assert.equal(parseArgs(['-v']).command, 'version');
  });
});

describe('cli units: decodeText', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);

  it('strips a UTF-8 BOM and keeps the rest', () => {
    assert.deepEqual(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0a)), { text: 'a\n' });
    assert.deepEqual(decodeText(new TextEncoder().encode('caf\u00e9 \u{1F4F0}')), { text: 'caf\u00e9 \u{1F4F0}' });
  });

  it('refuses invalid UTF-8 and says where', () => {
    const r = decodeText(bytes(0x61, 0x0a, 0x0d, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a));
    assert.ok('error' in r);
    assert.match(r.error, /not valid UTF-8 \(byte 0xE9 on line 3\)/);
    // Lines end as VS Code ends them: CRLF once, a lone CR too.
    const cr = decodeText(bytes(0x61, 0x0d, 0x62, 0x0d, 0x0a, 0x0d, 0xff));
    assert.ok('error' in cr);
    assert.match(cr.error, /byte 0xFF on line 4\)/);
  });

  it('refuses NUL bytes and UTF-16', () => {
    const nul = decodeText(bytes(0x61, 0x00, 0x62));
    assert.ok('error' in nul && /binary file \(a NUL byte at offset 1\)/.test(nul.error));
    const utf16 = decodeText(bytes(0xff, 0xfe, 0x61, 0x00));
    assert.ok('error' in utf16 && /UTF-16/.test(utf16.error));
  });

  it('finds the first invalid byte: stray continuation, overlong, surrogate, truncated', () => {
    assert.equal(firstInvalidUtf8(bytes(0x61, 0x62)), -1);
    assert.equal(firstInvalidUtf8(new TextEncoder().encode('\u00e9\u20ac\u{1F4F0}')), -1);
    assert.equal(firstInvalidUtf8(bytes(0x61, 0x80)), 1);
    assert.equal(firstInvalidUtf8(bytes(0xc0, 0xaf)), 0);
    assert.equal(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf)), 0);
    assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0);
    assert.equal(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82)), 1);
    assert.equal(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0);
  });
});

describe('cli units: colour and text helpers', () => {
  it('colours a terminal unless NO_COLOR is set non-empty; FORCE_COLOR forces it', () => {
    assert.equal(useColour(true, {}), true);
    assert.equal(useColour(false, {}), false);
    assert.equal(useColour(undefined, {}), false);
    assert.equal(useColour(true, { NO_COLOR: '1' }), false);
    assert.equal(useColour(true, { NO_COLOR: '' }), true);
    assert.equal(useColour(false, { FORCE_COLOR: '1' }), true);
    assert.equal(useColour(false, { FORCE_COLOR: '0' }), false);
    assert.equal(useColour(true, { FORCE_COLOR: '1', NO_COLOR: 'x' }), false);
  });

  it('shortens long quotations at a word boundary and folds line breaks', () => {
    assert.equal(excerpt('short\n  one'), 'short one');
    const long = 'It can never be overstated how important regional security is for all of us here today.';
    const e = excerpt(long);
    assert.ok(e.endsWith('…'));
    assert.ok(e.length <= 61);
    assert.ok(long.startsWith(e.slice(0, -1)));
    assert.ok(!/\s…$/.test(e));
  });

  it('maps severities to SARIF levels', () => {
    assert.equal(sarifLevel('error'), 'error');
    assert.equal(sarifLevel('warning'), 'warning');
    assert.equal(sarifLevel('information'), 'note');
    assert.equal(sarifLevel('hint'), 'note');
  });
});
