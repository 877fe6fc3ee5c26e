// `wire-desk check`: read every target, review it with the core, and decide the exit status.
import { lineIndex, reviewText, type LineIndex, type Review, type ReviewOptions, type Severity } from '../core';
import type { FailOn } from './args';
import type { ConfigLookup } from './config';
import { collectTargets, decodeText, describeFsError, readTarget, type ReadError, type Target } from './files';

/** One reviewed file: what every output format is built from. */
export interface FileReport {
  target: Target;
  /** The file's text as reviewed (BOM stripped, see decodeText). */
  text: string;
  lines: LineIndex;
  review: Review;
}

export interface CheckResult {
  files: FileReport[];
  errors: ReadError[];
  exitCode: 0 | 1 | 2;
}

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/**
 * Reviews the paths (an empty list means standard input). Never throws for a bad file: it is an error entry.
 * With `configs`, each file is reviewed with the nearest `.wiredesk.json` above it (options on top), and
 * files found by walking that its `ignore` globs leave out are skipped.
 */
export function check(paths: readonly string[], failOn: FailOn, options: ReviewOptions = {}, configs?: ConfigLookup): CheckResult {
  const { targets, errors } = collectTargets(paths.length === 0 ? ['-'] : paths);
  const files: FileReport[] = [];
  for (const target of targets) {
    if (configs?.ignores(target)) continue;
    let bytes: Uint8Array;
    try {
      bytes = readTarget(target);
    } catch (e) {
      errors.push({ path: target.display, message: describeFsError(e) });
      continue;
    }
    const decoded = decodeText(bytes);
    if ('error' in decoded) {
      errors.push({ path: target.display, message: decoded.error });
      continue;
    }
    let review: Review;
    try {
      review = reviewText(decoded.text, { ...(configs ? configs.optionsFor(target, options) : options), wholeTextIsItem: target.explicit });
    } catch (e) {
      // A bug in the engine on one file must not hide the review of the others.
      errors.push({ path: target.display, message: `could not be reviewed (internal error: ${(e as Error)?.message ?? e})` });
      continue;
    }
    files.push({ target, text: decoded.text, lines: lineIndex(decoded.text), review });
  }
  return { files, errors, exitCode: exitCodeFor(files, errors, failOn) };
}

export function exitCodeFor(files: readonly FileReport[], errors: readonly ReadError[], failOn: FailOn): 0 | 1 | 2 {
  if (errors.length > 0) return 2;
  if (failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn];
  for (const file of files) {
    for (const item of file.review.items) {
      if (item.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) return 1;
    }
  }
  return 0;
}

/** 1-based line and column (UTF-16 code units, as VS Code counts them) of an offset. */
export function position(lines: LineIndex, offset: number): { line: number; column: number } {
  const p = lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}
