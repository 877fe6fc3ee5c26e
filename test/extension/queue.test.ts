// The review queue's pure parts: grouping, ordering and updates of the model, next / previous unreviewed
// item, the scanner (yields, cancellation, files that are not wire items), speakers across the
// workspace, workspace symbols, and which files are in scope.
import { strict as assert } from 'node:assert';
import { lineIndex, reviewText, type ReviewOptions } from '../../src/core';
import { firstWords, groupOf, QueueModel, summarise, type FileSummary } from '../../src/extension/queue-model';
import { scanFiles, summariseBytes, summariseText } from '../../src/extension/queue-scan';
import { enabledGlobs, queueScope, readQueueSettings, workspaceGlobMatcher } from '../../src/extension/queue-settings';
import { fuzzyMatch, matchesFilter, speakersAcross, workspaceSymbols } from '../../src/extension/queue-speakers';
import { dayChildren, groupChildren, type DayNode, type RunNode } from '../../src/extension/queue-tree';
import { REVIEWED_ITEM, SEED_TEXT } from './helpers';

const STAMPED_SEED = SEED_TEXT.replace(/Disclaimer:[^\n]*/, 'Reviewed-by: Night Desk, 2025-11-01');
/** Reviewed, and nothing at warning or worse. */
const CLEAN = `date 2025-11-03 Seoul, Nov 3 - South Korea's foreign ministry said on Monday that talks would resume.

"We expect the talks to be constructive," Foreign Minister Cho Hyun said.

Reviewed-by: Kim Min-ji, 2025-11-03
`;

function file(uri: string, text: string, options: ReviewOptions = {}): FileSummary {
  const summary = summariseText(uri, uri, text, options);
  assert.ok(summary, `${uri} is a wire file`);
  return summary;
}

describe('queue model: grouping', () => {
  it('groups items as unreviewed (not stamped), with problems (stamped, warnings) and reviewed', () => {
    assert.equal(groupOf(reviewText(SEED_TEXT).items[0]), 'unreviewed');
    assert.equal(groupOf(reviewText(CLEAN).items[0]), 'reviewed');
    const withProblem = reviewText(REVIEWED_ITEM).items[0];
    assert.ok(withProblem.reviewed && withProblem.findings.some((f) => f.severity === 'warning'));
    assert.equal(groupOf(withProblem), 'problems');
    // No disclaimer and no stamp: not reviewed either.
    assert.equal(groupOf(reviewText(CLEAN.replace(/Reviewed-by:[^\n]*/, '')).items[0]), 'unreviewed');
    // Information findings alone are not problems.
    assert.equal(groupOf(reviewText(STAMPED_SEED).items[0]), 'reviewed');
  });

  it('a row: date, dateline, the lede first words, the header position, counts', () => {
    const summary = file('a.txt', '\n\n' + SEED_TEXT);
    const [entry] = summary.entries;
    assert.equal(entry.name, '2025-11-01 · Gyeongju, Nov 1');
    assert.equal(entry.date, '2025-11-01');
    assert.equal(entry.dateline, 'Gyeongju, Nov 1');
    assert.equal(entry.firstWords, 'South Korean President Lee Jae Myung held his…');
    assert.deepEqual(entry.at, { line: 2, character: 1 });
    assert.equal(entry.group, 'unreviewed');
    assert.ok(entry.disclaimer);
    assert.equal(entry.problems, 0, 'information findings and the unreviewed warning are not counted as problems');
    assert.ok(entry.findings >= 4);
    assert.deepEqual(
      summary.speakers.map((s) => [s.name, s.quotes.length]),
      [['Lee Jae Myung', 6], ['Xi Jinping', 3]],
    );
    assert.equal(summary.findings.find((f) => f.rule === 'unreviewed-item')?.range.start.line, 22);
  });

  it('first words: after a dateline with a dash, cut with an ellipsis, short ledes whole', () => {
    const item = reviewText(REVIEWED_ITEM).items[0];
    assert.equal(firstWords(REVIEWED_ITEM, item), 'Finance Minister Choi Sang-mok said on Monday that…');
    const short = 'date 2025-11-03 Seoul, Nov 3 - Talks resume.\n';
    assert.equal(firstWords(short, reviewText(short).items[0]), 'Talks resume.');
  });

  it('one file with several items: a row per item, each in its group', () => {
    const summary = file('feed.txt', SEED_TEXT + '\n' + CLEAN + '\n' + REVIEWED_ITEM);
    assert.deepEqual(
      summary.entries.map((e) => [e.index, e.group]),
      [[0, 'unreviewed'], [1, 'reviewed'], [2, 'problems']],
    );
  });
});

