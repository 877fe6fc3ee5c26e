// Attribution accuracy of the engine on PolNeAR (issue 4).
//
//   npm run bench:accuracy -- --polnear DIR [--split train|dev] [--errors N] [--category C] [--json]
//
// DIR is a local copy of github.com/networkdynamics/PolNeAR (or its `data` directory) holding
// `data/<split>/text/*.txt` and `data/<split>/attributions/*.ann`. PolNeAR has no licence: never commit
// its text. The `test` split is reserved for an independent evaluation, so this script refuses it.
//
// What is scored: the direct quotations, i.e. every gold Content fragment (a `;`-separated piece of a
// Content span) whose text starts with a double quote mark, straight or curly. Each article is read
// with the first annotator's .ann (file names sorted) and reviewed as one item, since PolNeAR articles
// have no wire header:
// - detection recall: gold direct fragments overlapped by any quotation the engine found;
// - precision: the engine's `direct` quotations that overlap some gold Content fragment;
// - speaker accuracy: of the detected gold fragments with a Source, those where the engine's speaker is
//   right: its mention span overlaps the gold Source span, or its name shares a capitalised word with the
//   gold Source text; end-to-end = right / all gold direct fragments with a Source.
// Error categories partition the gold direct fragments with a Source: missed (no engine quotation
// overlaps), unattributed (found, speaker null), wrong speaker; `spurious` lists the engine's direct
// quotations that overlap no gold Content at all (the precision errors).
// `--errors N` prints N examples with context, to the terminal only (never store them: PolNeAR text).

import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Quote, Review, ReviewOptions } from '../src/core/model';

type ReviewFn = (text: string, options?: ReviewOptions) => Review;

interface Args {
  polnear: string;
  split: 'train' | 'dev';
  errors: number;
  category?: Category;
  json: boolean;
  engine?: string;
  doubleApostrophes: boolean;
}

type Category = 'missed' | 'unattributed' | 'wrong' | 'spurious';
const CATEGORIES: Category[] = ['missed', 'unattributed', 'wrong', 'spurious'];

const USAGE =
  'usage: npm run bench:accuracy -- --polnear DIR [--split train|dev] [--errors N] ' +
  '[--category missed|unattributed|wrong|spurious] [--json] [--double-apostrophes] [--engine MODULE]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Partial<Args> = { split: 'dev', errors: 0, json: false, doubleApostrophes: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--polnear') args.polnear = value();
    else if (a === '--split') {
      const s = value();
      if (s === 'test') fail('the test split is reserved for an independent evaluation: use train or dev');
      if (s !== 'train' && s !== 'dev') fail(`unknown split ${s}`);
      args.split = s;
    } else if (a === '--errors') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) fail('--errors needs a whole number');
      args.errors = n;
    } else if (a === '--category') {
      const c = value() as Category;
      if (!CATEGORIES.includes(c)) fail(`unknown category ${c}`);
      args.category = c;
    } else if (a === '--json') args.json = true;
    else if (a === '--engine') args.engine = value();
    else if (a === '--double-apostrophes') args.doubleApostrophes = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  if (!args.polnear) fail('--polnear DIR is required');
  return args as Args;
}

// ---------------------------------------------------------------------------------------------------
// Reading PolNeAR

interface Fragment {
  start: number;
  end: number;
}

interface TextBound {
  id: string;
  type: string;
  fragments: Fragment[];
}

interface GoldAttribution {
  id: string;
  /** `Attribution` or `Attribution-no-source`. */
  type: string;
  contents: TextBound[];
  sources: TextBound[];
  cues: TextBound[];
}

interface Article {
  name: string;
  annotation: string;
  text: string;
  attributions: GoldAttribution[];
}

function splitDir(root: string, split: string): string {
  for (const candidate of [join(root, 'data', split), join(root, split)]) {
    if (existsSync(join(candidate, 'text')) && existsSync(join(candidate, 'attributions'))) return candidate;
  }
  return fail(`no ${split}/text and ${split}/attributions under ${root} (or ${join(root, 'data')})`);
}

