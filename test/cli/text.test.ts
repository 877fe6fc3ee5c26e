// `wire-desk check` text output on the sample, run as a process.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLEAN_ITEM, cli, cliJson, ERROR_ITEM, lastLine, lineColumn, NOTES, ROOT, RULE_IDS, SEED_DISPLAY, SEED_TEXT, tempTree, VERSION, type Run } from './helpers';

const FINDING_LINE = /^(.+):(\d+):(\d+): (error|warning|information|hint) ([a-z-]+) (.+)$/;
const ESC = '\u001b[';

describe('cli: text output on seeds/', () => {
  let run: Run;
  let lines: string[];
  let findingLines: string[];
  before(() => {
    run = cli(['check', 'seeds/']);
    lines = run.stdout.split('\n');
    findingLines = lines.filter((l) => FINDING_LINE.test(l));
  });

  it('exits 1 (an unreviewed-item warning, default --fail-on warning) and writes nothing on stderr', () => {
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
  });

  it('reports the unreviewed item on the last line, column 1, at the disclaimer', () => {
    const line = findingLines.find((l) => l.includes(' unreviewed-item '));
    assert.ok(line, run.stdout);
    const m = FINDING_LINE.exec(line)!;
    assert.equal(m[1], SEED_DISPLAY);
    assert.equal(Number(m[2]), lastLine(SEED_TEXT));
    assert.equal(Number(m[3]), 1);
    assert.equal(m[4], 'warning');
  });

  it('reports the translated quotation and the secondary source as information, and no weekday or dateline finding', () => {
    const rules = findingLines.map((l) => FINDING_LINE.exec(l)![5]);
    assert.ok(rules.includes('translated-quote'), run.stdout);
    assert.ok(rules.includes('secondary-source'), run.stdout);
    assert.ok(!rules.includes('weekday-date'), run.stdout);
    assert.ok(!rules.includes('dateline-date'), run.stdout);
    assert.ok(!rules.includes('unclosed-quote'), run.stdout);
    for (const rule of rules) assert.ok(RULE_IDS.includes(rule), `unknown rule ${rule}`);
    for (const l of findingLines) {
      const m = FINDING_LINE.exec(l)!;
      if (m[5] === 'translated-quote' || m[5] === 'secondary-source') assert.equal(m[4], 'information', l);
    }
  });

  it('prints every finding as path:line:column: severity rule message, positions matching the JSON offsets', () => {
    const { out } = cliJson(['check', '--format', 'json', 'seeds/']);
    const findings = out.files[0].items.flatMap((item: any) => item.findings);
    assert.equal(findingLines.length, findings.length);
    for (const f of findings) {
      const { line, column } = lineColumn(SEED_TEXT, f.start);
      const expected = `${SEED_DISPLAY}:${line}:${column}: ${f.severity} ${f.rule} ${f.message.replace(/\s+/g, ' ').trim()}`;
      assert.ok(findingLines.includes(expected), `missing: ${expected}\n${run.stdout}`);
    }
    // Findings come first, in file order.
    const positions = findingLines.map((l) => FINDING_LINE.exec(l)!).map((m) => Number(m[2]) * 1e6 + Number(m[3]));
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
    assert.ok(lines.indexOf(findingLines[findingLines.length - 1]) < lines.findIndex((l) => l.includes('Unreviewed')));
  });

  it('prints a header line for the item: date, dateline, Unreviewed, counts', () => {
    const header = lines.find((l) => l.startsWith(`${SEED_DISPLAY}:1: `));
    assert.ok(header, run.stdout);
    assert.ok(header.includes('2025-11-01'), header);
    assert.ok(header.includes('Gyeongju, Nov 1'), header);
    assert.ok(header.includes('Unreviewed'), header);
    assert.ok(header.includes('9 quotations'), header);
    assert.ok(header.includes('2 speakers'), header);
  });

  it('lists the speakers with their quotations, kinds and how they were attributed', () => {
    const lee = lines.findIndex((l) => /^ {2}Lee Jae Myung\b/.test(l));
    const xi = lines.findIndex((l) => /^ {2}Xi Jinping\b/.test(l));
    assert.ok(lee >= 0 && xi >= 0, run.stdout);
    assert.ok(lines[lee].includes('6 quotations'), lines[lee]);
    assert.ok(lines[xi].includes('3 quotations'), lines[xi]);
    const [first, last] = lee < xi ? [lee, xi] : [xi, lee];
    const block = (start: number) => {
      const out: string[] = [];
      for (let i = start + 1; i < lines.length && lines[i].startsWith('    '); i++) out.push(lines[i]);
      return out;
    };
    const leeQuotes = block(lee);
    const xiQuotes = block(xi);
    assert.equal(leeQuotes.length, 6, leeQuotes.join('\n'));
    assert.equal(xiQuotes.length, 3, xiQuotes.join('\n'));
    assert.ok(first < last);

    const hope = leeQuotes.find((l) => l.includes('"I hope that'));
    assert.ok(hope && /\bdirect\b/.test(hope) && hope.includes('he said'), hope);
    assert.ok(leeQuotes.some((l) => l.includes('"It can never be overstated') && /continu/.test(l)), leeQuotes.join('\n'));
    for (const partial of ['tangible results', 'vertical structure', 'mutually beneficial']) {
      assert.ok(leeQuotes.some((l) => l.includes(partial) && /\bpartial\b/.test(l)), partial);
    }
    assert.equal(leeQuotes.filter((l) => l.includes('via Yonhap')).length, 3, leeQuotes.join('\n'));
    assert.ok(xiQuotes.some((l) => l.includes('"(China) is willing') && l.includes('translated')), xiQuotes.join('\n'));
    assert.ok(xiQuotes.some((l) => l.includes('"Promoting the healthy')), xiQuotes.join('\n'));
    assert.ok(xiQuotes.some((l) => l.includes('close neighbours') && /\bpartial\b/.test(l)), xiQuotes.join('\n'));
    // Long quotations are shortened.
    assert.ok(hope.length < 160, hope);
    assert.ok(hope.includes('…'), hope);
    assert.ok(!lines.some((l) => l.includes('Unattributed')), 'no unattributed group on the sample');
  });

  it('gives each quotation its line:column in the file', () => {
    const hope = lines.find((l) => l.includes('"I hope that'))!;
    const at = lineColumn(SEED_TEXT, SEED_TEXT.indexOf('"I hope that'));
    assert.match(hope, new RegExp(`^ {4}${at.line}:${at.column}\\s`));
  });

  it('ends with a summary line', () => {
    assert.match(run.stdout, /1 file reviewed, 1 item: 1 warning, \d+ information\.\n$/);
  });
});

