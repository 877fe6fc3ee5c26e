// Performance bench (issue 5). Prints figures; asserts nothing.
//
//   npm run bench [-- --polnear DIR] [--mb 24] [--runs 3] [--quick] [--only SECTIONS] [--json FILE]
//
// What it measures, on the code that ships: the engine and the extension's review cache are bundled and
// minified with esbuild (as `node esbuild.mjs --production` bundles dist/extension.js) into .cache/bench/,
// and the bench loads those bundles.
// - throughput: full review (items, quotations, attribution, every rule) of a generated realistic feed of
//   at least 20 MB: the sample in seeds/, the wire items in bench/corpus/ (and test/fixtures/ if any),
//   and PolNeAR's train articles when `--polnear DIR` is given (read from DIR, never copied anywhere);
//   on the same bytes, two reference figures: one regular-expression pass counting quote marks, and a
//   straightforward regex-per-sentence attribution baseline (below), with our speed as ratios to both;
// - scaling: the feed's first eighth (1x) and it repeated 2, 4 and 8 times (the same items in the same
//   proportions at every size): time ratio to proportional (in a child process, with a heap of its own);
// - hostile shapes, each one item: a 5 MB paragraph with no line break, 200,000 quote marks in one
//   paragraph with no sentence end, 100,000 one-word paragraphs, an unclosed quotation opening a 5 MB item,
//   deeply nested quotations; time per MB as a ratio to the realistic feed's (each runs in a child process
//   with a time limit, so a super-linear case is reported instead of hanging the bench);
// - editor: a 20 MB feed of 4,000 items in the extension's ReviewStore (src/extension/cache.ts): the
//   first review, then a one-character edit in one item (median and worst of 30 edits, typed and deleted,
//   at random items) until the store hands back the complete review of the new text; then the real
//   extension bundle, in a process of its own (as the extension host is), activated against a fake
//   `vscode` (bench/fake-vscode.ts) that keeps documents as the extension host does: opening the 20 MB
//   feed, asking for its outline, typing into it; the longest time the event loop was blocked (its wall
//   clock taken apart: the main thread running, waiting for a CPU, asleep), the same for a control that
//   allocates nothing (the machine's own share), and the time until diagnostics were published;
// - activation: require the minified extension bundle and run `activate` against the fake API in a fresh
//   plain Node process (bench/activate-probe.ts; median of 5), and the bundle's size.
// MB here is 10^6 bytes of UTF-8.

import * as esbuild from 'esbuild';
import { buildSync } from 'esbuild';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import { execFileSync } from 'node:child_process';
import { createFakeVscode, FakeDocument, installFakeVscode, Uri } from './fake-vscode';
import { rng } from '../test/support/rng';
import { buildMinified, mangleProps, oneVscodeBinding } from '../scripts/bundle-options.mjs';

type Core = typeof import('../src/core');
type Cache = typeof import('../src/extension/cache');
type Engine = Core & { cache: Cache };

const ROOT = resolve(__dirname, '..');
const OUT = process.env.WIRE_DESK_BENCH_OUT ?? join(ROOT, '.cache', 'bench');
const ENGINE_JS = join(OUT, 'engine.js');
const EXTENSION_JS = join(OUT, 'extension.js');
const ACTIVATE_JS = join(OUT, 'activate.js');

// ---------------------------------------------------------------------------------------------- args

interface Args {
  polnear?: string;
  mb: number;
  runs: number;
  only?: Set<string>;
  json?: string;
  shapeTimeout: number;
  child?: string[];
}

const USAGE = 'usage: npm run bench -- [--polnear DIR] [--mb N] [--runs N] [--quick] [--only throughput,scaling,hostile,editor,activation] [--json FILE]';

function parseArgs(argv: string[]): Args {
  const args: Args = { mb: 24, runs: 3, shapeTimeout: 120 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--polnear') args.polnear = value();
    else if (a === '--mb') args.mb = Number(value());
    else if (a === '--runs') args.runs = Number(value());
    else if (a === '--quick') {
      args.mb = 6;
      args.runs = 1;
    } else if (a === '--only') args.only = new Set(value().split(','));
    else if (a === '--json') args.json = value();
    else if (a === '--shape-timeout') args.shapeTimeout = Number(value());
    else if (a === '--child') {
      args.child = argv.slice(i + 1);
      break;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  if (!(args.mb > 0) || !(args.runs >= 1)) fail('--mb and --runs must be positive');
  return args;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

// -------------------------------------------------------------------------------------------- build

const BUNDLE = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, sourcemap: false, charset: 'utf8', logLevel: 'warning' } as const;

async function build(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  buildSync({
    ...BUNDLE,
    stdin: {
      contents: "export * from './src/core';\nexport * as cache from './src/extension/cache';\n",
      resolveDir: ROOT,
      sourcefile: 'bench-engine.ts',
      loader: 'ts',
    },
    outfile: ENGINE_JS,
  });
  // The same options and passes as `node esbuild.mjs --production` uses for dist/extension.js.
  await buildMinified(esbuild, { ...BUNDLE, mangleProps, plugins: [oneVscodeBinding], entryPoints: [join(ROOT, 'src/extension/extension.ts')], outfile: EXTENSION_JS, external: ['vscode'] });
  buildSync({ ...BUNDLE, minify: false, entryPoints: [join(ROOT, 'bench/activate-probe.ts')], outfile: ACTIVATE_JS });
}

function loadEngine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(ENGINE_JS) as Engine;
}

// -------------------------------------------------------------------------------------------- timing


function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Milliseconds per run of `fn` over `runs` runs, after one run that is not counted (the same input: code
 * compiled, heap grown to its working size; no full collection is forced between runs, which would
 * shrink the heap and make a small input look dearer per MB than a large one). `cpu` (the figure the bench
 * reports and compares) is the least CPU time of the process over the runs: on a shared machine the wall
 * clock also counts the time spent waiting for a CPU (`best` is the least wall-clock time, for reference).
 * The process's CPU time includes the collector's helper threads, so it is if anything an overestimate of
 * the single thread's work.
 */
function time(fn: () => unknown, runs: number): { cpu: number; best: number; median: number; all: number[] } {
  const all: number[] = [];
  let cpu = Infinity;
  fn();
  for (let r = 0; r < runs; r++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    fn();
    all.push(performance.now() - t0);
    cpu = Math.min(cpu, cpuMs() - c0);
  }
  return { cpu, best: Math.min(...all), median: median(all), all };
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const mb = (s: string) => bytes(s) / 1e6;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

// -------------------------------------------------------------------------------------------- corpus

interface Source {
  origin: 'seed' | 'corpus' | 'fixture' | 'polnear';
  text: string;
}

const HEADER = /^[ \t\u00a0\ufeff]*date[ \t\u00a0]+\d{4}-\d{2}-\d{2}(?![\d-])/;

function wireFiles(dir: string, recurse: boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (recurse) out.push(...wireFiles(path, true));
    } else if (/\.(?:txt|wire)$/.test(name)) out.push(path);
  }
  return out;
}

