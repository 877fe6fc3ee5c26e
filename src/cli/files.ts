// Finding and reading the files to review. The CLI only reads: it never writes a file.
import { closeSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isWireText } from '../core';

/** A file to review, as found from the command line. */
export interface Target {
  /** The path to show: as the user wrote it, joined with the names found while walking. `<stdin>` for `-`. */
  display: string;
  /** Absolute path (undefined for standard input). */
  absolute?: string;
  /** Named on the command line (reviewed even without a header: the whole text is one item). */
  explicit: boolean;
  stdin?: boolean;
}

/** A file that could not be found, read or decoded; the CLI reports it on stderr and exits 2. */
export interface ReadError {
  path: string;
  message: string;
}

export const STDIN_NAME = '<stdin>';

/** How much of a file found by walking a directory is read to decide whether it is a wire item. */
const SNIFF_BYTES = 128 * 1024;

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

/**
 * Expands the command-line paths into targets, in order: each path as given, directories walked in sorted
 * order. A file reached twice is reviewed once (as explicit if it was ever named explicitly).
 */
export function collectTargets(paths: readonly string[]): { targets: Target[]; errors: ReadError[] } {
  const targets: Target[] = [];
  const errors: ReadError[] = [];
  const byKey = new Map<string, Target>();
  const add = (target: Target, key: string) => {
    const seen = byKey.get(key);
    if (seen) {
      seen.explicit ||= target.explicit;
      return;
    }
    byKey.set(key, target);
    targets.push(target);
  };

  for (const path of paths) {
    if (path === '-') {
      add({ display: STDIN_NAME, explicit: true, stdin: true }, '\0stdin');
      continue;
    }
    const absolute = resolve(path);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (e) {
      errors.push({ path, message: describeFsError(e) });
      continue;
    }
    if (stat.isDirectory()) {
      const visited = new Set<string>();
      walk(path, absolute, visited, (display, abs) => add({ display, absolute: abs, explicit: false }, realKey(abs)), errors);
    } else {
      // Regular files, but also pipes such as `<(command)`: anything that is not a directory is read.
      add({ display: path, absolute, explicit: true }, realKey(absolute));
    }
  }
  return { targets, errors };
}

function realKey(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

function walk(
  display: string,
  absolute: string,
  visited: Set<string>,
  found: (display: string, absolute: string) => void,
  errors: ReadError[],
): void {
  // Symbolic links to directories are followed once: a link back up the tree would otherwise loop.
  const real = realKey(absolute);
  if (visited.has(real)) return;
  visited.add(real);

  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch (e) {
    errors.push({ path: display, message: describeFsError(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const childDisplay = join(display, entry.name);
    const childAbsolute = join(absolute, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(childAbsolute);
        isDirectory = stat.isDirectory();
        isFile = stat.isFile();
      } catch {
        continue; // A dangling link found while walking is not worth an error.
      }
    }
    if (isDirectory) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      walk(childDisplay, childAbsolute, visited, found, errors);
    } else if (isFile && looksLikeWireFile(childAbsolute, childDisplay, errors)) {
      found(childDisplay, childAbsolute);
    }
  }
}

/**
 * Whether a file found while walking should be reviewed: it starts with a wire header. Binary files are
 * skipped silently. A wire file that is not valid UTF-8, is in UTF-16 or holds stray NUL bytes is taken, so
 * that reading it reports it: skipping it silently would hide an item from the editor.
 */
function looksLikeWireFile(absolute: string, display: string, errors: ReadError[]): boolean {
  let head: Uint8Array;
  try {
    head = readHead(absolute, SNIFF_BYTES);
  } catch (e) {
    errors.push({ path: display, message: describeFsError(e) });
    return false;
  }
  // UTF-16 (it has a byte order mark): taken when it is a wire file, so that reading it reports it.
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return isWireText(new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head));
  }
  // NUL bytes: a binary file (an image, an archive) does not start with a wire header and is skipped; a
  // wire file with a stray NUL is taken, and reading it reports it, rather than hiding it silently.
  // Not fatal here: the head may end in the middle of a character.
  const text = new TextDecoder('utf-8').decode(head);
  // A file with a bad byte after its header is still taken: reading it then reports it as not UTF-8.
  return isWireText(text);
}

function readHead(path: string, bytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    let total = 0;
    while (total < bytes) {
      const n = readSync(fd, buffer, total, bytes - total, null);
      if (n === 0) break;
      total += n;
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a target. Throws a ReadError-shaped message through `describeFsError` on failure. */
export function readTarget(target: Target): Uint8Array {
  return target.stdin ? readFileSync(0) : readFileSync(target.absolute!);
}

/**
 * Decodes a file's bytes as UTF-8, or explains why it cannot be reviewed.
 *
 * BOM: a UTF-8 byte order mark is stripped, so every offset, line and column is one into the text as
 * VS Code shows it (VS Code does not show the BOM, it records it as the file's encoding "UTF-8 with
 * BOM"). The BOM never changes line numbers, and columns on the first line are those VS Code shows.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { error: 'UTF-16 text, not reviewed (Wire Desk reads UTF-8: save the file as UTF-8)' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: `binary file (a NUL byte at offset ${nul}), not reviewed` };
  try {
    // ignoreBOM: false (the default) means the decoder consumes a leading BOM instead of returning it.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const where = bad < 0 ? '' : ` (byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')} on line ${lineOfByte(bytes, bad)})`;
    return { error: `not valid UTF-8${where}, not reviewed: save the file as UTF-8` };
  }
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EBADF':
      return 'cannot be read (closed)';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
