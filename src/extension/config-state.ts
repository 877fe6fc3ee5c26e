// The extension's index of `.wiredesk.json` files: which config applies to a document (the nearest one
// above it, inside its workspace folder), merged with the user's settings. Pure (no `vscode` import):
// configs.ts reads the files with `vscode.workspace.fs` and keeps this index current.
import {
  configSearchDirs,
  globMatcher,
  mergeConfig,
  parseConfig,
  relativeTo,
  type ConfigProblem,
  type Effective,
  type ReviewOptions,
  type WireDeskConfig,
} from '../core';
import type { WireDeskSettings } from './settings';

export interface LoadedConfig {
  /** The folder that holds the file: a root id (scheme and authority) and a `/`-separated path. */
  root: string;
  folder: string;
  config: WireDeskConfig;
  problems: ConfigProblem[];
  ignores: (relativePath: string) => boolean;
}

/** Reads one config's text; `label` names it in problems (a workspace-relative path). */
export function loadConfig(root: string, folder: string, label: string, text: string, ruleIds: readonly string[]): LoadedConfig {
  const { config, problems } = parseConfig(text, label, ruleIds);
  return { root, folder: trimSlash(folder), config, problems, ignores: globMatcher(config.ignore) };
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function dirnameOf(path: string): string {
  const k = path.lastIndexOf('/');
  return k <= 0 ? '/' : path.slice(0, k);
}

/** The user's settings as overrides of a config. */
export function overridesOf(settings: Pick<WireDeskSettings, 'severity' | 'disclaimerPhrases' | 'reviewer'>) {
  return { severity: settings.severity, disclaimerPhrases: settings.disclaimerPhrases, reviewer: settings.reviewer };
}

export class ConfigIndex {
  readonly #byFolder = new Map<string, LoadedConfig>();
  /** Bumped on every change (callers cache on it). */
  version = 0;

  #key(root: string, folder: string): string {
    return `${root}\u0000${trimSlash(folder)}`;
  }

  set(loaded: LoadedConfig): void {
    this.#byFolder.set(this.#key(loaded.root, loaded.folder), loaded);
    this.version++;
  }

  delete(root: string, folder: string): boolean {
    const deleted = this.#byFolder.delete(this.#key(root, folder));
    if (deleted) this.version++;
    return deleted;
  }

  get(root: string, folder: string): LoadedConfig | undefined {
    return this.#byFolder.get(this.#key(root, folder));
  }

  all(): LoadedConfig[] {
    return [...this.#byFolder.values()];
  }

  /** The nearest config above a file (`stopAt`: its workspace folder's path; undefined: up to the root). */
  nearest(root: string, filePath: string, stopAt?: string): LoadedConfig | undefined {
    if (this.#byFolder.size === 0) return undefined;
    for (const dir of configSearchDirs(dirnameOf(filePath), stopAt)) {
      const found = this.#byFolder.get(this.#key(root, dir));
      if (found) return found;
    }
    return undefined;
  }

  /** Whether the nearest config's `ignore` globs leave a file out. */
  ignores(root: string, filePath: string, stopAt?: string): boolean {
    const loaded = this.nearest(root, filePath, stopAt);
    if (!loaded) return false;
    const rel = relativeTo(loaded.folder === '/' ? '' : loaded.folder, filePath);
    return rel !== undefined && loaded.ignores(rel);
  }
}

/** Review options and reviewer for a document: its config, the settings on top. */
export function effectiveFor(loaded: LoadedConfig | undefined, settings: WireDeskSettings): Effective {
  return mergeConfig(loaded?.config, overridesOf(settings));
}

/** The engine options the extension uses for a document (whole text is an item when it has no header). */
export function documentOptions(loaded: LoadedConfig | undefined, settings: WireDeskSettings): ReviewOptions {
  return { ...effectiveFor(loaded, settings).options, wholeTextIsItem: true };
}
