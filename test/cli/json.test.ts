// `wire-desk check --format json` on the sample: the documented shape (docs/cli.md), field by field.
import { strict as assert } from 'node:assert';
import { cliJson, lastLine, lineColumn, SEED_DISPLAY, SEED_TEXT, VERSION, type Run } from './helpers';

const keys = (o: object) => Object.keys(o).sort();
const KEYS = {
  top: ['errors', 'files', 'tool'],
  file: ['items', 'path'],
  item: ['date', 'dateline', 'disclaimer', 'end', 'findings', 'quotes', 'reviewed', 'speakers', 'stamp', 'start'],
  quote: ['closed', 'end', 'kind', 'speaker', 'start', 'text'],
  attribution: ['cue', 'mention', 'name', 'organisation', 'rule', 'title', 'translated', 'via'],
  span: ['end', 'start', 'text'],
  speaker: ['name', 'organisation', 'quotes', 'title'],
  finding: ['column', 'end', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity', 'start'],
};

describe('cli: --format json on seeds/', () => {
  let run: Run;
  let out: any;
  let item: any;
  before(() => {
    ({ run, out } = cliJson(['check', '--format', 'json', 'seeds/']));
    item = out.files[0]?.items[0];
  });

  it('prints one object with tool, files and errors, exit 1, nothing on stderr', () => {
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.deepEqual(keys(out), KEYS.top);
    assert.deepEqual(out.tool, { name: 'Wire Desk', version: VERSION });
    assert.deepEqual(out.errors, []);
    assert.equal(out.files.length, 1);
    assert.deepEqual(keys(out.files[0]), KEYS.file);
    assert.equal(out.files[0].path, SEED_DISPLAY);
    assert.equal(out.files[0].items.length, 1);
  });

  it('describes the item: span, date, dateline, unreviewed with the disclaimer, no stamp', () => {
    assert.deepEqual(keys(item), KEYS.item);
    assert.equal(item.start, 0, 'the start of the header line (the sample begins with a space)');
    assert.equal(item.end, SEED_TEXT.length);
    assert.equal(item.date, '2025-11-01');
    assert.equal(item.dateline, 'Gyeongju, Nov 1');
    assert.equal(item.reviewed, false);
    assert.equal(item.stamp, null);
    assert.deepEqual(keys(item.disclaimer), [...KEYS.span].sort());
    assert.match(item.disclaimer.text, /^Disclaimer: This post has been auto-published/);
    assert.equal(SEED_TEXT.slice(item.disclaimer.start, item.disclaimer.end), item.disclaimer.text);
  });

  it('lists the nine quotations with offsets into the file text', () => {
    assert.equal(item.quotes.length, 9);
    for (const q of item.quotes) {
      assert.deepEqual(keys(q), KEYS.quote);
      assert.equal(SEED_TEXT.slice(q.start, q.end), q.text);
      assert.equal(q.closed, true);
      assert.ok(q.kind === 'direct' || q.kind === 'partial', q.kind);
    }
    const kinds = item.quotes.map((q: any) => q.kind);
    assert.equal(kinds.filter((k: string) => k === 'direct').length, 4);
    assert.equal(kinds.filter((k: string) => k === 'partial').length, 5);
    const starts = item.quotes.map((q: any) => q.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'in file order');
  });

  it('attributes every quotation with name, title, mention, rule, cue, translated and via', () => {
    const by = (needle: string) => item.quotes.find((q: any) => q.text.includes(needle));
    for (const q of item.quotes) {
      const s = q.speaker;
      assert.ok(s, `unattributed: ${q.text}`);
      assert.deepEqual(keys(s), KEYS.attribution);
      assert.deepEqual(keys(s.mention), KEYS.span);
      assert.equal(SEED_TEXT.slice(s.mention.start, s.mention.end), s.mention.text);
      if (s.cue !== null) {
        assert.deepEqual(keys(s.cue), KEYS.span);
        assert.equal(SEED_TEXT.slice(s.cue.start, s.cue.end), s.cue.text);
      }
      assert.equal(typeof s.translated, 'boolean');
      assert.equal(typeof s.organisation, 'boolean');
      assert.ok(s.title === null || typeof s.title === 'string');
      assert.ok(s.via === null || typeof s.via === 'string');
      assert.equal(typeof s.rule, 'string');
    }
    const hope = by('I hope that');
    assert.equal(hope.kind, 'direct');
    assert.equal(hope.speaker.name, 'Lee Jae Myung');
    assert.equal(hope.speaker.title, 'South Korean President');
    assert.equal(hope.speaker.cue.text, 'he said');
    assert.equal(by('It can never be overstated').speaker.name, 'Lee Jae Myung');
    assert.equal(by('It can never be overstated').speaker.rule, 'continuation');
    const china = by('(China) is willing');
    assert.equal(china.speaker.name, 'Xi Jinping');
    assert.equal(china.speaker.translated, true);
    assert.equal(by('Promoting the healthy').speaker.name, 'Xi Jinping');
    assert.equal(by('Promoting the healthy').speaker.translated, false);
    for (const partial of ['vertical structure', 'horizontal one', 'mutually beneficial']) {
      assert.equal(by(partial).kind, 'partial');
      assert.equal(by(partial).speaker.name, 'Lee Jae Myung');
      assert.match(by(partial).speaker.via, /^Yonhap/);
    }
    assert.equal(by('tangible results').speaker.name, 'Lee Jae Myung');
    assert.equal(by('tangible results').speaker.via, null);
    assert.equal(by('close neighbours').kind, 'partial');
    assert.equal(by('close neighbours').speaker.name, 'Xi Jinping');
  });

  it('lists the speakers with the indexes of their quotations', () => {
    assert.equal(item.speakers.length, 2);
    const seen = new Set<number>();
    for (const s of item.speakers) {
      assert.deepEqual(keys(s), KEYS.speaker);
      for (const i of s.quotes) {
        assert.ok(Number.isInteger(i) && i >= 0 && i < item.quotes.length, `index ${i}`);
        assert.equal(item.quotes[i].speaker.name, s.name, 'the quotation names this speaker');
        assert.ok(!seen.has(i), `quotation ${i} listed twice`);
        seen.add(i);
      }
    }
    assert.equal(seen.size, 9);
    const lee = item.speakers.find((s: any) => s.name === 'Lee Jae Myung');
    const xi = item.speakers.find((s: any) => s.name === 'Xi Jinping');
    assert.equal(lee.quotes.length, 6);
    assert.equal(lee.title, 'South Korean President');
    assert.equal(xi.quotes.length, 3);
    assert.equal(xi.title, 'Chinese President');
  });

  it('lists the findings with offsets and 1-based line/column', () => {
    for (const f of item.findings) {
      assert.deepEqual(keys(f), KEYS.finding);
      assert.ok(f.start >= 0 && f.end >= f.start && f.end <= SEED_TEXT.length);
      assert.deepEqual({ line: f.line, column: f.column }, lineColumn(SEED_TEXT, f.start), `${f.rule} start`);
      assert.deepEqual({ line: f.endLine, column: f.endColumn }, lineColumn(SEED_TEXT, f.end), `${f.rule} end`);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
      assert.ok(f.message.length > 0);
    }
    const unreviewed = item.findings.filter((f: any) => f.rule === 'unreviewed-item');
    assert.equal(unreviewed.length, 1);
    assert.equal(unreviewed[0].severity, 'warning');
    assert.equal(unreviewed[0].line, lastLine(SEED_TEXT));
    assert.equal(unreviewed[0].column, 1);
    assert.equal(unreviewed[0].start, item.disclaimer.start);
    const rules = item.findings.map((f: any) => f.rule);
    assert.ok(rules.includes('translated-quote'));
    assert.ok(rules.filter((r: string) => r === 'secondary-source').length >= 1);
    for (const absent of ['weekday-date', 'dateline-date', 'unclosed-quote', 'unattributed-quote']) {
      assert.ok(!rules.includes(absent), absent);
    }
    for (const f of item.findings) {
      if (f.rule !== 'unreviewed-item') assert.equal(f.severity, 'information', f.rule);
    }
  });
});
