// Shared helpers for the CLI tests: run the built CLI as a real process, make temporary fixtures.
// The CLI under test is bin/wire-desk.js (which loads dist/cli.js: run `node esbuild.mjs` first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root (tests run from out/test/cli/). */
export const ROOT = resolve(__dirname, '../../..');
export const BIN = join(ROOT, 'bin', 'wire-desk.js');
export const SEED_NAME = '000_557be8cb5a940d7c.txt';
export const SEED_PATH = join(ROOT, 'seeds', SEED_NAME);
/** The seed as the CLI shows it when run from the root with `seeds/` or `seeds/<name>`. */
export const SEED_DISPLAY = join('seeds', SEED_NAME);
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

export const RULE_IDS = [
  'unreviewed-item',
  'unattributed-quote',
  'unclosed-quote',
  'dateline-date',
  'weekday-date',
  'desk-note',
  'translated-quote',
  'secondary-source',
];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `wire-desk ARGS` with a clean colour environment (no NO_COLOR / FORCE_COLOR unless given). */
export function cli(args: string[], options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  Object.assign(env, options.env ?? {});
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 15000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI and parses its stdout as JSON. */
export function cliJson<T = any>(args: string[], options: Parameters<typeof cli>[1] = {}): { run: Run; out: T } {
  const run = cli(args, options);
  let out: T;
  try {
    out = JSON.parse(run.stdout);
  } catch (e) {
    throw new Error(`stdout is not JSON (${(e as Error).message}); exit ${run.code}; stderr: ${run.stderr}\n${run.stdout.slice(0, 500)}`);
  }
  return { run, out };
}

/** A temporary directory with the given files (string: UTF-8 text; Uint8Array: bytes). */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'wire-desk-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** 1-based line and column (UTF-16) of an offset, computed independently of the core: LF, CRLF, lone CR. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue; // the LF ends the line
    if (c === '\n' || c === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Number of the last line (1-based). */
export function lastLine(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

// Wire items written for these tests. 2025-11-03 is a Monday.

/** Reviewed, attributed, dateline agrees: no findings at all. */
export const CLEAN_ITEM = `date 2025-11-03 Seoul, Nov 3 - South Korea's foreign ministry said on Monday that talks with Japan would resume next month.

"We expect the talks to be constructive," Foreign Minister Cho Hyun said.

Reviewed-by: Kim Min-ji, 2025-11-03
`;

/** Reviewed, but the only quotation is translated: an information finding and nothing worse. */
export const INFO_ITEM = `date 2025-11-03 Seoul, Nov 3 - Chinese Foreign Minister Wang Yi met his South Korean counterpart on Monday.

"We are ready to work together with Seoul," Wang said through an interpreter.

Reviewed-by: Kim Min-ji, 2025-11-03
`;

/** A quotation that never closes: an error. */
export const ERROR_ITEM = `date 2025-11-03 Seoul, Nov 3 - Officials from both countries met on Monday.

Foreign Minister Cho Hyun said: "The talks went well and we will meet again soon.

Reviewed-by: Kim Min-ji, 2025-11-03
`;

/** Not a wire item: no header. */
export const NOTES = `Meeting notes

Nothing to review here.
`;
