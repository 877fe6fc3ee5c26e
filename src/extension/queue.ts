// The review queue across the workspace: finds the wire items (VS Code's file search, which honours
// `files.exclude`; then `wireDesk.exclude`, `.gitignore` files and the configs' `ignore` globs), reviews
// them in the background with progress, and keeps them current from a file watcher and from the reviews
// of open documents, one file at a time (never a rescan). The model and the scanner are pure
// (queue-model.ts, queue-scan.ts); this module adapts them to the workspace.
import * as vscode from 'vscode';
import { window, workspace } from 'vscode';
import { GitignoreSet, relativeTo, type Review, type ReviewOptions } from '../core';
import { yieldSlice } from './cache';
import { disposeAll, rangeOf, readText, relativePath, t } from './host';
import { QueueModel, summariseSteps, type FileSummary, type ItemPart } from './queue-model';
import { scanFiles, summariseBytes, type ScanOptions, type ScanSource, type ScanStats } from './queue-scan';
import { enabledGlobs, queueScope, readQueueSettings, type QueueSettings, type Scope } from './queue-settings';

export interface QueueDeps {
  log: vscode.LogOutputChannel;
  /** Review options for a file (its config and the settings). */
  optionsFor(uri: vscode.Uri): ReviewOptions;
  /** Whether a config's `ignore` globs leave the file out. */
  configIgnores(uri: vscode.Uri): boolean;
}

/** Files changed at once (a pull, an unzip) beyond which the watcher's events are not trusted to be complete. */
const BURST_RESCAN = 500;

/** Work done between two yields while an open document's review is summarised (ms). */
const SUMMARY_SLICE_MS = 5;

export type ScanState = { kind: 'idle' } | { kind: 'scanning'; done: number; total: number } | { kind: 'unavailable'; reason: string };

export class WireQueue implements vscode.Disposable {
  readonly model = new QueueModel();
  readonly #changed = new vscode.EventEmitter<void>();
  /** Fired (throttled) when the queue's rows or counts changed. */
  readonly onDidChange = this.#changed.event;
  readonly #fileChanged = new vscode.EventEmitter<string>();
  /** Fired for every file summary replaced or removed (the key is the URI string): workspace diagnostics listen. */
  readonly onDidChangeFile = this.#fileChanged.event;
  readonly #stateChanged = new vscode.EventEmitter<ScanState>();
  readonly onDidChangeState = this.#stateChanged.event;
  readonly #disposables: vscode.Disposable[] = [this.#changed, this.#fileChanged, this.#stateChanged];

  settings: QueueSettings;
  #scope: Scope;
  readonly #gitignore = new Map<string, GitignoreSet>();
  /** Open documents reviewed by the editor: their live text wins over the file on disk. */
  readonly #live = new Set<string>();
  state: ScanState = { kind: 'idle' };
  #lastScan?: ScanStats;
  #generation = 0;
  #scanning?: Promise<ScanStats | undefined>;
  #fireTimer?: ReturnType<typeof setTimeout>;
  #lastVersion = -1;
  /** Files reported by the watcher, waiting to be read (see enqueue). */
  readonly #pending = new Map<string, vscode.Uri>();
  #draining = false;
  /** Each open document's items' parts of its summary, kept while an item's text is unchanged (by the review cache's key). */
  readonly #parts = new WeakMap<object, ItemPart>();
  /** The latest summary under way for each open document (a newer one abandons the older). */
  readonly #liveGenerations = new Map<string, number>();

  readonly #deps: QueueDeps;

