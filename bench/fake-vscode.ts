// A minimal stand-in for the `vscode` module, enough to load dist/extension.js, run `activate` and drive it
// like the extension host does: open a document, type into it, ask for symbols, hovers and code actions.
// Used by bench/perf.ts only (activation time, re-review while typing, longest block of the event loop).
// Documents are kept like the extension host keeps them (an array of lines plus a prefix sum of their
// lengths, updated on edits), so `getText()` and `positionAt()` cost what they cost there.

import Module from 'node:module';

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };
  /** The time each listener took in the last fire (ms), in the order they were added. */
  lastTimes: number[] = [];
  /** Calls the listeners synchronously; returns the time spent in them (ms). */
  fire(e: T): number {
    const t0 = performance.now();
    this.lastTimes = [];
    for (const l of [...this.listeners]) {
      const t = performance.now();
      l(e);
      this.lastTimes.push(performance.now() - t);
    }
    return performance.now() - t0;
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Disposable {
  constructor(private readonly fn: () => void = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
  isBefore(o: Position): boolean {
    return this.line < o.line || (this.line === o.line && this.character < o.character);
  }
  isBeforeOrEqual(o: Position): boolean {
    return this.isBefore(o) || (this.line === o.line && this.character === o.character);
  }
  isAfter(o: Position): boolean {
    return !this.isBeforeOrEqual(o);
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
  contains(x: Position | Range): boolean {
    const p = x instanceof Range ? x : new Range(x, x);
    return this.start.isBeforeOrEqual(p.start) && p.end.isBeforeOrEqual(this.end);
  }
  get isEmpty(): boolean {
    return this.start.line === this.end.line && this.start.character === this.end.character;
  }
}

export class Selection extends Range {
  constructor(readonly anchor: Position, readonly active: Position) {
    super(anchor, active);
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static parse(s: string): Uri {
    const m = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(s);
    return m ? new Uri(m[1], m[2]) : new Uri('file', s);
  }
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class MarkdownString {
  constructor(public value = '') {}
  appendMarkdown(s: string): this {
    this.value += s;
    return this;
  }
}
export class Hover {
  constructor(readonly contents: unknown, readonly range?: Range) {}
}
export class Diagnostic {
  source?: string;
  code?: unknown;
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}
export class DocumentSymbol {
  children: DocumentSymbol[] = [];
  constructor(readonly name: string, readonly detail: string, readonly kind: number, readonly range: Range, readonly selectionRange: Range) {}
}
export class CodeAction {
  edit?: unknown;
  command?: unknown;
  diagnostics?: unknown;
  isPreferred?: boolean;
  constructor(readonly title: string, readonly kind?: unknown) {}
}
export class WorkspaceEdit {
  readonly edits: unknown[] = [];
  replace(uri: Uri, range: Range, text: string): void {
    this.edits.push({ uri, range, text });
  }
}

export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 } as const;
export const StatusBarAlignment = { Left: 1, Right: 2 } as const;
export const EndOfLine = { LF: 1, CRLF: 2 } as const;
export const SymbolKind = new Proxy({} as Record<string, number>, { get: (_t, k) => String(k).length });
export const CodeActionKind = { QuickFix: { value: 'quickfix' }, Empty: { value: '' } };

/** A text document kept as the extension host keeps it: lines, and a prefix sum of line lengths. */
export class FakeDocument {
  version = 1;
  isClosed = false;
  readonly eol = EndOfLine.LF;
  /** How many times the whole text was read (getText without a range). */
  fullReads = 0;
  private lines: string[];
  /** starts[k] = offset of line k; valid up to `validUpTo`. */
  private starts: Int32Array = new Int32Array(0);
  private validUpTo = -1;

  /** `text`, or its lines (taken as they are). */
  constructor(readonly uri: Uri, public languageId: string, text: string | string[]) {
    // Each line a string of its own, as the extension host receives them (a split would slice the text,
    // keeping the whole of it alive as one string).
    this.lines = typeof text === 'string' ? text.split('\n').map((line) => (' ' + line).slice(1)) : text;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(range?: Range): string {
    if (!range) {
      this.fullReads++;
      return this.lines.join('\n');
    }
    // As the extension host does: only the lines in the range (an end past the last line is the text's end).
    const start = range.start.line;
    const end = Math.min(range.end.line, this.lines.length - 1);
    const endCharacter = range.end.line > end ? Infinity : range.end.character;
    if (start === end) return this.lines[start].slice(range.start.character, endCharacter);
    const parts = [this.lines[start].slice(range.start.character)];
    for (let k = start + 1; k < end; k++) parts.push(this.lines[k]);
    parts.push(this.lines[end].slice(0, endCharacter));
    return parts.join('\n');
  }

  lineAt(line: number | Position): { text: string; isEmptyOrWhitespace: boolean; lineNumber: number; range: Range } {
    const n = typeof line === 'number' ? line : line.line;
    const text = this.lines[n];
    return { text, isEmptyOrWhitespace: text.trim() === '', lineNumber: n, range: new Range(n, 0, n, text.length) };
  }

  private ensureStarts(upTo: number): void {
    if (this.starts.length < this.lines.length + 1) {
      const next = new Int32Array(Math.max(this.lines.length + 1, this.starts.length * 2));
      next.set(this.starts.subarray(0, Math.max(0, this.validUpTo + 1)));
      this.starts = next;
    }
    if (this.validUpTo < 0) {
      this.starts[0] = 0;
      this.validUpTo = 0;
    }
    for (let k = this.validUpTo + 1; k <= upTo; k++) this.starts[k] = this.starts[k - 1] + this.lines[k - 1].length + 1;
    if (upTo > this.validUpTo) this.validUpTo = upTo;
  }

  offsetAt(p: Position): number {
    const line = Math.max(0, Math.min(p.line, this.lines.length - 1));
    this.ensureStarts(line);
    return this.starts[line] + Math.max(0, Math.min(p.character, this.lines[line].length));
  }

  positionAt(offset: number): Position {
    this.ensureStarts(this.lines.length - 1);
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, Math.min(offset - this.starts[lo], this.lines[lo].length));
  }

  /** Replace [offset, offset + length) with `text` and return the change event's entry. */
  edit(offset: number, length: number, text: string): { range: Range; rangeOffset: number; rangeLength: number; text: string } {
    const start = this.positionAt(offset);
    const end = this.positionAt(offset + length);
    const first = this.lines[start.line].slice(0, start.character);
    const last = this.lines[end.line].slice(end.character);
    const inserted = (first + text + last).split('\n');
    this.lines.splice(start.line, end.line - start.line + 1, ...inserted);
    this.validUpTo = Math.min(this.validUpTo, start.line);
    this.version++;
    return { range: new Range(start, end), rangeOffset: offset, rangeLength: length, text };
  }
}

export class FakeDiagnosticCollection {
  readonly sets: { uri: string; count: number; at: number }[] = [];
  /** The diagnostics each document has now. */
  readonly current = new Map<string, readonly Diagnostic[]>();
  constructor(readonly name: string) {}
  set(uri: Uri, diagnostics: readonly Diagnostic[]): void {
    this.sets.push({ uri: uri.toString(), count: diagnostics.length, at: performance.now() });
    this.current.set(uri.toString(), diagnostics);
  }
  delete(uri: Uri): void {
    this.current.delete(uri.toString());
  }
  clear(): void {}
  dispose(): void {}
}

/**
 * A stand-in for any part of the API the bench does not drive (tree views, file watchers, workspace
 * scans): callable, constructible, every property another stand-in, iterable as empty, not a promise.
 */
function anything(name: string): unknown {
  const target = function () {
    return undefined;
  };
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === 'dispose') return () => undefined;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => `[${name}]`;
      if (prop === 'length') return 0;
      return anything(`${name}.${String(prop)}`);
    },
    apply: () => anything(`${name}()`),
    construct: () => anything(`new ${name}`) as object,
  });
}

