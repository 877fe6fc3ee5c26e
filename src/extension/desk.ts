// The desk across the workspace, on top of the per-document features of extension.ts: the shared
// configuration (.wiredesk.json), "Accept this finding for this item", the review queue and Speakers
// views, Next / Previous Unreviewed Item, Review Workspace, and Go to Symbol in Workspace.
// extension.ts calls `activateDesk` once and forwards each finished review of an open document.
import * as vscode from 'vscode';
import { commands, languages, window, workspace } from 'vscode';
import { t } from './host';
import type { Review, ReviewOptions } from '../core';
import { ACCEPT_FINDING_COMMAND, AcceptFinding } from './accept';
import { documentOptions, effectiveFor } from './config-state';
import { WireConfigs } from './configs';
import { cleanReviewer } from './mark-plan';
import { WireQueue } from './queue';
import type { QueueEntry } from './queue-model';
import { createQueueView, OPEN_ENTRY_COMMAND } from './queue-view';
import type { WireDeskSettings } from './settings';
import { createSpeakersView, OPEN_AT_COMMAND, toRange } from './speakers-view';
import { WorkspaceDiagnostics } from './workspace-diagnostics';

export const NEXT_UNREVIEWED_COMMAND = 'wireDesk.nextUnreviewed';
export const PREVIOUS_UNREVIEWED_COMMAND = 'wireDesk.previousUnreviewed';
export const REVIEW_WORKSPACE_COMMAND = 'wireDesk.reviewWorkspace';
const MARK_FROM_QUEUE_COMMAND = 'wireDesk.queue.markReviewed';
const REFRESH_QUEUE_COMMAND = 'wireDesk.queue.refresh';

export interface DeskHooks {
  log: vscode.LogOutputChannel;
  settings(): WireDeskSettings;
  reviewOf(document: vscode.TextDocument): Review | undefined;
  /** Options or configs changed: review every open document again (and report). */
  refresh(): void;
  /** The command that marks an item reviewed, `(uri, offset) => Promise<boolean>`. */
  markReviewedCommand: string;
  /** The OS user name ('' where unknown, e.g. in the browser). */
  osUserName(): string;
}

export interface Desk {
  configs: WireConfigs;
  queue: WireQueue;
  workspaceDiagnostics: WorkspaceDiagnostics;
  /** Review options for an open document (the store asks, keyed by URI string). */
  optionsFor(key: string): ReviewOptions;
  /** The reviewer name from the config, when the user has none set. */
  reviewerFor(document?: vscode.TextDocument): string;
  /** A finished review of an open document (diagnostics just got it). */
  reviewed(document: vscode.TextDocument, review: Review): void;
  /** Settings changed (wireDesk.* or files.exclude). */
  settingsChanged(): void;
}

function signatureOf(settings: WireDeskSettings): string {
  return JSON.stringify([settings.severity, settings.disclaimerPhrases]);
}