  constructor(deps: QueueDeps) {
    this.#deps = deps;
    ({ settings: this.settings, scope: this.#scope } = this.#readSettings());
    const watcher = workspace.createFileSystemWatcher('**/*');
    this.#disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.#onFileEvent(uri)),
      watcher.onDidChange((uri) => this.#onFileEvent(uri)),
      watcher.onDidDelete((uri) => this.#onFileDeleted(uri)),
      workspace.onDidCloseTextDocument((document) => this.#onClosed(document)),
      workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
    );
  }

  #readSettings(): { settings: QueueSettings; scope: Scope } {
    const config = workspace.getConfiguration('wireDesk');
    const { settings, warnings } = readQueueSettings((key) => config.get(key), t);
    for (const w of warnings) {
      this.#deps.log.warn(w);
      void window.showWarningMessage(t('Wire Desk: {0}', w));
    }
    const filesExclude = enabledGlobs(workspace.getConfiguration('files').get('exclude'));
    return { settings, scope: queueScope(settings, filesExclude) };
  }

  /** Settings changed: read them again. Returns whether the scope changed (the caller rescans). */
  settingsChanged(): boolean {
    const signature = () => JSON.stringify([this.settings.include, this.settings.exclude, this.#scope.signature]);
    const before = signature();
    ({ settings: this.settings, scope: this.#scope } = this.#readSettings());
    return signature() !== before;
  }

  #setState(state: ScanState): void {
    this.state = state;
    this.#stateChanged.fire(state);
  }

  /** The path shown and sorted on: relative to the workspace folder (with its name when there are several). */
  pathOf(uri: vscode.Uri): string {
    return relativePath(uri);
  }

  /** Whether a file belongs in the queue: in a workspace folder, included, not excluded or ignored. */
  #inScope(uri: vscode.Uri): boolean {
    const folder = workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const rel = relativeTo(folder.uri.path, uri.path);
    if (rel === undefined || !this.#scope.includes(rel)) return false;
    if (this.#gitignore.get(folder.uri.toString())?.ignores(rel)) return false;
    return !this.#deps.configIgnores(uri);
  }

  /** Scans the workspace again (a running scan is abandoned). Resolves with its numbers. */
  rescan(): Promise<ScanStats | undefined> {
    const generation = ++this.#generation;
    this.#scanning = this.#scan(generation).finally(() => {
      if (this.#generation === generation) this.#scanning = undefined;
    });
    return this.#scanning;
  }

  /** The scan in progress, or a new one when there is none yet. */
  whenScanned(): Promise<ScanStats | undefined> {
    return this.#scanning ?? (this.#lastScan ? Promise.resolve(this.#lastScan) : this.rescan());
  }

  async #scan(generation: number): Promise<ScanStats | undefined> {
    const folders = workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      this.#setState({ kind: 'unavailable', reason: t('Open a folder to see its wire items here.') });
      return undefined;
    }
    const cancelled = () => this.#generation !== generation;
    return window.withProgress(
      { location: { viewId: 'wireDesk.queue' } },
      () =>
        window.withProgress(
          { location: vscode.ProgressLocation.Window, title: t('Wire Desk: scanning for wire items') },
          async (progress) => {
            this.#setState({ kind: 'scanning', done: 0, total: 0 });
            let files: vscode.Uri[];
            try {
              await this.#loadGitignores();
              files = await this.#listFiles();
            } catch (error) {
              this.#deps.log.warn(`workspace scan unavailable: ${String(error)}`);
              this.#setState({
                kind: 'unavailable',
                reason: t('This workspace cannot be searched here (a virtual file system): the queue lists the wire items you open.'),
              });
              return undefined;
            }
            if (cancelled()) return undefined;
            const seen = new Set(files.map((f) => f.toString()));
            // Files that left the scope since the last scan leave the queue (open documents stay).
            for (const file of [...this.model.allFiles()]) {
              if (!seen.has(file.uri) && !this.#live.has(file.uri)) this.#remove(file.uri);
            }
            let lastReported = 0;
            const stats = await this.#scanFiles(files, {
              cancelled,
              progress: (done, total) => {
                if (cancelled()) return;
                this.#setState({ kind: 'scanning', done, total });
                const percent = total > 0 ? (100 * (done - lastReported)) / total : 0;
                lastReported = done;
                progress.report({ message: `${done}/${total}`, increment: percent });
              },
            });
            if (cancelled()) return undefined;
            this.#lastScan = stats;
            this.#deps.log.info(
              `scanned ${stats.files} files in ${stats.ms} ms: ${stats.wireFiles} wire files, ${stats.items} items, ${stats.skipped} skipped, ${stats.errors} unreadable; longest stretch without yielding ${Math.round(stats.longestSliceMs)} ms`,
            );
            this.#setState({ kind: 'idle' });
            this.#flush();
            return stats;
          },
        ),
    );
  }

