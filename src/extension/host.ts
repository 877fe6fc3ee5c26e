// Small helpers over the vscode API that several adapters share (one copy each in the bundle).
import * as vscode from 'vscode';
import { movedPosition } from './cache';

const utf8 = new TextDecoder('utf-8');

/** vscode.l10n.t: every runtime message goes through it with a literal (scripts/l10n-export.mjs lists them). */
export const t = vscode.l10n.t;

/** A diagnostic's code as text (ours carry the rule id), or undefined when it has none. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** A command's URI argument: a Uri, or a URI string; undefined for anything else. */
export function uriArgument(target: unknown): vscode.Uri | undefined {
  return target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
}

/** The open document of a URI, if it is open. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** A file's path as shown: relative to its workspace folder (with the folder's name when there are several). */
export function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** A document's length (the offset of its end), without joining its lines into one string. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** The range of a document between two offsets. */
export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** A range inside an item that started at `from` and now starts at `to`, its text unchanged (movedPosition). */
export function moveRange(range: vscode.Range, from: vscode.Position, to: vscode.Position): vscode.Range {
  const move = (p: vscode.Position) => {
    const { line, character } = movedPosition(p, from, to);
    return new vscode.Position(line, character);
  };
  return new vscode.Range(move(range.start), move(range.end));
}

/** A workspace edit that replaces the text of a document between two offsets. */
export function replacement(document: vscode.TextDocument, edit: { start: number; end: number; newText: string }): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, rangeOf(document, edit.start, edit.end), edit.newText);
  return workspaceEdit;
}

/** A file's text, decoded as UTF-8 (rejects when the file cannot be read). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return utf8.decode(await vscode.workspace.fs.readFile(uri));
}

/** Disposes each of a list, in order. */
export function disposeAll(disposables: readonly vscode.Disposable[]): void {
  for (const d of disposables) d.dispose();
}
