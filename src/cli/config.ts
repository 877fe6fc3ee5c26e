// The CLI's side of `.wiredesk.json`: finding the nearest one above each reviewed file (Node `fs`), once per
// folder, and turning it into review options. Reading and merging are the core's (src/core/config).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import {
  CONFIG_FILE_NAME,
  configSearchDirs,
  emptyConfig,
  formatProblem,
  globMatcher,
  mergeConfig,
  parseConfig,
  ruleList,
  type ReviewOptions,
  type WireDeskConfig,
} from '../core';
import type { Target } from './files';

interface Loaded {
  /** Absolute path of the config file. */
  path: string;
  config: WireDeskConfig;
  ignores: (relativePath: string) => boolean;
}

export class ConfigLookup {
  /** Nearest config per folder (null: none up to the root). */
  private readonly byDir = new Map<string, Loaded | null>();
  /** Every problem found in the configs read, formatted `file:line:column: "key" message`, once each. */
  readonly problems: string[] = [];
  /** The config files read, in order. */
  readonly files: string[] = [];

  constructor(
    private readonly cwd: string = process.cwd(),
    private readonly readText: (path: string) => string | Error | undefined = readIfExists,
  ) {}

  /** The config that applies to a target (standard input: the one above the current folder). */
  configFor(target: Target): Loaded | undefined {
    return this.forDir(target.absolute ? dirname(target.absolute) : this.cwd) ?? undefined;
  }

  /** A file found by walking a folder that its config's `ignore` globs leave out. Named files never are. */
  ignores(target: Target): boolean {
    if (target.explicit || !target.absolute) return false;
    const loaded = this.configFor(target);
    if (!loaded) return false;
    const rel = relative(dirname(loaded.path), target.absolute).split(sep).join('/');
    return !rel.startsWith('../') && loaded.ignores(rel);
  }

  /** The review options for a target: its config with the command-line options on top. */
  optionsFor(target: Target, cli: ReviewOptions): ReviewOptions {
    const loaded = this.configFor(target);
    if (!loaded) return cli;
    const merged = mergeConfig(loaded.config, {
      disclaimerPhrases: cli.disclaimerPhrases,
      severity: cli.severities,
    }).options;
    return { ...cli, ...merged };
  }

  private forDir(dir: string): Loaded | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const walked: string[] = [];
    let found: Loaded | null = null;
    for (const candidate of configSearchDirs(dir)) {
      const known = this.byDir.get(candidate);
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(candidate);
      const path = join(candidate, CONFIG_FILE_NAME);
      const text = this.readText(path);
      if (text !== undefined) {
        found = this.load(path, text);
        break;
      }
    }
    for (const d of walked) this.byDir.set(d, found);
    this.byDir.set(dir, found);
    return found;
  }

  private load(path: string, text: string | Error): Loaded {
    const rel = relative(this.cwd, path) || CONFIG_FILE_NAME;
    const shown = rel.startsWith('..') ? path : rel;
    this.files.push(path);
    if (text instanceof Error) {
      this.problems.push(`${shown}: cannot be read (${text.message}); using the defaults.`);
      return { path, config: emptyConfig(), ignores: () => false };
    }
    const { config, problems } = parseConfig(text, shown, ruleList.map((r) => r.id));
    for (const p of problems) this.problems.push(formatProblem(p));
    return { path, config, ignores: globMatcher(config.ignore) };
  }
}

function readIfExists(path: string): string | Error | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    return e instanceof Error ? e : new Error(String(e)); // unreadable: reported as a problem
  }
}