describe('queue model: updates', () => {
  it('orders each group by path, then position; a file update replaces only its rows', () => {
    const model = new QueueModel();
    model.set(file('b.txt', SEED_TEXT));
    model.set(file('a.txt', SEED_TEXT + '\n' + SEED_TEXT.replace('2025-11-01', '2025-11-02')));
    model.set(file('c.txt', CLEAN));
    assert.deepEqual(model.counts(), { unreviewed: 3, problems: 0, reviewed: 1, files: 3 });
    assert.deepEqual(
      model.groups().unreviewed.map((e) => `${e.path}#${e.index}`),
      ['a.txt#0', 'a.txt#1', 'b.txt#0'],
    );
    const version = model.version;
    // b.txt reviewed: it moves from Unreviewed to Reviewed, nothing else changes.
    assert.equal(model.set(file('b.txt', STAMPED_SEED)), true);
    assert.ok(model.version > version);
    assert.deepEqual(model.counts(), { unreviewed: 2, problems: 0, reviewed: 2, files: 3 });
    assert.deepEqual(model.groups().reviewed.map((e) => e.path), ['b.txt', 'c.txt']);
  });

  it('the same rows again do not count as a change; removal and files without items do', () => {
    const model = new QueueModel();
    model.set(file('a.txt', SEED_TEXT));
    const version = model.version;
    assert.equal(model.set(file('a.txt', SEED_TEXT)), false);
    assert.equal(model.version, version);
    assert.equal(model.set({ uri: 'a.txt', path: 'a.txt', entries: [], speakers: [], findings: [] }), true);
    assert.equal(model.counts().files, 0);
    model.set(file('a.txt', SEED_TEXT));
    assert.equal(model.delete('a.txt'), true);
    assert.equal(model.delete('a.txt'), false);
  });

  it('an edit that adds an item or marks one reviewed is reflected at once', () => {
    const model = new QueueModel();
    const text = SEED_TEXT;
    model.set(summarise('a.txt', 'a.txt', text, reviewText(text), (o) => lineIndex(text).positionAt(o)));
    const edited = text + '\n' + CLEAN;
    model.set(summarise('a.txt', 'a.txt', edited, reviewText(edited), (o) => lineIndex(edited).positionAt(o)));
    assert.deepEqual(model.counts(), { unreviewed: 1, problems: 0, reviewed: 1, files: 1 });
  });
});

describe('queue model: next and previous unreviewed item', () => {
  const model = new QueueModel();
  const two = SEED_TEXT + '\n' + SEED_TEXT.replace('2025-11-01', '2025-11-02');
  model.set(file('a.txt', two));
  model.set(file('b.txt', CLEAN));
  model.set(file('c.txt', SEED_TEXT));
  const second = model.groups().unreviewed[1].start;
  const at = (uri: string, offset: number) => ({ uri, path: uri, offset });
  const name = (e: ReturnType<typeof model.nextUnreviewed>) => (e ? `${e.path}#${e.index}` : 'none');

  it('next: from nowhere the first; from inside an item the one after it; wraps around', () => {
    assert.equal(name(model.nextUnreviewed(undefined, 1)), 'a.txt#0');
    assert.equal(name(model.nextUnreviewed(at('a.txt', 5), 1)), 'a.txt#1');
    assert.equal(name(model.nextUnreviewed(at('a.txt', second + 10), 1)), 'c.txt#0');
    assert.equal(name(model.nextUnreviewed(at('b.txt', 0), 1)), 'c.txt#0');
    assert.equal(name(model.nextUnreviewed(at('c.txt', 10), 1)), 'a.txt#0');
    assert.equal(name(model.nextUnreviewed(at('zzz.txt', 0), 1)), 'a.txt#0', 'a file after every queued one wraps');
  });

  it('previous: the item before the one the cursor is in; wraps around', () => {
    assert.equal(name(model.nextUnreviewed(undefined, -1)), 'c.txt#0');
    assert.equal(name(model.nextUnreviewed(at('a.txt', second + 10), -1)), 'a.txt#0');
    assert.equal(name(model.nextUnreviewed(at('a.txt', 3), -1)), 'c.txt#0');
    assert.equal(name(model.nextUnreviewed(at('b.txt', 0), -1)), 'a.txt#1');
  });

  it('nothing to review: undefined', () => {
    const empty = new QueueModel();
    empty.set(file('b.txt', CLEAN));
    assert.equal(empty.nextUnreviewed(undefined, 1), undefined);
  });
});