function polnearDir(dir: string): string {
  for (const candidate of [join(dir, 'data', 'train', 'text'), join(dir, 'train', 'text')]) if (existsSync(candidate)) return candidate;
  fail(`no PolNeAR train texts under ${dir} (expected data/train/text/*.txt)`);
}

const OUTLETS: Record<string, string> = {
  breitbart: 'Breitbart', 'huff-post': 'HuffPost', nyt: 'NYT', politico: 'Politico', 'usa-today': 'USA Today', 'wash-post': 'Washington Post', 'west-journal': 'Western Journal',
};

function loadSources(polnear: string | undefined): Source[] {
  const sources: Source[] = [];
  const add = (origin: Source['origin'], path: string) => {
    // Each file may hold several items; keep those that start with a header.
    const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
    for (const part of text.split(/\r?\n(?=[ \t\u00a0]*date[ \t\u00a0]+\d{4}-\d{2}-\d{2}\b)/)) {
      if (HEADER.test(part)) sources.push({ origin, text: part.replace(/\s+$/, '') });
    }
  };
  for (const path of wireFiles(join(ROOT, 'seeds'), false)) add('seed', path);
  for (const path of wireFiles(join(ROOT, 'bench', 'corpus'), false)) add('corpus', path);
  for (const path of wireFiles(join(ROOT, 'test', 'fixtures'), true)) add('fixture', path);
  if (polnear) {
    const dir = polnearDir(polnear);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.txt')) continue;
      // PolNeAR articles have no wire header: give each one (title paragraph dropped) the header of its date.
      const m = /^([a-z-]+)_(\d{4}-\d{2}-\d{2})_/.exec(name);
      const paragraphs = readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      if (!m || paragraphs.length < 2) continue;
      const outlet = OUTLETS[m[1]] ?? 'AP';
      sources.push({ origin: 'polnear', text: `date ${m[2]} WASHINGTON (${outlet}) \u2014 ${paragraphs.slice(1).join('\n\n')}` });
    }
  }
  if (sources.length === 0) fail('no wire items found in seeds/ or bench/corpus/');
  return sources;
}

/** A realistic feed: the sources in a shuffled order, again and again, until `target` bytes. */
function realisticItems(sources: readonly Source[], target: number, seed = 1): string[] {
  const random = rng(seed);
  const items: string[] = [];
  let size = 0;
  while (size < target) {
    const order = sources.map((s, k) => ({ s, k: random() })).sort((a, b) => a.k - b.k);
    for (const { s } of order) {
      items.push(s.text);
      size += bytes(s.text) + 2;
      if (size >= target) break;
    }
  }
  return items;
}

const joinItems = (items: readonly string[]) => items.join('\n\n') + '\n';

/** The body of an item without its first line (header, dateline, lede) and without a closing disclaimer or stamp. */
function bodyParagraphs(core: Core, text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .slice(1)
    .filter((p) => !/^Reviewed-by:/i.test(p) && !core.classifyDisclaimer(p));
}

/** `count` items of about `target / count` bytes each, every one different (for the editor figures). */
function editorFeed(core: Core, sources: readonly Source[], count: number, target: number): string[] {
  const random = rng(7);
  const per = target / count;
  const bodies = sources.map((s) => bodyParagraphs(core, s.text));
  const items: string[] = [];
  for (let k = 0; k < count; k++) {
    const base = sources[Math.floor(random() * sources.length)].text;
    const lines = base.split(/\n\s*\n/);
    const closing = lines.length > 1 && (/^Reviewed-by:/i.test(lines[lines.length - 1]) || core.classifyDisclaimer(lines[lines.length - 1])) ? lines.pop()! : undefined;
    let size = bytes(lines.join('\n\n'));
    // Every item at least its share, so the feed is at least `target` bytes whatever the sources.
    while (size < per) {
      const extra = bodies[Math.floor(random() * bodies.length)];
      if (extra.length === 0) continue;
      const p = extra[Math.floor(random() * extra.length)];
      lines.push(p);
      size += bytes(p) + 2;
    }
    lines.push(`Ref. WD-${String(k).padStart(6, '0')}`);
    if (closing) lines.push(closing);
    items.push(lines.join('\n\n'));
  }
  return items;
}

// ------------------------------------------------------------------------------------ hostile shapes

const WORDS = [
  'the', 'minister', 'said', 'Lee', 'he', 'told', 'reporters', 'according', 'to', 'ministry', 'on', 'Friday',
  'talks', 'would', 'resume', 'President', 'Kim', 'and', 'of', 'a', 'statement', 'Seoul', 'officials', 'that',
  'we', 'will', 'not', 'accept', 'this', 'she', 'added', 'Yonhap', 'reported', 'through', 'translator', 'as', 'saying',
];

const SHAPES = ['long-paragraph', 'quote-marks', 'one-word-paragraphs', 'unclosed-start', 'nested-quotes', 'cued-run-on', 'quote-sentences', 'pronoun-run'] as const;
type Shape = (typeof SHAPES)[number];
/** The shapes issue 5 names; the target (within 3x) is judged on these. The others are ours, shown beside them. */
const ISSUE_SHAPES: ReadonlySet<Shape> = new Set(['long-paragraph', 'quote-marks', 'one-word-paragraphs', 'unclosed-start', 'nested-quotes']);

const SHAPE_NOTES: Record<Shape, string> = {
  'long-paragraph': 'one 5 MB paragraph, no line break (the feed\u2019s text joined)',
  'quote-marks': '200,000 quote marks in one paragraph, no sentence end',
  'one-word-paragraphs': '100,000 one-word paragraphs',
  'unclosed-start': 'unclosed quotation at the start of a 5 MB item',
  'nested-quotes': 'quotations nested 1,000 deep, in one 5 MB paragraph',
  'cued-run-on': 'one 5 MB paragraph of `he said "..." and` with no full stop (~300,000 quotations in one sentence)',
  'quote-sentences': 'one 5 MB paragraph of quotations that are sentences of their own, `"Word." ` (~500,000), no speaker',
  'pronoun-run': 'one 5 MB paragraph of `"Word?" he asked. "Word." ` (~300,000 quotations, a pronoun cue for every other)',
};

