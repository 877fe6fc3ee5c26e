// Measures the review queue's workspace scan on N generated wire files (default 10,000): the same scanner
// the extension runs (src/extension/queue-scan.ts), with Node's asynchronous file reads in place of
// vscode.workspace.fs. Reports the total time, the throughput, how long the event loop was ever held
// (a 5 ms timer runs throughout: its worst delay is what an editor would feel), and the cost of the
// queue operations that follow (grouping, next unreviewed, one file updated).
//
//   npx tsx scripts/bench-queue-scan.ts [FILES] [--keep]
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { QueueModel } from '../src/extension/queue-model';
import { scanFiles, summariseText } from '../src/extension/queue-scan';
import { speakersAcross, workspaceSymbols } from '../src/extension/queue-speakers';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10000);
const keep = process.argv.includes('--keep');
const root = resolve(__dirname, '..');
const seed = readFileSync(join(root, 'seeds', '000_557be8cb5a940d7c.txt'), 'utf8');
const places = ['Gyeongju', 'Seoul', 'Busan', 'Tokyo', 'Beijing', 'Washington', 'New Delhi', 'Paris'];

function variant(k: number): string {
  const day = String((k % 28) + 1).padStart(2, '0');
  let text = seed.replace('date 2025-11-01', `date 2025-11-${day}`).replace('Gyeongju, Nov 1', `${places[k % places.length]}, Nov ${(k % 28) + 1}`);
  text = text.replace('Lee welcomed', `Item ${k} of the feed.\n\nLee welcomed`);
  if (k % 3 === 0) text = text.replace(/Disclaimer:[^\n]*/, `Reviewed-by: Night Desk, 2025-11-${day}`);
  return text;
}

const dir = mkdtempSync(join(tmpdir(), 'wire-desk-scan-'));
const started = Date.now();
const perFolder = 500;
for (let k = 0; k < count; k++) {
  const folder = join(dir, `feed-${String(Math.floor(k / perFolder)).padStart(3, '0')}`);
  if (k % perFolder === 0) mkdirSync(folder, { recursive: true });
  // One file in ten is not a wire item (notes, exports): the scan must read and drop it.
  const body = k % 10 === 9 ? `Notes for the desk, ${k}\n\nNothing to review here.\n` : variant(k);
  writeFileSync(join(folder, `${String(k).padStart(5, '0')}.txt`), body);
}
const bytes = count * seed.length;
console.log(`generated ${count} files (~${(bytes / 1e6).toFixed(1)} MB) in ${dir} in ${Date.now() - started} ms`);

async function main(): Promise<void> {
  const listStart = performance.now();
  const files: string[] = [];
  for (const folder of readdirSync(dir)) for (const name of readdirSync(join(dir, folder))) files.push(join(dir, folder, name));
  const listMs = performance.now() - listStart;

  // The event loop's worst delay while scanning: what the editor would feel.
  let lastTick = performance.now();
  let worstLag = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    worstLag = Math.max(worstLag, t - lastTick - 5);
    lastTick = t;
  }, 5);

  const model = new QueueModel();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let progressCalls = 0;
  const stats = await scanFiles(
    files,
    {
      key: (f) => f,
      path: (f) => relative(dir, f),
      read: (f) => readFile(f),
      options: () => ({}),
    },
    (summary) => model.set(summary),
    (key) => model.delete(key),
    { progress: () => progressCalls++, now: () => performance.now() },
  );
  clearInterval(timer);
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;

  const t0 = performance.now();
  const counts = model.counts();
  const groupMs = performance.now() - t0;
  const t1 = performance.now();
  let entry = model.nextUnreviewed(undefined, 1);
  for (let k = 0; k < 1000 && entry; k++) entry = model.nextUnreviewed({ uri: entry.uri, path: entry.path, offset: entry.start }, 1);
  const nextMs = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  const one = files[0];
  model.set(summariseText(one, relative(dir, one), variant(0).replace(/Disclaimer:[^\n]*/, 'Reviewed-by: A, 2025-11-01'), {})!);
  model.counts();
  const updateMs = performance.now() - t2;
  const t3 = performance.now();
  const speakers = speakersAcross(model.allFiles());
  const speakersMs = performance.now() - t3;
  const t4 = performance.now();
  const symbols = workspaceSymbols(model.allFiles(), 'lee');
  const symbolsMs = performance.now() - t4;

  const result = {
    files: stats.files,
    wireFiles: stats.wireFiles,
    items: stats.items,
    errors: stats.errors,
    listMs: Math.round(listMs),
    scanMs: Math.round(stats.ms),
    filesPerSecond: Math.round((stats.files / stats.ms) * 1000),
    longestSliceMs: Math.round(stats.longestSliceMs * 10) / 10,
    worstEventLoopLagMs: Math.round(worstLag * 10) / 10,
    yields: stats.yields,
    progressReports: progressCalls,
    heapMB: Math.round((heapAfter - heapBefore) / 1e5) / 10,
    groups: counts,
    groupMs: Math.round(groupMs * 10) / 10,
    nextUnreviewedMs: Math.round(nextMs * 1000) / 1000,
    oneFileUpdateMs: Math.round(updateMs * 10) / 10,
    speakers: speakers.length,
    speakersMs: Math.round(speakersMs * 10) / 10,
    symbols: symbols.length,
    symbolsMs: Math.round(symbolsMs * 10) / 10,
  };
  console.log(JSON.stringify(result, null, 2));
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