describe('queue scan', () => {
  const files: Record<string, string> = {
    'a.txt': SEED_TEXT,
    'b.txt': CLEAN,
    'notes.txt': 'Shopping list\n\ndate 2025-11-01 is not on the first line\n',
    'bin.txt': 'date 2025-11-01 x\u0000\u0001',
    'bom.txt': '\ufeff' + REVIEWED_ITEM,
    'ignored.txt': SEED_TEXT,
    'broken.txt': '',
  };
  const source = {
    key: (f: string) => f,
    path: (f: string) => f,
    read: async (f: string) => {
      if (f === 'broken.txt') throw new Error('EACCES');
      return new TextEncoder().encode(files[f]);
    },
    skip: (f: string) => f === 'ignored.txt',
    options: () => ({}),
  };

  it('reviews wire files, drops the others, skips ignored ones, survives unreadable ones', async () => {
    const found: string[] = [];
    const dropped: string[] = [];
    const progress: number[] = [];
    const stats = await scanFiles(Object.keys(files), source, (s) => found.push(s.uri), (k) => dropped.push(k), {
      progress: (done) => progress.push(done),
      concurrency: 3,
    });
    assert.deepEqual(found.sort(), ['a.txt', 'b.txt', 'bom.txt']);
    assert.deepEqual(dropped.sort(), ['bin.txt', 'broken.txt', 'notes.txt']);
    assert.equal(stats.skipped, 1);
    assert.equal(stats.errors, 1);
    assert.equal(stats.wireFiles, 3);
    assert.equal(stats.items, 3);
    assert.equal(progress[progress.length - 1], Object.keys(files).length);
  });

  it('yields whenever a slice of work is used up, and stops when cancelled', async () => {
    let clock = 0;
    let yields = 0;
    const many = Array.from({ length: 50 }, (_, k) => `f${k}.txt`);
    const src = { ...source, read: async () => new TextEncoder().encode(SEED_TEXT), skip: undefined };
    const stats = await scanFiles(many, src, () => undefined, () => undefined, {
      now: () => (clock += 5), // every reading of the clock: 5 ms later
      sliceMs: 12,
      yieldNow: async () => {
        yields++;
      },
    });
    assert.ok(yields > 0 && stats.yields === yields);
    assert.equal(stats.wireFiles, 50);

    let seen = 0;
    const cancelled = await scanFiles(many, src, () => seen++, () => undefined, { cancelled: () => seen >= 10, concurrency: 1 });
    assert.ok(cancelled.cancelled);
    assert.equal(seen, 10);
  });

  it('summariseBytes: BOM stripped, so positions are those the editor shows', () => {
    const summary = summariseBytes('x', 'x', new TextEncoder().encode('\ufeff' + SEED_TEXT), {});
    assert.deepEqual(summary?.entries[0].at, { line: 0, character: 1 });
  });

  it('review options (a config) apply: a rule turned off changes the group', () => {
    const off = file('r.txt', REVIEWED_ITEM, { severities: { 'unattributed-quote': 'off' } });
    assert.equal(off.entries[0].group, 'reviewed');
  });
});

describe('speakers across the workspace and workspace symbols', () => {
  const files = [file('a.txt', SEED_TEXT), file('b.txt', SEED_TEXT.replace('2025-11-01', '2025-11-02')), file('c.txt', CLEAN)];

  it('groups speakers by name across items, most quoted first, with a filter on name and title', () => {
    const groups = speakersAcross(files);
    assert.deepEqual(
      groups.map((g) => [g.name, g.quotes, g.appearances.length]),
      [['Lee Jae Myung', 12, 2], ['Xi Jinping', 6, 2], ['Cho Hyun', 1, 1]],
    );
    assert.deepEqual(speakersAcross(files, 'xi').map((g) => g.name), ['Xi Jinping']);
    assert.deepEqual(speakersAcross(files, 'minister').map((g) => g.name), ['Cho Hyun']);
    assert.ok(matchesFilter('JINPING xi', 'Xi Jinping'));
    assert.ok(matchesFilter('zurich', 'Zürich Mayor'));
  });

  it('Go to Symbol in Workspace: speakers and quotations, filtered by the query, with where they are', () => {
    const all = workspaceSymbols(files, '');
    assert.ok(all.some((s) => s.kind === 'speaker' && s.name === 'Xi Jinping' && s.uri === 'b.txt'));
    const lee = workspaceSymbols(files, 'leejm');
    assert.deepEqual([...new Set(lee.map((s) => s.name))], ['Lee Jae Myung']);
    const quotes = workspaceSymbols(files, 'neverover');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].kind, 'quote');
    assert.match(quotes[0].container, /^Lee Jae Myung · 2025-11-01 · Gyeongju, Nov 1 · a\.txt$/);
    assert.deepEqual(quotes[0].range.start, { line: 8, character: 0 });
    assert.equal(workspaceSymbols(files, '', 3).length, 3);
    assert.ok(fuzzyMatch('xjp', 'Xi Jinping') && !fuzzyMatch('pjx', 'Xi Jinping'));
  });
});