function hostileShape(core: Core, sources: readonly Source[], shape: Shape): string {
  const head = 'date 2025-11-03 SEOUL, Nov. 3 (Yonhap) -- ';
  const random = rng(11);
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  const target = 5e6;
  const bodies = () => {
    const out: string[] = [];
    let size = 0;
    for (const item of realisticItems(sources, target, 3)) {
      const paragraphs = item.split(/\n\s*\n/);
      paragraphs[0] = paragraphs[0].replace(HEADER, '').replace(/^.*?(?:\(\w+\)\s*)?(?:--|\u2014|-)\s+/, '');
      for (const p of paragraphs) {
        out.push(p);
        size += bytes(p) + 2;
      }
      if (size >= target) break;
    }
    return out;
  };
  const parts: string[] = [head];
  /** Appends `make(0)`, `make(1)`, ... until the shape holds `target` bytes after its head. */
  const repeatToTarget = (make: (n: number) => string) => {
    for (let n = 0, size = 0; size < target; n++) {
      const s = make(n);
      parts.push(s);
      size += bytes(s);
    }
  };
  switch (shape) {
    case 'long-paragraph':
      parts.push(bodies().join(' ').replace(/\s*[\r\n]+\s*/g, ' '));
      break;
    case 'quote-marks': {
      const marks = ['"', '\u201c', '\u201d'];
      for (let n = 0; n < 200_000; ) {
        const w = word();
        const r = random();
        if (r < 0.15) {
          parts.push(`${marks[n % 3]}${w} `);
          n++;
        } else if (r < 0.3) {
          parts.push(`${w}${marks[(n + 1) % 3]} `);
          n++;
        } else parts.push(`${w} `);
      }
      break;
    }
    case 'one-word-paragraphs':
      parts.push('Lede.\n\n');
      for (let n = 0; n < 100_000; n++) parts.push(`${n % 7 === 0 ? '"' + word() + '."' : word()}\n\n`);
      break;
    case 'unclosed-start':
      parts.push('"' + bodies().join('\n\n'));
      break;
    case 'cued-run-on':
      // Text that lost its full stops: a pronoun cue at every quotation of one endless sentence (a
      // pronoun's look-back once read the sentence again for each: minutes for 1 MB).
      parts.push('Lee Jae Myung spoke on Friday. ');
      repeatToTarget((n) => `${n % 2 ? 'he' : 'she'} said "${word()} ${word()}" and `);
      break;
    case 'quote-sentences':
      // Every quotation a sentence with no speaker: continuation once walked back over all the earlier ones.
      repeatToTarget(() => `"${word()}." `);
      break;
    case 'pronoun-run':
      // A pronoun's look-back once passed over every later sentence of the paragraph first.
      repeatToTarget(() => `"${word()}?" he asked. "${word()}." `);
      break;
    case 'nested-quotes':
      repeatToTarget(() => {
        const block: string[] = [];
        for (let d = 0; d < 1000; d++) block.push(`${d % 2 ? '\u201c' : '"'}${word()} ${word()} `);
        block.push('said Lee');
        for (let d = 0; d < 1000; d++) block.push(`${d % 3 === 0 ? '"' : '\u201d'} `);
        block.push(', he said. ');
        return block.join('');
      });
      break;
  }
  void core;
  return parts.join('') + '\n';
}

// ----------------------------------------------------------------------------------------- baselines