/** brat standoff: `T12<TAB>Content 10 20;25 40<TAB>text` and `E3<TAB>Attribution:T4 Source:T1 Cue:T2 Content:T3`. */
function parseAnn(ann: string): GoldAttribution[] {
  const bounds = new Map<string, TextBound>();
  const events: { id: string; args: string[] }[] = [];
  // Some annotated texts contain line breaks, which spill into the .ann; only well-formed lines count.
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/.exec(line);
    if (t) {
      const fragments = t[3].split(';').map((f) => {
        const [start, end] = f.split(' ').map(Number);
        return { start, end };
      });
      bounds.set(t[1], { id: t[1], type: t[2], fragments });
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e) events.push({ id: e[1], args: e[2].trim().split(/\s+/) });
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const [head, ...rest] = ev.args;
    const type = head.split(':')[0];
    const a: GoldAttribution = { id: ev.id, type, contents: [], sources: [], cues: [] };
    for (const arg of rest) {
      const m = /^([A-Za-z]+)\d*:(T\d+)$/.exec(arg);
      const bound = m && bounds.get(m[2]);
      if (!m || !bound) continue;
      if (m[1] === 'Content') a.contents.push(bound);
      else if (m[1] === 'Source') a.sources.push(bound);
      else if (m[1] === 'Cue') a.cues.push(bound);
    }
    out.push(a);
  }
  return out;
}

function loadArticles(dir: string): Article[] {
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const articles: Article[] = [];
  for (const file of readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.slice(0, -4);
    // `<name>_<annotator id>.ann`; the first in sorted order is "the first annotator".
    const annotation = anns.find((a) => a.startsWith(`${name}_`) && /^[0-9a-f]+\.ann$/.test(a.slice(name.length + 1)));
    if (!annotation) continue;
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const attributions = parseAnn(readFileSync(join(dir, 'attributions', annotation), 'utf8'));
    articles.push({ name, annotation, text, attributions });
  }
  return articles;
}

// ---------------------------------------------------------------------------------------------------
// Scoring

const OPENING_DOUBLE = /^["\u201c\u201d]/;
// Most New York Times articles in PolNeAR write double quotes as two apostrophes (''like this'').
// They are outside the issue's definition, so they are counted apart unless --double-apostrophes.
const OPENING_TWO_APOSTROPHES = /^''/;

interface GoldFragment {
  article: Article;
  attribution: GoldAttribution;
  start: number;
  end: number;
  /** Source fragments of the attribution (empty for Attribution-no-source). */
  sources: Fragment[];
  sourceText: string;
  cueText: string;
}

interface Outcome {
  gold: GoldFragment;
  quote?: Quote;
  category: 'right' | Category | 'no-source';
}

const overlaps = (a: Fragment, b: Fragment): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: Fragment, b: Fragment): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const fragmentText = (text: string, bounds: TextBound[]): string =>
  bounds.flatMap((b) => b.fragments.map((f) => text.slice(f.start, f.end))).join(' ');

// Capitalised words that name nobody.
const NOT_NAMES = new Set(['The', 'A', 'An', 'Mr', 'Mrs', 'Ms', 'Dr', 'And', 'Of', 'In', 'On', 'For', 'But', 'It', 'He', 'She', 'They', 'We', 'I']);