describe('queue scope and settings', () => {
  it('reads include, exclude and workspaceDiagnostics; bad values name the setting and fall back', () => {
    const ok = readQueueSettings((k) => ({ include: ['**/*.wire'], exclude: [], workspaceDiagnostics: true })[k]);
    assert.deepEqual(ok.settings, { include: ['**/*.wire'], exclude: [], workspaceDiagnostics: true });
    assert.deepEqual(ok.warnings, []);
    const bad = readQueueSettings((k) => ({ include: '**/*.txt', exclude: ['', 3], workspaceDiagnostics: 'yes' })[k]);
    assert.deepEqual(bad.settings, { include: ['**/*.txt', '**/*.wire'], exclude: [], workspaceDiagnostics: false });
    assert.equal(bad.warnings.length, 4);
    assert.match(bad.warnings[0], /^wireDesk\.include must be a list of globs/);
    assert.match(bad.warnings[3], /^wireDesk\.workspaceDiagnostics must be true or false/);
  });

  it('in scope: included, not excluded by wireDesk.exclude or files.exclude (folders exclude their contents)', () => {
    const scope = queueScope(
      { include: ['**/*.txt', '**/*.wire', 'inbox/*.feed'], exclude: ['**/node_modules/**', 'archive'], workspaceDiagnostics: false },
      enabledGlobs({ '**/.git': true, '**/tmp': true, '**/maybe': { when: '$(basename).ts' }, '**/off': false }),
    );
    assert.ok(scope.includes('a.txt') && scope.includes('deep/er/b.wire') && scope.includes('inbox/x.feed'));
    assert.ok(!scope.includes('x.feed') && !scope.includes('a.md'));
    assert.ok(!scope.includes('node_modules/pkg/LICENSE.txt'));
    assert.ok(!scope.includes('archive/2024/a.txt'));
    assert.ok(!scope.includes('x/tmp/a.txt'));
    assert.ok(scope.includes('maybe/a.txt') && scope.includes('off/a.txt'));
    assert.ok(workspaceGlobMatcher(['**/.git'])('.git/HEAD.txt'));
  });
});

describe('queue tree: long groups split by day', () => {
  const entry = (k: number, date?: string) => ({ uri: `f${k}`, path: `f${k}`, index: 0, start: 0, at: { line: 0, character: 0 }, date, name: '', firstWords: '', group: 'unreviewed' as const, disclaimer: true, problems: 0, findings: 1 });

  it('a short group lists its items; a long one has a node per day, in date order, undated last', () => {
    const few = [entry(1, '2025-11-02'), entry(2, '2025-11-01')];
    assert.deepEqual(groupChildren('unreviewed', few), few);
    const many = [...Array.from({ length: 150 }, (_, k) => entry(k, '2025-11-02')), ...Array.from({ length: 60 }, (_, k) => entry(200 + k, '2025-11-01')), entry(999)];
    const days = groupChildren('unreviewed', many) as DayNode[];
    assert.deepEqual(days.map((d) => [d.kind, d.date, d.entries.length]), [['day', '2025-11-01', 60], ['day', '2025-11-02', 150], ['day', '', 1]]);
  });

  it('a day with very many items is split into runs', () => {
    const day: DayNode = { kind: 'day', group: 'unreviewed', date: '2025-11-01', entries: Array.from({ length: 1100 }, (_, k) => entry(k, '2025-11-01')) };
    const runs = dayChildren(day) as RunNode[];
    assert.deepEqual(runs.map((r) => [r.from, r.to, r.entries.length]), [[1, 500, 500], [501, 1000, 500], [1001, 1100, 100]]);
    assert.equal(dayChildren({ ...day, entries: day.entries.slice(0, 10) }).length, 10);
  });
});
