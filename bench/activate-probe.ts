// Activation probe for bench/perf.ts, bundled to .cache/bench/activate.js and run by plain `node` (no tsx
// loader in the way): the time to require the minified extension bundle and run `activate` against the
// fake vscode API, in a fresh process. Prints one JSON line.
import { createFakeVscode, installFakeVscode } from './fake-vscode';

const bundle = process.argv[2];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const fake = createFakeVscode();
installFakeVscode(fake.vscode);
const c1 = cpu();
const t1 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(bundle) as { activate(context: unknown): unknown };
const t2 = performance.now();
extension.activate(fake.context);
const t3 = performance.now();
const c3 = cpu();
process.stdout.write(JSON.stringify({ requireMs: t2 - t1, activateMs: t3 - t2, ms: t3 - t1, cpuMs: c3 - c1 }) + '\n');