describe('cli: colour', () => {
  it('has no escape codes when stdout is a pipe', () => {
    const run = cli(['check', 'seeds/']);
    assert.ok(!run.stdout.includes(ESC));
  });

  it('colours with FORCE_COLOR=1, and NO_COLOR wins over it', () => {
    const forced = cli(['check', 'seeds/'], { env: { FORCE_COLOR: '1' } });
    assert.ok(forced.stdout.includes(`${ESC}33mwarning`), forced.stdout);
    const both = cli(['check', 'seeds/'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    assert.ok(!both.stdout.includes(ESC));
    // Apart from colour the output is the same.
    assert.equal(forced.stdout.replace(/\u001b\[[0-9;]*m/g, ''), both.stdout);
  });

  it('colours on a terminal unless NO_COLOR is set', function () {
    if (!existsSync(SCRIPT)) this.skip(); // util-linux `script` gives the CLI a pseudo-terminal
    const tty = inTerminal({});
    assert.ok(tty.includes('unreviewed-item'), tty);
    assert.ok(tty.includes(ESC), 'coloured on a terminal');
    const noColour = inTerminal({ NO_COLOR: '1' });
    assert.ok(noColour.includes('unreviewed-item'), noColour);
    assert.ok(!noColour.includes(ESC), 'NO_COLOR turns colour off');
  });
});

const SCRIPT = '/usr/bin/script';

/** Runs `wire-desk check seeds/` with a pseudo-terminal as stdout, through `script`. */
function inTerminal(env: Record<string, string>): string {
  const e: Record<string, string | undefined> = { ...process.env };
  delete e.NO_COLOR;
  delete e.FORCE_COLOR;
  Object.assign(e, env);
  const result = spawnSync(SCRIPT, ['-qec', `"${process.execPath}" bin/wire-desk.js check seeds/`, '/dev/null'], {
    cwd: ROOT,
    env: e,
    input: '',
    encoding: 'utf8',
    timeout: 15000,
  });
  return result.stdout;
}

describe('cli: help and version', () => {
  it('--help prints the usage with every option and exits 0', () => {
    for (const args of [['--help'], ['check', '--help'], ['-h']]) {
      const run = cli(args);
      assert.equal(run.code, 0);
      for (const word of ['Usage: wire-desk check', '--format', '--fail-on', '--disclaimer-phrase', 'NO_COLOR', 'Exit status']) {
        assert.ok(run.stdout.includes(word), `${args.join(' ')}: ${word}`);
      }
    }
  });

  it('--version prints the package version', () => {
    const run = cli(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${VERSION}\n`);
  });
});

describe('cli: text output of reviewed, unclosed and header-less items', () => {
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree({ 'clean.txt': CLEAN_ITEM, 'error.txt': ERROR_ITEM, 'notes.txt': NOTES });
  });
  after(() => tree.remove());

  it('shows a reviewed item with its stamp, and says when there are no findings', () => {
    const run = cli(['check', 'clean.txt'], { cwd: tree.dir });
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'clean.txt:1: 2025-11-03 · Seoul, Nov 3 · Reviewed by Kim Min-ji, 2025-11-03 · 1 quotation, 1 speaker');
    assert.match(lines[1], /^ {2}Cho Hyun \(Foreign Minister\): 1 quotation$/);
    assert.match(lines[2], /^ {4}3:1 +direct +"We expect the talks to be constructive," — "[^"]*Cho Hyun said"$/);
    assert.match(run.stdout, /\n1 file reviewed, 1 item: no findings\.\n$/);
  });

  it('lists quotations without a speaker under Unattributed, and says which never close', () => {
    const run = cli(['check', 'error.txt'], { cwd: tree.dir });
    const at = lineColumn(ERROR_ITEM, ERROR_ITEM.indexOf('"The talks'));
    assert.match(run.stdout, new RegExp(`^error\\.txt:${at.line}:${at.column}: error unclosed-quote `, 'm'));
    const lines = run.stdout.split('\n');
    const group = lines.findIndex((l) => l === '  Unattributed: 1 quotation');
    assert.ok(group > 0, run.stdout);
    assert.match(lines[group + 1], new RegExp(`^ {4}${at.line}:${at.column} +direct +"The talks went well.*" — never closed$`));
    assert.match(run.stdout, /1 item: 1 error\.\n$/);
  });

  it('shows a file without a header as an item with no date and no dateline', () => {
    const run = cli(['check', 'notes.txt'], { cwd: tree.dir });
    assert.equal(run.code, 0);
    assert.equal(run.stdout.split('\n')[0], 'notes.txt:1: no date · no dateline · No review stamp · 0 quotations, 0 speakers');
  });
});