function capitalisedWords(s: string): Set<string> {
  const words = new Set<string>();
  for (const raw of s.split(/[^\p{L}\p{N}'’.-]+/u)) {
    const w = raw.replace(/['’]s$/u, '').replace(/^[.'’-]+|[.'’-]+$/gu, '');
    if (/^\p{Lu}/u.test(w) && !NOT_NAMES.has(w)) words.add(w);
  }
  return words;
}

/** `mention` when the engine's mention overlaps the gold source, `name` when only a capitalised word is shared. */
function speakerMatch(quote: Quote, gold: GoldFragment): 'mention' | 'name' | undefined {
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  if (gold.sources.some((s) => overlaps(s, speaker.mention))) return 'mention';
  const goldWords = capitalisedWords(gold.sourceText);
  for (const w of capitalisedWords(speaker.name)) if (goldWords.has(w)) return 'name';
  return undefined;
}

function goldDirectFragments(article: Article, doubleApostrophes: boolean): { scored: GoldFragment[]; twoApostrophes: number } {
  const out: GoldFragment[] = [];
  let twoApostrophes = 0;
  for (const a of article.attributions) {
    const sources = a.sources.flatMap((s) => s.fragments);
    const sourceText = fragmentText(article.text, a.sources);
    const cueText = fragmentText(article.text, a.cues);
    for (const c of a.contents) {
      for (const f of c.fragments) {
        const t = article.text.slice(f.start, f.end);
        const lead = t.length - t.trimStart().length;
        const opening = t.slice(lead);
        const apostrophes = OPENING_TWO_APOSTROPHES.test(opening);
        if (apostrophes && !doubleApostrophes) twoApostrophes++;
        else if (OPENING_DOUBLE.test(opening) || apostrophes) out.push({ article, attribution: a, start: f.start + lead, end: f.end, sources, sourceText, cueText });
      }
    }
  }
  return { scored: out.sort((x, y) => x.start - y.start), twoApostrophes };
}

interface RuleRow {
  rule: string;
  fragments: number;
  right: number;
}

interface Result {
  split: string;
  commit: string;
  articles: number;
  engineErrors: { article: string; message: string }[];
  milliseconds: number;
  gold: { directFragments: number; withSource: number; detected: number; detectedWithSource: number };
  engine: { quotes: number; direct: number; directMatchingGold: number };
  detectionRecall: number;
  precision: number;
  speakerAccuracy: number;
  endToEnd: number;
  byRule: (RuleRow & { accuracy: number })[];
  categories: Record<Category, number>;
  noSource: { fragments: number; attributedByEngine: number };
  /** How the right ones were matched: the mention overlaps the gold source, or only a name word is shared. */
  rightBy: { mention: number; nameOnly: number };
  /** Gold fragments opening with two apostrophes, not scored (see --double-apostrophes). */
  unscoredTwoApostrophes: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

function score(articles: Article[], review: ReviewFn, split: string, doubleApostrophes: boolean): { result: Result; outcomes: Outcome[]; spurious: { article: Article; quote: Quote }[] } {
  const outcomes: Outcome[] = [];
  const spurious: { article: Article; quote: Quote }[] = [];
  const engineErrors: Result['engineErrors'] = [];
  let quotesTotal = 0;
  let directTotal = 0;
  let directMatching = 0;
  let milliseconds = 0;
  let unscoredTwoApostrophes = 0;
  const rightBy = { mention: 0, nameOnly: 0 };

  for (const article of articles) {
    const { scored: gold, twoApostrophes } = goldDirectFragments(article, doubleApostrophes);
    unscoredTwoApostrophes += twoApostrophes;
    let quotes: Quote[] = [];
    const t0 = performance.now();
    try {
      quotes = review(article.text, { wholeTextIsItem: true }).items.flatMap((item) => item.quotes);
    } catch (err) {
      engineErrors.push({ article: article.name, message: err instanceof Error ? err.message : String(err) });
    }
    milliseconds += performance.now() - t0;
    quotesTotal += quotes.length;

    const goldContent = article.attributions.flatMap((a) => a.contents.flatMap((c) => c.fragments));
    for (const q of quotes) {
      if (q.kind !== 'direct') continue;
      directTotal++;
      if (goldContent.some((f) => overlaps(f, q))) directMatching++;
      else spurious.push({ article, quote: q });
    }

    for (const g of gold) {
      // The engine quotation that holds the fragment's opening mark; else the one overlapping it most
      // (a gold fragment sometimes spans two quotations with a cue between them).
      let best: Quote | undefined = quotes.find((q) => q.start <= g.start && g.start < q.end);
      let bestLength = 0;
      if (!best) for (const q of quotes) {
        const length = overlapLength(g, q);
        if (length > bestLength) {
          best = q;
          bestLength = length;
        }
      }
      let category: Outcome['category'];
      if (g.sources.length === 0) category = 'no-source';
      else if (!best) category = 'missed';
      else if (!best.speaker) category = 'unattributed';
      else {
        const match = speakerMatch(best, g);
        category = match ? 'right' : 'wrong';
        if (match === 'mention') rightBy.mention++;
        else if (match === 'name') rightBy.nameOnly++;
      }
      outcomes.push({ gold: g, quote: best, category });
    }
  }

  const withSource = outcomes.filter((o) => o.category !== 'no-source');
  const detected = outcomes.filter((o) => o.quote);
  const detectedWithSource = withSource.filter((o) => o.quote);
  const right = withSource.filter((o) => o.category === 'right').length;
  const rows = new Map<string, RuleRow>();
  for (const o of detectedWithSource) {
    const rule = o.quote?.speaker?.rule ?? '(unattributed)';
    const row = rows.get(rule) ?? { rule, fragments: 0, right: 0 };
    row.fragments++;
    if (o.category === 'right') row.right++;
    rows.set(rule, row);
  }
  const categories: Record<Category, number> = { missed: 0, unattributed: 0, wrong: 0, spurious: spurious.length };
  for (const o of withSource) if (o.category !== 'right' && o.category !== 'no-source') categories[o.category]++;
  const noSource = outcomes.filter((o) => o.category === 'no-source');

  const result: Result = {
    split,
    commit: commitOf(),
    articles: articles.length,
    engineErrors,
    milliseconds: Math.round(milliseconds),
    gold: { directFragments: outcomes.length, withSource: withSource.length, detected: detected.length, detectedWithSource: detectedWithSource.length },
    engine: { quotes: quotesTotal, direct: directTotal, directMatchingGold: directMatching },
    detectionRecall: ratio(detected.length, outcomes.length),
    precision: ratio(directMatching, directTotal),
    speakerAccuracy: ratio(right, detectedWithSource.length),
    endToEnd: ratio(right, withSource.length),
    byRule: [...rows.values()].sort((a, b) => b.fragments - a.fragments).map((r) => ({ ...r, accuracy: ratio(r.right, r.fragments) })),
    categories,
    noSource: { fragments: noSource.length, attributedByEngine: noSource.filter((o) => o.quote?.speaker).length },
    rightBy,
    unscoredTwoApostrophes,
  };
  return { result, outcomes, spurious };
}

// ---------------------------------------------------------------------------------------------------
// Output

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const oneLine = (s: string): string => s.replace(/\r?\n/g, ' ¶ ').replace(/\s+/g, ' ');
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function printReport(r: Result): void {
  const lines = [
    `PolNeAR ${r.split}: ${r.articles} articles, engine at ${r.commit}, ${r.milliseconds} ms in the engine`,
    `gold direct fragments: ${r.gold.directFragments} (${r.gold.withSource} with a source); engine quotations: ${r.engine.quotes} (${r.engine.direct} direct)`,
    '',
    `detection recall   ${pct(r.detectionRecall).padStart(6)}  (${r.gold.detected}/${r.gold.directFragments})`,
    `precision (direct) ${pct(r.precision).padStart(6)}  (${r.engine.directMatchingGold}/${r.engine.direct})`,
    `speaker accuracy   ${pct(r.speakerAccuracy).padStart(6)}  (detected fragments with a source: ${r.gold.detectedWithSource})`,
    `end-to-end         ${pct(r.endToEnd).padStart(6)}  (right / ${r.gold.withSource} fragments with a source)`,
    `  right by mention overlap ${r.rightBy.mention}, by a shared name word only ${r.rightBy.nameOnly}`,
    '',
    'by attribution rule (detected fragments with a source):',
    ...r.byRule.map((row) => `  ${row.rule.padEnd(18)} ${String(row.fragments).padStart(5)}  right ${String(row.right).padStart(5)}  ${pct(row.accuracy).padStart(6)}`),
    '',
    'errors (fragments with a source, plus spurious direct quotations):',
    ...CATEGORIES.map((c) => `  ${c.padEnd(13)} ${String(r.categories[c]).padStart(5)}`),
    `gold fragments without a source: ${r.noSource.fragments} (engine gave ${r.noSource.attributedByEngine} a speaker)`,
  ];
  if (r.unscoredTwoApostrophes) lines.push(`not scored: ${r.unscoredTwoApostrophes} gold fragments opening with '' (NYT style; --double-apostrophes scores them)`);
  if (r.engineErrors.length) {
    lines.push('', `engine threw on ${r.engineErrors.length} articles:`, ...r.engineErrors.slice(0, 10).map((e) => `  ${e.article}: ${e.message}`));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printExamples(outcomes: Outcome[], spurious: { article: Article; quote: Quote }[], n: number, only?: Category): void {
  // Round-robin over the categories (or one category), spread over the split so that a few articles
  // with many quotations do not fill the list.
  const pools: Record<Category, string[]> = { missed: [], unattributed: [], wrong: [], spurious: [] };
  for (const o of outcomes) {
    if (o.category === 'right' || o.category === 'no-source') continue;
    pools[o.category].push(describeOutcome(o));
  }
  for (const s of spurious) pools.spurious.push(describeSpurious(s.article, s.quote));
  const cats = only ? [only] : CATEGORIES;
  const per = Math.ceil(n / cats.length);
  // Evenly spaced picks first, then the rest in order, so the list covers the whole split.
  const spread = (xs: string[]): string[] => {
    const k = Math.min(xs.length, per);
    const picks = new Set<number>();
    for (let i = 0; i < k; i++) picks.add(Math.floor((i * xs.length) / k));
    return [...[...picks].map((i) => xs[i]), ...xs.filter((_, i) => !picks.has(i))];
  };
  const queues = cats.map((c) => spread(pools[c]));
  const out: string[] = [];
  while (out.length < n && queues.some((q) => q.length)) for (const q of queues) if (q.length && out.length < n) out.push(q.shift() as string);
  process.stdout.write(`\n${out.length} example errors:\n\n${out.join('\n\n')}\n`);
}

function context(text: string, start: number, end: number, marks: [number, string][]): string {
  const from = Math.max(0, start - 220);
  const to = Math.min(text.length, end + 160);
  const sorted = marks.filter(([at]) => at >= from && at <= to).sort((a, b) => b[0] - a[0]);
  let s = text.slice(from, to);
  for (const [at, mark] of sorted) s = s.slice(0, at - from) + mark + s.slice(at - from);
  return `${from > 0 ? '…' : ''}${oneLine(s)}${to < text.length ? '…' : ''}`;
}

function describeOutcome(o: Outcome): string {
  const g = o.gold;
  const q = o.quote;
  const sp = q?.speaker;
  const marks: [number, string][] = [
    [g.start, '⟦'],
    [g.end, '⟧'],
    ...g.sources.flatMap((s): [number, string][] => [
      [s.start, '«'],
      [s.end, '»'],
    ]),
  ];
  const head = `[${o.category}] ${g.article.name}  gold source: ${JSON.stringify(clip(oneLine(g.sourceText), 60))} cue: ${JSON.stringify(clip(oneLine(g.cueText), 40))}`;
  const engine = !q
    ? 'engine: no quotation'
    : `engine: ${q.kind}${q.closed ? '' : ' (unclosed)'} ${JSON.stringify(clip(oneLine(q.text), 60))} -> ${
        sp ? `${sp.name} [${sp.rule}] mention ${JSON.stringify(sp.mention.text)}${sp.cue ? ` cue ${JSON.stringify(clip(oneLine(sp.cue.text), 50))}` : ''}` : 'unattributed'
      }`;
  return `${head}\n  ${engine}\n  ${context(g.article.text, g.start, g.end, marks)}`;
}

function describeSpurious(article: Article, q: Quote): string {
  const sp = q.speaker;
  return `[spurious] ${article.name}\n  engine: direct ${JSON.stringify(clip(oneLine(q.text), 80))} -> ${sp ? `${sp.name} [${sp.rule}]` : 'unattributed'}\n  ${context(article.text, q.start, q.end, [
    [q.start, '⟦'],
    [q.end, '⟧'],
  ])}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = resolve(args.polnear);
  if (!existsSync(root) || !statSync(root).isDirectory()) fail(`${root} is not a directory`);
  const articles = loadArticles(splitDir(root, args.split));
  if (articles.length === 0) fail(`no annotated articles in ${args.split}`);
  const engine: { reviewText: ReviewFn } = args.engine ? await import(pathToFileURL(resolve(args.engine)).href) : await import('../src/core/index');
  const { result, outcomes, spurious } = score(articles, engine.reviewText, args.split, args.doubleApostrophes);
  if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printReport(result);
  if (args.errors > 0 && !args.json) printExamples(outcomes, spurious, args.errors, args.category);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(2);
});
