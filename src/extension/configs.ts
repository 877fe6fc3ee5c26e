// Reads the workspace's `.wiredesk.json` files with `workspace.fs` (so it works in the web build
// too), keeps them current with a file watcher, and reports their problems: in the Problems panel on the
// config file itself (line, column, key) and once in a notification. The index and the merging are pure
// (config-state.ts, src/core/config).
import * as vscode from 'vscode';
import { window, workspace } from 'vscode';
import { CONFIG_FILE_NAME, formatProblem, ruleList } from '../core';
import { ConfigIndex, dirnameOf, loadConfig, type LoadedConfig } from './config-state';
import { wireDiagnostic } from './diagnostics';
import { disposeAll, readText, relativePath, t } from './host';

const RULE_IDS = ruleList.map((r) => r.id);

export function rootOf(uri: vscode.Uri): string {
  return `${uri.scheme}://${uri.authority}`;
}

export class WireConfigs implements vscode.Disposable {
  readonly index = new ConfigIndex();
  readonly #changed = new vscode.EventEmitter<void>();
  /** Fired after a config file was added, changed or removed. */
  readonly onDidChange = this.#changed.event;
  readonly #problems = vscode.languages.createDiagnosticCollection('wire-desk-config');
  readonly #disposables: vscode.Disposable[] = [this.#changed, this.#problems];
  readonly #shown = new Set<string>();
  /** Folders outside every workspace folder already searched (for documents opened from elsewhere). */
  readonly #searchedOutside = new Set<string>();

  readonly #log: vscode.LogOutputChannel;

  constructor(log: vscode.LogOutputChannel) {
    this.#log = log;
    const watcher = workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.#disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.reload(uri)),
      watcher.onDidChange((uri) => void this.reload(uri)),
      watcher.onDidDelete((uri) => this.#remove(uri)),
      workspace.onDidSaveTextDocument((d) => {
        if (d.uri.path.endsWith('/' + CONFIG_FILE_NAME)) void this.reload(d.uri);
      }),
    );
  }

  /** Finds and reads every config in the workspace folders. */
  async start(): Promise<void> {
    let uris: vscode.Uri[] = [];
    try {
      uris = await workspace.findFiles(`**/${CONFIG_FILE_NAME}`, '**/node_modules/**');
    } catch (error) {
      this.#log.warn(`could not search for ${CONFIG_FILE_NAME}: ${String(error)}`);
    }
    // Workspace roots first: findFiles may be unavailable (some virtual file systems), a direct read is not.
    for (const folder of workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
      if (!uris.some((u) => u.toString() === uri.toString())) uris.push(uri);
    }
    await Promise.all(uris.map((uri) => this.reload(uri, false)));
    // As in the CLI, a config above the workspace folder applies too (a subfolder of the desk opened alone).
    for (const folder of workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme === 'file') await this.#searchUp(folder.uri.with({ path: dirnameOf(folder.uri.path) }), false);
    }
    this.#changed.fire();
  }

  /** The config that applies to a document (the nearest above it, as the CLI finds it), if any. */
  configFor(uri: vscode.Uri): LoadedConfig | undefined {
    return this.index.nearest(rootOf(uri), uri.path);
  }

  /** Whether a file is left out by its config's `ignore` globs (for the queue and workspace review). */
  ignores(uri: vscode.Uri): boolean {
    return this.index.ignores(rootOf(uri), uri.path);
  }

  /** The config file that applies to a document, or where one would be created (its workspace folder). */
  fileFor(uri: vscode.Uri): vscode.Uri {
    const loaded = this.configFor(uri);
    if (loaded) return configIn(uri, loaded.folder);
    const folder = workspace.getWorkspaceFolder(uri);
    if (folder) return vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    return configIn(uri, dirnameOf(uri.path));
  }

  /** A document outside every workspace folder: look for a config above it once. Resolves true when one was found. */
  searchAbove(uri: vscode.Uri): Promise<boolean> {
    if (uri.scheme === 'untitled' || workspace.getWorkspaceFolder(uri)) return Promise.resolve(false);
    return this.#searchUp(uri.with({ path: dirnameOf(uri.path) }));
  }

  /** Reads the first config found in `start` or a folder above it (each folder is looked at once). */
  async #searchUp(start: vscode.Uri, fire = true): Promise<boolean> {
    const uri = start;
    let found = false;
    let dir = start.path;
    for (;;) {
      const key = `${rootOf(uri)}${dir}`;
      if (this.#searchedOutside.has(key)) break;
      this.#searchedOutside.add(key);
      const candidate = configIn(uri, dir);
      if (await this.reload(candidate, false)) {
        found = true;
        break;
      }
      const parent = dirnameOf(dir);
      if (parent === dir) break;
      dir = parent;
    }
    if (found && fire) this.#changed.fire();
    return found;
  }

  /** Reads (again) one config file. Resolves true when it exists. */
  async reload(uri: vscode.Uri, fire = true): Promise<boolean> {
    let text: string;
    try {
      text = await readText(uri);
    } catch {
      const removed = this.index.delete(rootOf(uri), dirnameOf(uri.path));
      this.#problems.delete(uri);
      if (removed && fire) this.#changed.fire();
      return false;
    }
    const loaded = loadConfig(rootOf(uri), dirnameOf(uri.path), relativePath(uri), text, RULE_IDS);
    this.index.set(loaded);
    this.#report(uri, loaded);
    if (fire) this.#changed.fire();
    return true;
  }

  #remove(uri: vscode.Uri): void {
    this.#problems.delete(uri);
    if (this.index.delete(rootOf(uri), dirnameOf(uri.path))) this.#changed.fire();
  }

  #report(uri: vscode.Uri, loaded: LoadedConfig): void {
    this.#problems.set(
      uri,
      loaded.problems.map((p) => {
        const at = new vscode.Position(p.line - 1, p.column - 1);
        const message = p.key ? `"${p.key}" ${p.message}` : `${CONFIG_FILE_NAME} ${p.message}`;
        return wireDiagnostic(new vscode.Range(at, at.translate(0, 1)), message, vscode.DiagnosticSeverity.Warning);
      }),
    );
    for (const p of loaded.problems) this.#log.warn(formatProblem(p));
    if (loaded.problems.length === 0) return;
    const first = formatProblem(loaded.problems[0]);
    if (this.#shown.has(first)) return;
    this.#shown.add(first);
    const more = loaded.problems.length - 1;
    const message =
      more > 0
        ? t('Wire Desk: {0} (and {1} more problems in this file; the defaults are used for those keys).', first, more)
        : t('Wire Desk: {0}', first);
    const open = t('Open {0}', CONFIG_FILE_NAME);
    void window.showWarningMessage(message, open).then((choice) => {
      if (choice === open) void window.showTextDocument(uri);
    });
  }

  dispose(): void {
    disposeAll(this.#disposables);
  }
}

/** The config file in folder `dir` (a path) of `uri`'s file system. */
function configIn(uri: vscode.Uri, dir: string): vscode.Uri {
  return uri.with({ path: dir.endsWith('/') ? dir + CONFIG_FILE_NAME : `${dir}/${CONFIG_FILE_NAME}`, query: '', fragment: '' });
}