  /** Candidate files: each include glob in each folder, through VS Code's file search (files.exclude applies). */
  async #listFiles(): Promise<vscode.Uri[]> {
    const out = new Map<string, vscode.Uri>();
    for (const folder of workspace.workspaceFolders ?? []) {
      for (const glob of this.settings.include) {
        for (const uri of await workspace.findFiles(new vscode.RelativePattern(folder, glob))) out.set(uri.toString(), uri);
      }
    }
    return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async #loadGitignores(): Promise<void> {
    this.#gitignore.clear();
    let uris: vscode.Uri[] = [];
    try {
      uris = await workspace.findFiles('**/.gitignore', '**/node_modules/**');
    } catch {
      return;
    }
    await Promise.all(
      uris.map(async (uri) => {
        const folder = workspace.getWorkspaceFolder(uri);
        if (!folder) return;
        const dir = uri.path.slice(0, uri.path.lastIndexOf('/'));
        const rel = dir === folder.uri.path.replace(/\/+$/, '') ? '' : relativeTo(folder.uri.path, dir);
        if (rel === undefined) return;
        try {
          const text = await readText(uri);
          let set = this.#gitignore.get(folder.uri.toString());
          if (!set) this.#gitignore.set(folder.uri.toString(), (set = new GitignoreSet()));
          set.set(rel, text);
        } catch {
          // unreadable .gitignore: nothing ignored by it
        }
      }),
    );
  }

  /** The review of an open document landed: its row follows the live text. */
  reviewed(document: vscode.TextDocument, review: Review): void {
    const key = document.uri.toString();
    if (!this.#inScope(document.uri) && this.state.kind !== 'unavailable') {
      if (this.#live.delete(key) || this.model.has(key)) this.#remove(key);
      return;
    }
    this.#live.add(key);
    const generation = (this.#liveGenerations.get(key) ?? 0) + 1;
    this.#liveGenerations.set(key, generation);
    // Each item's first words are read from the document where they are: a 20 MB feed is not read whole.
    const text = { slice: (start: number, end: number) => document.getText(rangeOf(document, start, end)) };
    const steps = summariseSteps(key, this.pathOf(document.uri), text, review, (offset) => document.positionAt(offset), t, this.#parts);
    // A feed of thousands of items is summarised a slice at a time, so the extension host is never held
    // for long; a newer review of the document, or an edit, abandons the summary under way.
    const version = document.version;
    const step = () => {
      if (this.#liveGenerations.get(key) !== generation || document.version !== version || document.isClosed) return;
      const until = Date.now() + SUMMARY_SLICE_MS;
      for (;;) {
        const next = steps.next();
        if (next.done) {
          this.#set(next.value);
          return;
        }
        if (Date.now() >= until) break;
      }
      // Taking turns with the other slices (yieldSlice), not on a timer of its own beside them.
      void yieldSlice().then(step);
    };
    step();
  }

  /** Whether a file's findings come from an open document (the editor's own diagnostics show them). */
  isLive(key: string): boolean {
    return this.#live.has(key);
  }

  #onClosed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.#liveGenerations.delete(key);
    if (!this.#live.delete(key)) return;
    // The text on disk is what counts again (changes may have been discarded).
    if (this.#inScope(document.uri)) void this.#refreshFile(document.uri);
    else this.#remove(key);
  }

  #onFileEvent(uri: vscode.Uri): void {
    if (uri.path.endsWith('/.gitignore')) {
      void this.rescan();
      return;
    }
    const key = uri.toString();
    if (this.#live.has(key)) return; // the open document is the truth
    if (!this.#inScope(uri)) {
      if (this.model.has(key)) this.#remove(key);
      return;
    }
    this.#enqueue(uri);
  }

  /** Reads and reviews files through the scanner, their summaries into the queue (an open document's text wins). */
  #scanFiles(files: readonly vscode.Uri[], options: ScanOptions = {}): Promise<ScanStats> {
    const source: ScanSource<vscode.Uri> = {
      key: (uri) => uri.toString(),
      path: (uri) => this.pathOf(uri),
      read: (uri) => Promise.resolve(workspace.fs.readFile(uri)),
      skip: (uri) => this.#live.has(uri.toString()) || !this.#inScope(uri),
      options: (uri) => this.#deps.optionsFor(uri),
      t: t,
    };
    const wanted = (key: string) => !options.cancelled?.() && !this.#live.has(key);
    return scanFiles(
      files,
      source,
      (summary) => {
        if (wanted(summary.uri)) this.#set(summary);
      },
      (key) => {
        if (wanted(key)) this.#remove(key);
      },
      options,
    );
  }

  /**
   * Files the watcher reported, read and reviewed through the scanner a few at a time: a batch of
   * thousands arriving at once (a pull, an unzip) is taken in the background like a scan, not all at once.
   */
  #enqueue(uri: vscode.Uri): void {
    this.#pending.set(uri.toString(), uri);
    if (!this.#draining) void this.#drain();
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    let burst = 0;
    try {
      while (this.#pending.size > 0) {
        const batch = [...this.#pending.values()];
        this.#pending.clear();
        burst += batch.length;
        await this.#scanFiles(batch);
      }
    } catch (error) {
      this.#deps.log.error(`updating the queue failed: ${String(error)}`);
    } finally {
      this.#draining = false;
    }
    // The file watcher may drop events when thousands of files change at once: after such a burst, one
    // scan in the background makes sure none was missed.
    if (burst >= BURST_RESCAN && !this.#scanning) {
      this.#deps.log.info(`${burst} files changed at once: scanning the workspace again`);
      void this.rescan();
    }
  }

  #onFileDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    // A deleted folder: everything under it goes.
    const prefix = key.endsWith('/') ? key : key + '/';
    for (const file of [...this.model.allFiles()]) {
      if (file.uri === key || file.uri.startsWith(prefix)) this.#remove(file.uri);
    }
  }

  /** Reads and reviews one file again. */
  async #refreshFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    let bytes: Uint8Array;
    try {
      bytes = await workspace.fs.readFile(uri);
    } catch {
      this.#remove(key);
      return;
    }
    if (this.#live.has(key)) return;
    try {
      const summary = summariseBytes(key, this.pathOf(uri), bytes, this.#deps.optionsFor(uri), t);
      if (summary) this.#set(summary);
      else this.#remove(key);
    } catch (error) {
      this.#deps.log.error(`review of ${this.pathOf(uri)} failed: ${String(error)}`);
    }
  }

  #set(summary: FileSummary): void {
    this.#put(summary.uri, () => this.model.set(summary));
  }

  #remove(key: string): void {
    this.#put(key, () => this.model.delete(key));
  }

  #put(key: string, change: () => boolean): void {
    change();
    this.#fileChanged.fire(key);
    this.#schedule();
  }

  /** Views refresh at most a few times a second, however many files change. */
  #schedule(): void {
    if (this.#fireTimer) return;
    this.#fireTimer = setTimeout(() => this.#flush(), this.state.kind === 'scanning' ? 400 : 60);
  }

  #flush(): void {
    if (this.#fireTimer) clearTimeout(this.#fireTimer);
    this.#fireTimer = undefined;
    if (this.model.version === this.#lastVersion) return;
    this.#lastVersion = this.model.version;
    this.#changed.fire();
  }

  dispose(): void {
    this.#generation++;
    if (this.#fireTimer) clearTimeout(this.#fireTimer);
    disposeAll(this.#disposables);
  }
}