/** `object`, with a stand-in for anything it does not define. */
function lenient<T extends object>(object: T, name: string): T {
  return new Proxy(object, { get: (t, prop) => (prop in t ? (t as Record<string | symbol, unknown>)[prop] : anything(`${name}.${String(prop)}`)) });
}

interface ProviderSet {
  hover: { provideHover(d: FakeDocument, p: Position): unknown }[];
  symbols: { provideDocumentSymbols(d: FakeDocument): unknown }[];
  codeActions: { provideCodeActions(d: FakeDocument, r: Range, c: { diagnostics: Diagnostic[] }): unknown }[];
}

/** Builds a fresh fake `vscode` module and the handles a bench needs to drive it. */
export function createFakeVscode(settings: Record<string, unknown> = {}) {
  const events = {
    open: new EventEmitter<FakeDocument>(),
    close: new EventEmitter<FakeDocument>(),
    change: new EventEmitter<{ document: FakeDocument; contentChanges: ReturnType<FakeDocument['edit']>[]; reason?: number }>(),
    config: new EventEmitter<{ affectsConfiguration(s: string): boolean }>(),
    activeEditor: new EventEmitter<unknown>(),
    selection: new EventEmitter<{ textEditor: unknown; selections: Selection[] }>(),
  };
  const providers: ProviderSet = { hover: [], symbols: [], codeActions: [] };
  const collections: FakeDiagnosticCollection[] = [];
  const textDocuments: FakeDocument[] = [];
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const window = {
    activeTextEditor: undefined as { document: FakeDocument; selection: Selection } | undefined,
    createOutputChannel: () => ({ append() {}, appendLine() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {}, show() {}, dispose() {} }),
    createStatusBarItem: () => ({ text: '', tooltip: '', name: '', command: undefined, accessibilityInformation: undefined, show() {}, hide() {}, dispose() {} }),
    showWarningMessage: async () => undefined,
    showErrorMessage: async () => undefined,
    showInformationMessage: async () => undefined,
    showInputBox: async () => undefined,
    onDidChangeActiveTextEditor: events.activeEditor.event,
    onDidChangeTextEditorSelection: events.selection.event,
    onDidChangeVisibleTextEditors: new EventEmitter<unknown>().event,
    visibleTextEditors: [] as unknown[],
  };
  const register = <K extends keyof ProviderSet>(kind: K) => (_selector: unknown, provider: ProviderSet[K][number]) => {
    (providers[kind] as unknown[]).push(provider);
    return new Disposable();
  };
  const vscode = lenient({
    EventEmitter,
    Disposable,
    Position,
    Range,
    Selection,
    Uri,
    MarkdownString,
    Hover,
    Diagnostic,
    DocumentSymbol,
    CodeAction,
    WorkspaceEdit,
    DiagnosticSeverity,
    StatusBarAlignment,
    EndOfLine,
    SymbolKind,
    CodeActionKind,
    window,
    workspace: {
      textDocuments,
      getConfiguration: () => ({ get: (key: string) => settings[key], has: () => false, inspect: () => undefined }),
      onDidOpenTextDocument: events.open.event,
      onDidCloseTextDocument: events.close.event,
      onDidChangeTextDocument: events.change.event,
      onDidChangeConfiguration: events.config.event,
      onDidSaveTextDocument: new EventEmitter<unknown>().event,
      openTextDocument: async () => undefined,
      applyEdit: async () => true,
      isTrusted: true,
      workspaceFolders: undefined,
    },
    languages: {
      createDiagnosticCollection: (name: string) => {
        const c = new FakeDiagnosticCollection(name);
        collections.push(c);
        return c;
      },
      registerHoverProvider: register('hover'),
      registerDocumentSymbolProvider: register('symbols'),
      registerCodeActionsProvider: register('codeActions'),
      setTextDocumentLanguage: async (d: FakeDocument, id: string) => {
        d.languageId = id;
        return d;
      },
    },
    commands: {
      registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => {
        commands.set(id, fn);
        return new Disposable();
      },
      executeCommand: async () => undefined,
    },
    env: { language: 'en', appName: 'fake' },
    l10n: {
      t: (message: string | { message: string }, ...args: unknown[]) => {
        const text = typeof message === 'string' ? message : message.message;
        const values = args.length === 1 && typeof args[0] === 'object' && args[0] !== null ? (args[0] as Record<string, unknown>) : args;
        return text.replace(/\{(\w+)\}/g, (m, k: string) => String((values as Record<string, unknown>)[k] ?? m));
      },
    },
  }, 'vscode');
  // The bundle copies the module's own properties once (esbuild's __toESM): name the rest of the API
  // the extension may touch, each a stand-in.
  for (const name of [
    'Location', 'ProgressLocation', 'RelativePattern', 'SymbolInformation', 'TextEditorRevealType', 'ThemeIcon', 'ThemeColor',
    'TreeItem', 'TreeItemCollapsibleState', 'FileType', 'ViewColumn', 'CancellationTokenSource', 'CompletionItem', 'DiagnosticTag',
    'DiagnosticRelatedInformation', 'TextEdit', 'SnippetString', 'FileSystemError', 'ConfigurationTarget', 'WorkspaceSymbol',
    'extensions', 'tasks', 'debug', 'version', 'authentication', 'scm', 'tests', 'comments', 'notebooks',
  ]) {
    if (!(name in vscode)) (vscode as Record<string, unknown>)[name] = anything(name);
  }
  for (const ns of ['window', 'workspace', 'languages', 'commands', 'env'] as const) {
    (vscode as Record<string, object>)[ns] = lenient((vscode as Record<string, object>)[ns], ns);
  }
  const context = lenient({
    subscriptions: [] as { dispose(): unknown }[],
    extensionUri: Uri.file('/ext'),
    extensionPath: '/ext',
    globalState: { get: () => undefined, update: async () => undefined, keys: () => [] },
    workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  }, 'context');
  return { vscode, context, events, providers, collections, textDocuments, window, commands };
}

export type FakeVscode = ReturnType<typeof createFakeVscode>;

/** Make `require('vscode')` return `module` (for loading the extension bundle); returns the undo. */
export function installFakeVscode(module: unknown): () => void {
  const M = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = M._load;
  M._load = function (this: unknown, request: string, ...rest: unknown[]) {
    if (request === 'vscode') return module;
    return load.call(this, request, ...rest);
  };
  return () => {
    M._load = load;
  };
}