export function activateDesk(context: vscode.ExtensionContext, hooks: DeskHooks): Desk {
  const configs = new WireConfigs(hooks.log);
  const optionsCache = new Map<string, { version: number; settings: WireDeskSettings; options: ReviewOptions }>();
  const optionsForUri = (uri: vscode.Uri): ReviewOptions => {
    const key = uri.toString();
    const settings = hooks.settings();
    const cached = optionsCache.get(key);
    if (cached && cached.version === configs.index.version && cached.settings === settings) return cached.options;
    const options = documentOptions(configs.configFor(uri), settings);
    if (optionsCache.size > 20000) optionsCache.clear();
    optionsCache.set(key, { version: configs.index.version, settings, options });
    return options;
  };
  const queue = new WireQueue({
    log: hooks.log,
    optionsFor: optionsForUri,
    configIgnores: (uri) => configs.ignores(uri),
  });
  const workspaceDiagnostics = new WorkspaceDiagnostics(queue);
  const { view: queueView, disposable: queueViewDisposable } = createQueueView(queue);

  const reviewerFor = (document?: vscode.TextDocument): string => {
    const uri = document?.uri ?? window.activeTextEditor?.document.uri;
    return uri ? cleanReviewer(effectiveFor(configs.configFor(uri), { ...hooks.settings(), reviewer: '' }).reviewer) : '';
  };
  const accept = new AcceptFinding(hooks.reviewOf, configs, (d) => cleanReviewer(hooks.settings().reviewer) || reviewerFor(d) || hooks.osUserName());

  const openEntry = async (entry: QueueEntry | undefined): Promise<vscode.TextEditor | undefined> => {
    if (!entry) return undefined;
    const at = new vscode.Position(entry.at.line, entry.at.character);
    const editor = await window.showTextDocument(vscode.Uri.parse(entry.uri), { selection: new vscode.Range(at, at), preview: false });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
    return editor;
  };

  const navigate = async (direction: 1 | -1): Promise<QueueEntry | undefined> => {
    if (queue.model.counts().unreviewed === 0) {
      if (queue.state.kind === 'scanning') {
        void window.showInformationMessage(t('Wire Desk is still scanning the workspace for wire items.'));
      } else {
        void window.showInformationMessage(t('No unreviewed wire items in the workspace.'));
      }
      return undefined;
    }
    const editor = window.activeTextEditor;
    const from = editor
      ? { uri: editor.document.uri.toString(), path: queue.pathOf(editor.document.uri), offset: editor.document.offsetAt(editor.selection.active) }
      : undefined;
    const entry = queue.model.nextUnreviewed(from, direction);
    await openEntry(entry);
    if (entry && queueView.visible) {
      try {
        await queueView.reveal(entry, { select: true, focus: false });
      } catch {
        // the row may have been replaced meanwhile: the editor moved anyway
      }
    }
    return entry;
  };

  const markFromQueue = async (entry?: QueueEntry): Promise<boolean> => {
    if (!entry) return false;
    const uri = vscode.Uri.parse(entry.uri);
    let document = await workspace.openTextDocument(uri);
    const wasDirty = document.isDirty;
    // A file opened in the background is still Plain Text: the review needs it as Wire Feed.
    if (document.languageId !== 'wirefeed') document = await languages.setTextDocumentLanguage(document, 'wirefeed');
    const done = await commands.executeCommand<boolean>(hooks.markReviewedCommand, document.uri, entry.start);
    // Marked from the queue without opening it: save, unless it already had unsaved changes of the user's.
    if (done && !wasDirty) await document.save();
    return !!done;
  };

  const reviewWorkspace = async (): Promise<{ findings: number; files: number }> => {
    await window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Wire Desk: reviewing the workspace') },
      () => queue.whenScanned(),
    );
    workspaceDiagnostics.setEnabled(true);
    const counts = workspaceDiagnostics.counts();
    void commands.executeCommand('workbench.actions.view.problems');
    window.setStatusBarMessage(
      t('Wire Desk: {0} findings in {1} closed files, {2} unreviewed items', counts.findings, counts.files, queue.model.counts().unreviewed),
      8000,
    );
    return counts;
  };

  context.subscriptions.push(
    configs,
    queue,
    workspaceDiagnostics,
    queueViewDisposable,
    createSpeakersView(queue),
    configs.onDidChange(() => {
      optionsCache.clear();
      hooks.refresh();
      if (started) void queue.rescan();
    }),
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('files.exclude') && queue.settingsChanged()) void queue.rescan();
    }),
    workspace.onDidOpenTextDocument((document) => {
      if (document.uri.scheme === 'file' && !workspace.getWorkspaceFolder(document.uri)) void configs.searchAbove(document.uri);
    }),
    languages.registerCodeActionsProvider({ language: 'wirefeed' }, accept, { providedCodeActionKinds: AcceptFinding.providedCodeActionKinds }),
    commands.registerCommand(ACCEPT_FINDING_COMMAND, (uri?: unknown, start?: unknown, rule?: unknown) => accept.run(uri, start, rule)),
    commands.registerCommand(OPEN_ENTRY_COMMAND, (entry?: QueueEntry) => openEntry(entry)),
    commands.registerCommand(OPEN_AT_COMMAND, async (uri: string, range: Parameters<typeof toRange>[0]) => {
      const r = toRange(range);
      await window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(r.start, r.start), preview: true });
    }),
    commands.registerCommand(MARK_FROM_QUEUE_COMMAND, (entry?: QueueEntry) => markFromQueue(entry)),
    commands.registerCommand(REFRESH_QUEUE_COMMAND, () => queue.rescan()),
    commands.registerCommand(NEXT_UNREVIEWED_COMMAND, () => navigate(1)),
    commands.registerCommand(PREVIOUS_UNREVIEWED_COMMAND, () => navigate(-1)),
    commands.registerCommand(REVIEW_WORKSPACE_COMMAND, () => reviewWorkspace()),
  );

  // Configs first (they decide options and ignores), then the scan; neither blocks activation.
  let started = false;
  void configs.start().then(() => {
    started = true;
    workspaceDiagnostics.setEnabled(queue.settings.workspaceDiagnostics);
    return queue.rescan();
  });
  let reviewSignature = signatureOf(hooks.settings());

  return {
    configs,
    queue,
    workspaceDiagnostics,
    optionsFor: (key) => optionsForUri(vscode.Uri.parse(key)),
    reviewerFor,
    reviewed: (document, review) => queue.reviewed(document, review),
    settingsChanged: () => {
      optionsCache.clear();
      const before = queue.settings.workspaceDiagnostics;
      const scopeChanged = queue.settingsChanged();
      if (queue.settings.workspaceDiagnostics !== before) workspaceDiagnostics.setEnabled(queue.settings.workspaceDiagnostics);
      // Only what changes the reviews or the scope rescans (not, say, the reviewer's name).
      const signature = signatureOf(hooks.settings());
      if ((scopeChanged || signature !== reviewSignature) && started) void queue.rescan();
      reviewSignature = signature;
    },
  };
}