const QUOTE_MARKS = /["\u201c\u201d\u201e\u201f\u00ab\u00bb]/g;

/** Reference 1: the floor any reviewer pays to read the text, one regex pass counting quote marks. */
function countQuoteMarks(text: string): number {
  let n = 0;
  QUOTE_MARKS.lastIndex = 0;
  while (QUOTE_MARKS.exec(text)) n++;
  return n;
}

const PARAGRAPH = /[^\r\n]+(?:\r?\n(?![ \t]*\r?\n)[^\r\n]+)*/g;
const SENTENCE = /[^.!?]+(?:[.!?]+["\u201d\u2019)]*|$)/g;
const QUOTED = /["\u201c]([^"\u201c\u201d]+)["\u201d]/g;
const QUOTED_ALL = /["\u201c]([^"\u201c\u201d]+)["\u201d]/g;
const NAME = "(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he \\p{Ll}+)|\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*)*)";
const VERB = '(?:said|says|told|added|asked|noted|stressed|warned|explained|insisted)';
const CUES = new RegExp(`(${NAME})\\s+${VERB}\\b|\\b${VERB}\\s+(${NAME})|according to (${NAME})`, 'gu');

/**
 * Reference 2: a straightforward regex-per-sentence attribution. Paragraphs, then sentences, by regex; in a
 * sentence with quotations, every cue (`NAME said`, `said NAME`, `according to NAME`, names in Unicode
 * letters) by regex, and each quotation goes to the nearest cue; a paragraph that opens with a quotation
 * and has no cue continues the previous paragraph's speaker.
 */
function regexBaseline(text: string): { quotes: number; attributed: number } {
  let quotes = 0;
  let attributed = 0;
  let previous: string | undefined;
  PARAGRAPH.lastIndex = 0;
  for (let p = PARAGRAPH.exec(text); p; p = PARAGRAPH.exec(text)) {
    const paragraph = p[0];
    let last: string | undefined;
    SENTENCE.lastIndex = 0;
    for (let s = SENTENCE.exec(paragraph); s && s[0].length > 0; s = SENTENCE.exec(paragraph)) {
      const sentence = s[0];
      const found: { at: number; name: string }[] = [];
      QUOTED.lastIndex = 0;
      for (let q = QUOTED.exec(sentence); q; q = QUOTED.exec(sentence)) {
        if (found.length === 0) {
          // the cues of this sentence, outside quotations
          const outside = sentence.replace(QUOTED_ALL, (m) => ' '.repeat(m.length));
          CUES.lastIndex = 0;
          for (let c = CUES.exec(outside); c; c = CUES.exec(outside)) found.push({ at: c.index, name: c[1] ?? c[2] ?? c[3] });
          if (found.length === 0) found.push({ at: -1, name: '' });
        }
        quotes++;
        let best: string | undefined;
        let distance = Infinity;
        for (const c of found) {
          if (c.at < 0) continue;
          const d = Math.abs(c.at - q.index);
          if (d < distance) {
            distance = d;
            best = c.name;
          }
        }
        if (!best && q.index === 0 && s.index === 0) best = previous;
        if (best) {
          attributed++;
          last = best;
        }
      }
    }
    previous = last;
  }
  return { quotes, attributed };
}

// -------------------------------------------------------------------------------------------- results

interface Results {
  commit: string;
  dirty: boolean;
  date: string;
  node: string;
  cpu: string;
  load?: number;
  corpus?: { mb: number; items: number; sources: Record<string, number>; quotes: number; findings: number };
  throughput?: { ms: number; mbps: number; wallMbps: number; sampleMbps?: number; quoteCountMbps: number; baselineMbps: number; vsQuoteCount: number; vsBaseline: number; runs: number[] };
  scaling?: { factor: number; mb: number; ms: number; wall: number; ratio: number }[];
  hostile?: { shape: Shape; note: string; mb: number; ms: number | null; msPerMb: number | null; ratio: number | null; quotes: number | null; usPerQuote: number | null; inIssue: boolean }[];
  editor?: Record<string, number>;
  activation?: { ms: number; cpuMs: number; requireMs: number; activateMs: number; runs: number[]; bundleBytes: number };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function cpuName(): string {
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return m ? m[1].trim() : '';
  } catch {
    return '';
  }
}

// ------------------------------------------------------------------------------------------ sections

function throughput(engine: Engine, feed: string, args: Args, results: Results, realisticMsPerMb: { value: number }): void {
  const size = mb(feed);
  let review: ReturnType<Engine['reviewText']> = { items: [] };
  const t = time(() => (review = engine.reviewText(feed)), args.runs);
  const quotes = review.items.reduce((n, i) => n + i.quotes.length, 0);
  const findings = review.items.reduce((n, i) => n + i.findings.length, 0);
  results.corpus!.quotes = quotes;
  results.corpus!.findings = findings;
  const qc = time(() => countQuoteMarks(feed), Math.max(3, args.runs));
  const bl = time(() => regexBaseline(feed), args.runs);
  const mbps = size / (t.cpu / 1000);
  const qcMbps = size / (qc.cpu / 1000);
  const blMbps = size / (bl.cpu / 1000);
  realisticMsPerMb.value = t.cpu / size;
  results.throughput = { ms: t.cpu, mbps, wallMbps: size / (t.best / 1000), quoteCountMbps: qcMbps, baselineMbps: blMbps, vsQuoteCount: mbps / qcMbps, vsBaseline: mbps / blMbps, runs: t.all };
  // The brief's reference point: the sample repeated (one item, again and again).
  const seed = loadSources(undefined).find((x) => x.origin === 'seed');
  if (seed) {
    const repeated = joinItems(Array.from({ length: Math.ceil(6e6 / seed.text.length) }, () => seed.text));
    const ts = time(() => engine.reviewText(repeated), args.runs);
    results.throughput.sampleMbps = mb(repeated) / (ts.cpu / 1000);
  }
  const base = regexBaseline(feed);
  console.log(`\nThroughput (full review of ${f1(size)} MB, ${review.items.length} items, ${quotes} quotations, ${findings} findings; CPU time, least of ${args.runs} runs)`);
  console.log(`  Wire Desk engine         ${f1(mbps).padStart(7)} MB/s   ${t.cpu.toFixed(0)} ms CPU (wall clock: best ${t.best.toFixed(0)} ms = ${f1(size / (t.best / 1000))} MB/s, median ${t.median.toFixed(0)} ms)`);
  if (results.throughput.sampleMbps) console.log(`  (the sample repeated, 6 MB: ${f1(results.throughput.sampleMbps)} MB/s)`);
  console.log(`  quote-mark count (regex) ${f1(qcMbps).padStart(7)} MB/s   ours = ${f2(mbps / qcMbps)}x of it`);
  console.log(`  regex-per-sentence       ${f1(blMbps).padStart(7)} MB/s   ours = ${f2(mbps / blMbps)}x of it   (it found ${base.quotes} quotations, attributed ${base.attributed})`);
}

/**
 * The feed's first eighth (1x), and that eighth twice, four and eight times over (2x, 4x, 8x), each
 * reviewed in turn, round after round (least CPU time of each; each timing reviews 8x's bytes, see below). Every size holds the same items in the
 * same proportions, so only the size differs: prefixes of the feed (its first eighth, quarter, half) mix
 * its items differently, and the first eighth's share of quotation-heavy items set the unit the others
 * were compared with (the 4x prefix read 0.86-0.92 of proportional). Run in a process of its own
 * (`--child scaling`), as the hostile shapes are: after the throughput runs the main process's heap holds
 * the garbage of several 49 MB reviews, and where its collections fall would decide which size pays.
 */
function scalingChild(engine: Engine, items: readonly string[], args: Args): NonNullable<Results['scaling']> {
  const total = items.reduce((n, s) => n + bytes(s) + 2, 0);
  const eighth: string[] = [];
  let size = 0;
  for (const s of items) {
    if (size >= total / 8) break;
    eighth.push(s);
    size += bytes(s) + 2;
  }
  const factors = [1, 2, 4, 8];
  const texts = factors.map((factor) => joinItems(Array.from({ length: factor }, () => eighth).flat()));
  // The sizes take turns, round after round (least time of each): a busy spell of the shared machine then
  // slows every size alike instead of the one measured at that moment. Every timing reviews the same bytes,
  // 8x's: the 1x text eight times over, 2x four times, 4x twice (the time of one review is its share). The
  // least of a few short runs is luckier than the least of as many long ones: timed once each, the same
  // engine's 1x read 53-63 ms from one bench run to the next, which moved every ratio by up to 10 %.
  for (const text of texts) engine.reviewText(text);
  const cpu = texts.map(() => Infinity);
  const wall = texts.map(() => Infinity);
  for (let round = 0; round < Math.max(3, args.runs); round++) {
    texts.forEach((text, k) => {
      const times = factors[factors.length - 1] / factors[k];
      const c0 = cpuMs();
      const t0 = performance.now();
      for (let n = 0; n < times; n++) engine.reviewText(text);
      wall[k] = Math.min(wall[k], (performance.now() - t0) / times);
      cpu[k] = Math.min(cpu[k], (cpuMs() - c0) / times);
    });
  }
  const unit = cpu[0] / mb(texts[0]);
  return factors.map((factor, k) => ({ factor, mb: mb(texts[k]), ms: cpu[k], wall: wall[k], ratio: cpu[k] / (unit * mb(texts[k])) }));
}

async function scaling(args: Args, results: Results): Promise<void> {
  console.log('\nScaling (the feed\'s first eighth, 1x, and it repeated 2, 4 and 8 times, in a process of its own; CPU time as a ratio to proportional, 1.00 = linear)');
  const r = await runChild(['scaling'], args, args.shapeTimeout * 1000);
  if (!r) {
    console.log('  (the scaling run failed or timed out)');
    return;
  }
  const rows = r.rows as NonNullable<Results['scaling']>;
  for (const row of rows) {
    console.log(`  ${String(row.factor).padStart(2)}x ${f1(row.mb).padStart(6)} MB ${row.ms.toFixed(0).padStart(7)} ms CPU   ${f2(row.ratio)}   (wall ${row.wall.toFixed(0)} ms)`);
  }
  results.scaling = rows;
}

async function hostile(args: Args, results: Results, realisticMsPerMb: number): Promise<void> {
  console.log(`\nHostile shapes (CPU time per MB as a ratio to the realistic feed's ${f1(realisticMsPerMb)} ms/MB; least of about 2 s of runs, 3-20; limit ${args.shapeTimeout} s each)`);
  const rows: NonNullable<Results['hostile']> = [];
  for (const shape of SHAPES) {
    const r = await runChild(['shape', shape], args, args.shapeTimeout * 1000);
    const ms = r ? (r.ms as number) : null;
    const size = r ? (r.mb as number) : 0;
    const msPerMb = ms !== null ? ms / size : null;
    const ratio = msPerMb !== null ? msPerMb / realisticMsPerMb : null;
    const quotes = r ? (r.quotes as number) : null;
    const usPerQuote = ms !== null && quotes ? (ms * 1000) / quotes : null;
    const inIssue = ISSUE_SHAPES.has(shape);
    rows.push({ shape, note: SHAPE_NOTES[shape], mb: size, ms, msPerMb, ratio, quotes, usPerQuote, inIssue });
    // Our shape is dense in quotations: its cost per quotation is the figure to compare with the feed's.
    const perQuote = !inIssue && usPerQuote !== null ? `; ${f1(usPerQuote)} \u00b5s per quotation` : '';
    console.log(`  ${shape.padEnd(20)} ${r ? `${f1(size).padStart(5)} MB ${ms!.toFixed(0).padStart(7)} ms  ${f2(ratio!).padStart(6)}x` : `   over ${args.shapeTimeout} s`}   ${SHAPE_NOTES[shape]}${inIssue ? '' : ' (ours, not in the issue)'}${perQuote}`);
  }
  const feed = results.corpus;
  if (feed && feed.quotes > 0) console.log(`  (the realistic feed: ${f1((realisticMsPerMb * feed.mb * 1000) / feed.quotes)} \u00b5s per quotation)`);
  results.hostile = rows;
}

function childShape(engine: Engine, args: Args, shape: Shape): Record<string, unknown> {
  const sources = loadSources(args.polnear);
  const text = hostileShape(engine, sources, shape);
  // A shape is timed over about two seconds of runs (at least as many as the feed's, at most 20), as the
  // feed's three runs of about a second each are: three runs of a 0.1 s shape in a fresh process still pay
  // for compiling the engine and growing the heap, and one collection of the runs' garbage doubles a run
  // (the 100,000 one-word paragraphs read 68-224 ms over twelve runs of one process).
  const c0 = cpuMs();
  engine.reviewText(text);
  const once = cpuMs() - c0;
  const runs = Math.max(2, Math.min(args.runs, 3), Math.min(20, Math.ceil(2000 / Math.max(once, 1))));
  const t = time(() => engine.reviewText(text), runs);
  let quotes = 0;
  for (const item of engine.reviewText(text).items) quotes += item.quotes.length;
  return { ms: t.cpu, wall: t.best, mb: mb(text), quotes, runs };
}

function runChild(child: string[], args: Args, timeoutMs: number): Promise<Record<string, unknown> | undefined> {
  const passOn = args.polnear ? ['--polnear', args.polnear] : [];
  return new Promise((done) => {
    const proc = fork(__filename, [...passOn, '--mb', String(args.mb), '--runs', String(args.runs), '--child', ...child], { execArgv: process.execArgv, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let out = '';
    proc.stdout!.on('data', (d) => (out += d));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      done(code === 0 && line ? (JSON.parse(line) as Record<string, unknown>) : undefined);
    });
  });
}

/**
 * The main thread's scheduler figures (ms), on Linux (/proc/thread-self/schedstat, opened by the main
 * thread): `run`, its time on a CPU, and `wait`, its time runnable but waiting for a CPU (another thread
 * of this process or another process had it); NaN elsewhere.
 */
const threadSched = (() => {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return () => ({ run: NaN, wait: NaN });
  }
  const buffer = Buffer.alloc(64);
  return () => {
    const [run, wait] = buffer.toString('latin1', 0, readSync(fd, buffer, 0, buffer.length, 0)).split(' ');
    return { run: Number(run) / 1e6, wait: Number(wait) / 1e6 };
  };
})();

/** The main thread's CPU time (ms); NaN where threadSched has none. */
const threadCpuMs = () => threadSched().run;

/** The longest block, and where its wall-clock time went (see BlockMonitor). */
interface Block {
  wall: number;
  /** The main thread on a CPU (its work, and the collector's pauses it works in). */
  run: number;
  /** The main thread runnable but waiting for a CPU (the machine's other load, or this process's other threads). */
  wait: number;
  /** The collector's pauses inside the block, wall clock (perf_hooks 'gc' entries). */
  gc: number;
  /** The process's CPU time meanwhile (all its threads). */
  cpu: number;
}

/**
 * The longest stretch the event loop was blocked: a 1 ms interval timer notes the time between its ticks
 * (a task that runs 80 ms shows as a gap of about 80 ms). On a shared machine the wall-clock gap also
 * counts time the process waited for a CPU, so the CPU time used between two ticks is noted as well:
 * the process's (process.cpuUsage: this thread's work, plus whatever the collector's helper threads did
 * meanwhile, such as marking concurrently) and, on Linux, the main thread's alone (/proc/thread-self/
 * schedstat: the work that held the event loop, a collector's pause on it included). For the longest
 * block, its wall-clock time is taken apart: the main thread running, waiting for a CPU, and neither
 * (asleep: in a pause of the collector waiting for its helper threads); and the collector's pauses.
 */
class BlockMonitor {
  private timer: ReturnType<typeof setInterval> | undefined;
  private last = 0;
  private lastCpu = 0;
  private lastThread = { run: 0, wait: 0 };
  private gcs: { start: number; end: number }[] = [];
  private observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) this.gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  max = 0;
  maxCpu = 0;
  maxThread = 0;
  longest: Block & { at: number } = { wall: 0, run: 0, wait: 0, gc: 0, cpu: 0, at: 0 };
  private static cpu(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  start(): void {
    this.max = 0;
    this.maxCpu = 0;
    this.maxThread = 0;
    this.gcs = [];
    this.longest = { wall: 0, run: 0, wait: 0, gc: 0, cpu: 0, at: 0 };
    this.observer.observe({ entryTypes: ['gc'] });
    this.last = performance.now();
    this.lastCpu = BlockMonitor.cpu();
    this.lastThread = threadSched();
    this.timer = setInterval(() => this.tick(), 1);
  }
  private tick(): void {
    const now = performance.now();
    const cpu = BlockMonitor.cpu();
    const thread = threadSched();
    const wall = now - this.last - 1;
    if (wall > this.max) this.longest = { wall, run: thread.run - this.lastThread.run, wait: thread.wait - this.lastThread.wait, gc: 0, cpu: cpu - this.lastCpu, at: this.last };
    this.max = Math.max(this.max, wall);
    this.maxCpu = Math.max(this.maxCpu, cpu - this.lastCpu);
    this.maxThread = Math.max(this.maxThread, thread.run - this.lastThread.run);
    this.last = now;
    this.lastCpu = cpu;
    this.lastThread = thread;
  }
  /** Stops; the collector's pauses are read after a turn (the observer reports them late). */
  async stop(): Promise<{ wall: number; cpu: number; thread: number; longest: Block }> {
    clearInterval(this.timer);
    this.tick();
    await new Promise((r) => setTimeout(r, 20));
    for (const e of this.observer.takeRecords()) this.gcs.push({ start: e.startTime, end: e.startTime + e.duration });
    this.observer.disconnect();
    const { at, ...longest } = this.longest;
    const end = at + longest.wall + 1;
    for (const g of this.gcs) longest.gc += Math.max(0, Math.min(end, g.end) - Math.max(at, g.start));
    return { wall: this.max, cpu: this.maxCpu, thread: this.maxThread, longest };
  }
}

/** A block's wall-clock time taken apart, for the bench's output. */
function blockParts(b: Block): string {
  if (Number.isNaN(b.run)) return `main thread's share unknown here; collector pauses ${f1(b.gc)} ms`;
  const asleep = Math.max(0, b.wall - b.run - b.wait);
  return `main thread running ${f1(b.run)} ms, waiting for a CPU ${f1(b.wait)} ms, asleep ${f1(asleep)} ms (collector pauses in it: ${f1(b.gc)} ms); process CPU ${f1(b.cpu)} ms`;
}

/**
 * A document for the store: text, a version, and the change events an editor would send. The edits are
 * applied to the text when it is read (an editor does not make a new 20 MB string per keystroke, and
 * the garbage of one here would be collected while the store is timed).
 */
class StoreDoc {
  version = 1;
  fullReads = 0;
  private edits: { rangeOffset: number; rangeLength: number; text: string }[] = [];
  constructor(private text: string) {}
  getText(): string {
    this.fullReads++;
    for (const e of this.edits) this.text = this.text.slice(0, e.rangeOffset) + e.text + this.text.slice(e.rangeOffset + e.rangeLength);
    this.edits = [];
    return this.text;
  }
  edit(offset: number, length: number, text: string) {
    this.edits.push({ rangeOffset: offset, rangeLength: length, text });
    this.version++;
    return [{ rangeOffset: offset, rangeLength: length, text }];
  }
}

async function editor(engine: Engine, sources: readonly Source[], results: Results): Promise<void> {
  const feedItems = editorFeed(engine, sources, 4000, 20e6);
  const feed = joinItems(feedItems);
  const out: Record<string, number> = { mb: mb(feed), items: feedItems.length };
  console.log(`\nEditor (a ${f1(out.mb)} MB feed of ${feedItems.length} items)`);
  editorStore(engine, feed, out);
  // The extension host holds only the extension's own objects and the document, as its lines: none of the
  // section above (its reviews, the JSON of the check), which is all garbage by now, collected before the
  // host is simulated, and not the feed as one string (the document's lines are copies, see FakeDocument).
  // It runs in a process of its own, as the extension host does: none of this process's state (its heap,
  // and what V8 learnt from collecting it: see docs/performance.md) carries over. The feed goes by file.
  const file = join(OUT, 'editor-feed.txt');
  writeFileSync(file, feed);
  feedItems.length = 0;
  const host = await runChild(['host', file], { mb: 24, runs: 1, shapeTimeout: 300 }, 300_000);
  if (!host) throw new Error('the extension host child process failed');
  Object.assign(out, host);
  printExtension(out);
  results.editor = out;
}

/** A full collection now (the flag is set at run time, so `npm run bench` needs no node option). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** 1. The review cache alone: first review, then one-character edits (a function of its own: nothing it makes outlives it). */
function editorStore(engine: Engine, feed: string, out: Record<string, number>): void {
  const store = new engine.cache.ReviewStore({}, () => undefined, 0, engine.reviewItem);
  const doc = new StoreDoc(feed);
  let c0 = cpuMs();
  let t0 = performance.now();
  const first = store.get('feed', doc);
  out.firstReviewMs = performance.now() - t0;
  out.firstReviewCpuMs = cpuMs() - c0;
  const starts = first.items.map((i) => i.start);
  const random = rng(5);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const threadTimes: number[] = [];
  let typed = 0;
  for (let e = 0; e < 30; e++) {
    const k = 100 + Math.floor(random() * (starts.length - 200));
    const item = store.get('feed', doc).items[k];
    const at = item.start + 200 + Math.floor(random() * 400);
    const changes = e % 2 === 0 ? doc.edit(at, 0, 'x') : doc.edit(at, 1, '');
    typed++;
    c0 = cpuMs();
    const h0 = threadCpuMs();
    t0 = performance.now();
    (store.schedule as (key: string, source: StoreDoc, changes?: unknown) => void)('feed', doc, changes);
    const review = store.get('feed', doc);
    times.push(performance.now() - t0);
    cpuTimes.push(cpuMs() - c0);
    threadTimes.push(threadCpuMs() - h0);
    if (review.items.length !== starts.length) throw new Error('the edit changed the item count');
  }
  out.reReviewMedianMs = median(cpuTimes);
  out.reReviewMaxMs = Math.max(...cpuTimes);
  out.reReviewWallMedianMs = median(times);
  out.reReviewWallMaxMs = Math.max(...times);
  out.reReviewThreadMedianMs = median(threadTimes);
  out.reReviewThreadMaxMs = Math.max(...threadTimes);
  out.fullReadsPerEdit = (doc.fullReads - 1) / typed;
  // The moves an edit leaves to readers: every item of the last review read (about half of them moved).
  c0 = cpuMs();
  for (const item of store.get('feed', doc).items) if (item.start < 0) throw new Error('unreachable');
  out.readAllAfterEditCpuMs = cpuMs() - c0;
  // Check: the incremental review is the review of the new text.
  const got = JSON.stringify(store.get('feed', doc));
  store.dispose();
  out.incrementalEqualsFull = got === JSON.stringify(engine.reviewText(doc.getText())) ? 1 : 0;
  console.log(`  first review (ReviewStore)               ${out.firstReviewCpuMs.toFixed(0).padStart(7)} ms CPU (wall ${out.firstReviewMs.toFixed(0)} ms)`);
  console.log(`  re-review after a one-character edit     ${f2(out.reReviewMedianMs).padStart(7)} ms CPU median, ${f2(out.reReviewMaxMs)} ms worst of ${times.length} (main thread ${f2(out.reReviewThreadMedianMs)} / ${f2(out.reReviewThreadMaxMs)} ms, wall ${f2(out.reReviewWallMedianMs)} / ${f2(out.reReviewWallMaxMs)} ms); full-text reads per edit: ${f2(out.fullReadsPerEdit)}; equals a full review: ${out.incrementalEqualsFull ? 'yes' : 'NO'}`);
  console.log(`  reading every item after the last edit   ${f2(out.readAllAfterEditCpuMs).padStart(7)} ms CPU (items are moved to their place when first read)`);
}

/** 2. The extension itself (minified bundle) against the fake vscode: open, outline, type. */
/**
 * `--child host FILE`: the extension host, in a process of its own. The feed is read a line at a time into
 * the document's lines, as the host receives a document: no string of the whole text is made here. First
 * the control (see controlBlock), then the extension.
 */
async function hostChild(file: string): Promise<Record<string, number>> {
  const bytes = readFileSync(file);
  const lines: string[] = [];
  for (let a = 0; a <= bytes.length; ) {
    let b = bytes.indexOf(10, a);
    if (b < 0) b = bytes.length;
    lines.push(bytes.toString('utf8', a, b));
    a = b + 1;
  }
  collectGarbage();
  const out: Record<string, number> = {};
  out.controlSeconds = 8;
  Object.assign(out, prefixed('controlBlock', await controlBlock(out.controlSeconds * 1000)));
  await editorExtension(lines, out);
  return out;
}

async function editorExtension(lines: string[], out: Record<string, number>): Promise<void> {
  let t0: number;
  const fake = createFakeVscode();
  installFakeVscode(fake.vscode);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(EXTENSION_JS) as { activate(ctx: unknown): unknown };
  extension.activate(fake.context);
  const diagnostics = fake.collections.find((c) => c.name === 'wire-desk') ?? fake.collections[0];
  const document = new FakeDocument(Uri.file('/feed.wire'), 'wirefeed', lines);
  fake.textDocuments.push(document);
  const loop = new BlockMonitor();
  const waitFor = async (pred: () => boolean, limitMs: number) => {
    const until = performance.now() + limitMs;
    while (!pred() && performance.now() < until) await new Promise((r) => setTimeout(r, 2));
    return pred();
  };
  const setsBefore = diagnostics.sets.length;
  loop.start();
  t0 = performance.now();
  out.openHandlerMs = fake.events.open.fire(document);
  fake.window.activeTextEditor = { document, selection: new (fake.vscode.Selection)(document.positionAt(0), document.positionAt(0)) };
  const ed = fake.window.activeTextEditor;
  out.activeEditorHandlerMs = fake.events.activeEditor.fire(ed);
  const s0 = performance.now();
  const symbols = fake.providers.symbols[0]?.provideDocumentSymbols(document);
  out.outlineCallMs = performance.now() - s0;
  out.outlineSymbols = ((await Promise.resolve(symbols)) as unknown[] | undefined)?.length ?? 0;
  out.outlineReadyMs = performance.now() - t0;
  await waitFor(() => diagnostics.sets.length > setsBefore, 60_000);
  out.openToDiagnosticsMs = (diagnostics.sets[diagnostics.sets.length - 1]?.at ?? NaN) - t0;
  out.diagnostics = diagnostics.sets[diagnostics.sets.length - 1]?.count ?? 0;
  let open: Block;
  ({ wall: out.openMaxBlockMs, cpu: out.openMaxBlockCpuMs, thread: out.openMaxBlockThreadMs, longest: open } = await loop.stop());
  out.openPhaseMs = performance.now() - t0;
  Object.assign(out, prefixed('openBlock', open));

  // Typing: 20 keystrokes in one item, 40 ms apart, each with its change and selection events.
  await new Promise((r) => setTimeout(r, 100));
  const target = Math.floor(document.lineCount / 2);
  let offset = document.offsetAt(new fake.vscode.Position(target, 0));
  const reads = document.fullReads;
  let handlerMax = 0;
  const setsBeforeTyping = diagnostics.sets.length;
  loop.start();
  let lastKey = 0;
  for (let k = 0; k < 20; k++) {
    const change = document.edit(offset, 0, 'x');
    offset++;
    lastKey = performance.now();
    handlerMax = Math.max(handlerMax, fake.events.change.fire({ document, contentChanges: [change] }));
    const pos = document.positionAt(offset);
    ed.selection = new fake.vscode.Selection(pos, pos);
    handlerMax = Math.max(handlerMax, fake.events.selection.fire({ textEditor: ed, selections: [ed.selection] }));
    const a0 = performance.now();
    await Promise.resolve(fake.providers.codeActions[0]?.provideCodeActions(document, ed.selection, { diagnostics: [] }));
    handlerMax = Math.max(handlerMax, performance.now() - a0);
    await new Promise((r) => setTimeout(r, 40));
  }
  await waitFor(() => diagnostics.sets.length > setsBeforeTyping && diagnostics.sets[diagnostics.sets.length - 1].at > lastKey, 30_000);
  out.typingHandlerMaxMs = handlerMax;
  let typing: Block;
  ({ wall: out.typingMaxBlockMs, cpu: out.typingMaxBlockCpuMs, thread: out.typingMaxBlockThreadMs, longest: typing } = await loop.stop());
  Object.assign(out, prefixed('typingBlock', typing));
  out.lastKeyToDiagnosticsMs = diagnostics.sets[diagnostics.sets.length - 1].at - lastKey;
  out.typingFullReads = document.fullReads - reads;
  for (const d of fake.context.subscriptions) d.dispose();
}

/** The extension's figures (hostChild), as the bench prints them. */
function printExtension(out: Record<string, number>): void {
  const block = (prefix: string): Block => ({ wall: out[`${prefix}Ms`], run: out[`${prefix}RunMs`], wait: out[`${prefix}WaitMs`], gc: out[`${prefix}GcMs`], cpu: out[`${prefix}CpuMs`] });
  console.log(`  extension: open the feed                 ${f1(out.openHandlerMs).padStart(7)} ms in the open handler; outline ${f1(out.outlineCallMs)} ms to call, ${out.outlineSymbols} symbols after ${out.outlineReadyMs.toFixed(0)} ms`);
  console.log(`             diagnostics published after   ${out.openToDiagnosticsMs.toFixed(0).padStart(7)} ms (${out.diagnostics} diagnostics); longest event-loop block while opening: ${f1(out.openMaxBlockMs)} ms wall, ${f1(out.openMaxBlockCpuMs)} ms CPU (main thread ${f1(out.openMaxBlockThreadMs)} ms)`);
  console.log(`  extension: typing 20 characters          ${f1(out.typingHandlerMaxMs).padStart(7)} ms longest handler; longest event-loop block: ${f1(out.typingMaxBlockMs)} ms wall, ${f1(out.typingMaxBlockCpuMs)} ms CPU (main thread ${f1(out.typingMaxBlockThreadMs)} ms); full-text reads: ${out.typingFullReads}`);
  console.log(`             diagnostics after the last key ${out.lastKeyToDiagnosticsMs.toFixed(0).padStart(6)} ms (debounce included)`);
  console.log(`  longest block while opening, taken apart: ${blockParts(block('openBlock'))}`);
  console.log(`  longest block while typing, taken apart:  ${blockParts(block('typingBlock'))}`);
  // The machine's share: the same monitor in the same process, before the extension is loaded, over work
  // that allocates nothing (a busy loop in slices as long as the extension's, 10 ms): any block beyond a
  // slice is the machine's (another process had the CPU).
  console.log(`  control (the machine): ${out.controlSeconds} s of 10 ms slices that allocate nothing, longest block ${f1(out.controlBlockMs)} ms wall: ${blockParts(block('controlBlock'))}`);
}

function prefixed(prefix: string, b: Block): Record<string, number> {
  return { [`${prefix}Ms`]: b.wall, [`${prefix}RunMs`]: b.run, [`${prefix}WaitMs`]: b.wait, [`${prefix}GcMs`]: b.gc, [`${prefix}CpuMs`]: b.cpu };
}

/** The longest block over `ms` of 10 ms busy slices that allocate nothing (the machine's noise, for comparison). */
async function controlBlock(ms: number): Promise<Block> {
  const loop = new BlockMonitor();
  loop.start();
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const end = performance.now() + 10;
    while (performance.now() < end);
    await new Promise((r) => setTimeout(r, 0));
  }
  return (await loop.stop()).longest;
}

async function activation(args: Args, results: Results): Promise<void> {
  const runs: Record<string, unknown>[] = [];
  for (let k = 0; k < 5; k++) {
    try {
      const line = execFileSync(process.execPath, [ACTIVATE_JS, EXTENSION_JS], { encoding: 'utf8', timeout: 30_000 }).trim().split('\n').pop()!;
      runs.push(JSON.parse(line) as Record<string, unknown>);
    } catch (error) {
      console.error(`activation probe failed: ${String(error)}`);
    }
  }
  void args;
  const bundleBytes = statSync(EXTENSION_JS).size;
  const pick = (key: string) => median(runs.map((r) => r[key] as number));
  results.activation = { ms: pick('ms'), cpuMs: pick('cpuMs'), requireMs: pick('requireMs'), activateMs: pick('activateMs'), runs: runs.map((r) => r.ms as number), bundleBytes };
  console.log('\nExtension');
  console.log(`  activation (require the bundle + activate, fresh node process, median of ${runs.length}) ${f1(results.activation.ms)} ms (require ${f1(results.activation.requireMs)} ms, activate ${f1(results.activation.activateMs)} ms; CPU ${f1(results.activation.cpuMs)} ms)`);
  console.log(`  bundle (minified dist/extension.js)      ${(bundleBytes / 1024).toFixed(2)} KB (${bundleBytes} bytes)`);
}

function summary(results: Results): void {
  const rows: [string, string, boolean | undefined][] = [];
  const t = results.throughput;
  if (t) rows.push(['full review >= 50 MB/s', `${f1(t.mbps)} MB/s`, t.mbps >= 50]);
  if (results.scaling) {
    const worst = Math.max(...results.scaling.map((r) => Math.abs(r.ratio - 1)));
    rows.push(['scaling within 10% of linear', `worst ${(worst * 100).toFixed(0)}%`, worst <= 0.1]);
  }
  if (results.hostile) {
    const worst = results.hostile.reduce((w, r) => (!r.inIssue ? w : r.ratio === null ? Infinity : Math.max(w, r.ratio)), 0);
    const ours = results.hostile.filter((r) => !r.inIssue).map((r) => `${r.shape} ${r.ratio === null ? 'over the limit' : `${f2(r.ratio)}x`}`);
    rows.push(['hostile shapes within 3x', `${worst === Infinity ? 'over the time limit' : `worst ${f2(worst)}x`} of the issue's five${ours.length ? ` (ours: ${ours.join(', ')})` : ''}`, worst <= 3]);
  }
  const e = results.editor;
  if (e) {
    rows.push(['re-review after an edit < 5 ms', `${f2(e.reReviewMedianMs)} ms CPU median, ${f2(e.reReviewMaxMs)} worst`, e.reReviewMedianMs < 5]);
    const handlers = Math.max(e.openHandlerMs, e.typingHandlerMaxMs, e.outlineCallMs);
    const block = Math.max(e.openMaxBlockCpuMs, e.typingMaxBlockCpuMs, handlers);
    const wall = Math.max(e.openMaxBlockMs, e.typingMaxBlockMs);
    // Judged on the wall clock: in a pause of the collector the main thread waits for its parallel threads,
    // which its own CPU time does not count, yet the loop is held (on a loaded machine the wall clock also
    // counts waiting for a CPU: the main thread's time is printed beside it to tell the two apart).
    const thread = Math.max(e.openMaxBlockThreadMs, e.typingMaxBlockThreadMs, handlers);
    rows.push(['extension host never blocked > 50 ms', `${f1(wall)} ms wall (main thread ${f1(thread)} ms, process CPU ${f1(block)} ms)`, Math.max(wall, handlers) <= 50]);
  }
  const a = results.activation;
  if (a) {
    rows.push(['activation < 20 ms', `${f1(a.ms)} ms (CPU ${f1(a.cpuMs)} ms)`, a.ms < 20]);
    rows.push(['bundle < 150 KB minified', `${(a.bundleBytes / 1024).toFixed(2)} KB (${a.bundleBytes} bytes)`, a.bundleBytes < 150 * 1024]);
  }
  console.log('\nTargets (issue 5)');
  for (const [what, value, ok] of rows) console.log(`  ${ok ? 'met ' : 'MISS'}  ${what.padEnd(40)} ${value}`);
}

// ------------------------------------------------------------------------------------------------ main

/**
 * The sections on the realistic feed; returns its ms/MB. A function of its own: the feed (one string of
 * tens of megabytes) is not kept past it, as the extension host holds no such string (see editor()).
 */
async function realisticSections(engine: Engine, sources: readonly Source[], args: Args, results: Results, want: (s: string) => boolean, counts: Record<string, number>): Promise<number> {
  const items = realisticItems(sources, args.mb * 1e6);
  const feed = joinItems(items);
  results.corpus = { mb: mb(feed), items: items.length, sources: counts, quotes: 0, findings: 0 };
  console.log(`Sources: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}; realistic feed ${f1(results.corpus.mb)} MB, ${items.length} items`);
  const realistic = { value: NaN };
  if (want('throughput') || want('hostile')) throughput(engine, feed, args, results, realistic);
  if (want('scaling')) await scaling(args, results);
  return realistic.value;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.child?.[0] === 'host') {
    process.stdout.write(JSON.stringify(await hostChild(args.child[1])) + '\n');
    process.exit(0);
  }
  if (args.child?.[0] === 'scaling') {
    const rows = scalingChild(loadEngine(), realisticItems(loadSources(args.polnear), args.mb * 1e6), args);
    process.stdout.write(JSON.stringify({ rows }) + '\n');
    return;
  }
  if (args.child) {
    // `--child shape NAME`: one hostile shape, in its own process.
    const result = childShape(loadEngine(), args, args.child[1] as Shape);
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  await build();
  const engine = loadEngine();
  const sources = loadSources(args.polnear);
  const want = (s: string) => !args.only || args.only.has(s);
  const results: Results = {
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain', '--', 'src']) !== '',
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpuName(),
  };
  const counts: Record<string, number> = {};
  for (const s of sources) counts[s.origin] = (counts[s.origin] ?? 0) + 1;
  results.load = loadavg()[0];
  console.log(`Wire Desk performance bench, commit ${results.commit}${results.dirty ? ' (src/ modified)' : ''}, Node ${process.version}, ${results.cpu}, ${cpus().length} CPUs, load average ${f1(results.load)}`);
  const realistic = await realisticSections(engine, sources, args, results, want, counts);
  if (want('hostile')) await hostile(args, results, realistic);
  if (want('editor')) await editor(engine, sources, results);
  if (want('activation')) await activation(args, results);
  summary(results);
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
