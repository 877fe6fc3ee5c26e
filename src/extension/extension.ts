// Wire Desk's entry point: reads the settings, keeps a review per open wire document, and registers the
// features (each in its own module, each a thin adapter over the core in src/core).
import * as vscode from 'vscode';
import { documentLength, t } from './host';
import { ruleList } from '../core';
import type { Review } from '../core/model';
import { ReviewStore } from './cache';
import { WireDetection } from './detect';
import { WireDiagnostics } from './diagnostics';
import { WireHoverProvider } from './hover';
import { WireOutlineProvider } from './outline';
import { activateDesk, type Desk } from './desk';
import { MARK_REVIEWED_COMMAND, MarkReviewed, osUserName } from './quickfix';
import { readSettings, reviewOptions, type WireDeskSettings } from './settings';
import { WireStatusBar } from './statusbar';

export const LANGUAGE_ID = 'wirefeed';
const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };
/** Quiet time after the last keystroke before diagnostics are refreshed. */
const DEBOUNCE_MS = 250;
/** Documents that only mirror another (diff views, output): highlighted, but never reported. */
const NO_DIAGNOSTICS_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'comment', 'chat-editing-text-model']);

export interface WireDeskApi {
  /** The current review of a document (for tests and other extensions). */
  reviewOf(document: vscode.TextDocument): Review | undefined;
  /** The workspace side: configs, review queue, workspace diagnostics (desk.ts). */
  desk: Desk;
}

export function activate(context: vscode.ExtensionContext): WireDeskApi {
  const log = vscode.window.createOutputChannel('Wire Desk', { log: true });
  context.subscriptions.push(log);

  const shownWarnings = new Set<string>();
  const loadSettings = (): WireDeskSettings => {
    const config = vscode.workspace.getConfiguration('wireDesk');
    const { settings, warnings } = readSettings((key) => config.get(key), ruleList.map((r) => r.id), t);
    for (const warning of warnings) {
      log.warn(warning);
      if (!shownWarnings.has(warning)) void vscode.window.showWarningMessage(t('Wire Desk: {0}', warning));
    }
    shownWarnings.clear();
    warnings.forEach((w) => shownWarnings.add(w));
    return settings;
  };
  let settings = loadSettings();

  const isWire = (d: vscode.TextDocument) => d.languageId === LANGUAGE_ID;
  const reports = (d: vscode.TextDocument) => isWire(d) && !NO_DIAGNOSTICS_SCHEMES.has(d.uri.scheme);

  const diagnostics = new WireDiagnostics(context.extensionUri);
  // The status bar may lag a keystroke behind (it is refreshed when the debounced review lands), so typing
  // does not re-review on every cursor move.
  // A large document is reviewed in the background: the status bar says so meanwhile.
  const statusBar = new WireStatusBar(
    (d) => (isWire(d) ? store.peek(d.uri.toString()) ?? reviewOf(d) : undefined),
    (d) => isWire(d) && store.reviewing(d.uri.toString(), d),
    (d) => store.peekVersion(d.uri.toString()) ?? d.version,
  );
  const store = new ReviewStore(
    reviewOptions(settings, true),
    (_key, source, review) => {
      const document = source as vscode.TextDocument;
      if (document.isClosed || !isWire(document)) return;
      if (reports(document)) diagnostics.update(document, review);
      desk.reviewed(document, review);
      if (vscode.window.activeTextEditor?.document === document) statusBar.update();
    },
    DEBOUNCE_MS,
  );
  store.t = t;
  // A document's length without joining its lines, and its lines a range at a time: a large one is read
  // in pieces by its review, not whole by the handler that opened it.
  store.lengthOf = (source) => documentLength(source as vscode.TextDocument);
  store.readLines = (source, from, count) => {
    const d = source as vscode.TextDocument;
    return from < d.lineCount ? d.getText(new vscode.Range(from, 0, from + count, 0)) : undefined;
  };
  store.onError = (error) => log.error(`review failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  context.subscriptions.push(diagnostics, statusBar, { dispose: () => store.dispose() });

  /**
   * The review of a wire document's current text (cheap when little changed); undefined while a large
   * document's first review is under way in slices (the host is never blocked for it).
   */
  function reviewOf(document: vscode.TextDocument): Review | undefined {
    if (!isWire(document)) return undefined;
    try {
      return store.current(document.uri.toString(), document);
    } catch (error) {
      store.onError?.(error);
      return undefined;
    }
  }

  /** The same, waiting for a large document's first review (hover, outline, quick fix). */
  async function reviewReady(document: vscode.TextDocument): Promise<Review | undefined> {
    if (!isWire(document)) return undefined;
    try {
      return await store.ready(document.uri.toString(), document);
    } catch (error) {
      store.onError?.(error);
      return undefined;
    }
  }

  // A language change closes and reopens the document before the editor points at the new one: refresh
  // the status bar once the editor has caught up.
  let refreshPending = false;
  const refreshStatusSoon = () => {
    if (refreshPending) return;
    refreshPending = true;
    setTimeout(() => {
      refreshPending = false;
      statusBar.update();
    }, 0);
  };

  const open = (document: vscode.TextDocument) => {
    refreshStatusSoon();
    if (!isWire(document)) return;
    try {
      store.reviewNow(document.uri.toString(), document);
    } catch (error) {
      store.onError?.(error);
    }
  };

  /** Review every open document again with the current settings (they or the configs changed). */
  const reopenAll = () => {
    store.setOptions(reviewOptions(settings, true));
    for (const document of vscode.workspace.textDocuments) open(document);
  };

  // The desk across the workspace: shared .wiredesk.json, accepted findings, review queue, speakers (desk.ts).
  const desk = activateDesk(context, {
    log,
    settings: () => settings,
    reviewOf,
    refresh: () => {
      reopenAll();
      statusBar.update();
    },
    markReviewedCommand: MARK_REVIEWED_COMMAND,
    osUserName,
  });
  store.optionsFor = (key) => desk.optionsFor(key);

  const detection = new WireDetection(() => settings.detectWireItems);
  const markReviewed = new MarkReviewed(reviewReady, (document) => settings.reviewer || desk.reviewerFor(document));
  context.subscriptions.push(
    detection,
    vscode.workspace.onDidOpenTextDocument(open),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!isWire(e.document) || e.contentChanges.length === 0) return;
      // The edits themselves: the store applies them to the items they touch instead of reading the text.
      store.schedule(e.document.uri.toString(), e.document, e.contentChanges);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      // Also fired when a document changes language: its wire diagnostics go with it.
      store.forget(document.uri.toString());
      diagnostics.clear(document.uri);
      refreshStatusSoon();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => statusBar.update(editor)),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) statusBar.update(e.textEditor);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('wireDesk')) return;
      const before = settings;
      settings = loadSettings();
      desk.settingsChanged();
      reopenAll();
      if (settings.detectWireItems && !before.detectWireItems) detection.checkOpenDocuments();
      statusBar.update();
    }),
    vscode.languages.registerHoverProvider(SELECTOR, new WireHoverProvider(reviewReady)),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new WireOutlineProvider(reviewReady), { label: 'Wire Desk' }),
    vscode.languages.registerCodeActionsProvider(SELECTOR, markReviewed, {
      providedCodeActionKinds: MarkReviewed.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand(MARK_REVIEWED_COMMAND, (target?: unknown, at?: unknown, version?: unknown) => markReviewed.run(target, at, version)),
  );

  detection.checkOpenDocuments();
  for (const document of vscode.workspace.textDocuments) open(document);
  statusBar.update();
  return { reviewOf, desk };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
