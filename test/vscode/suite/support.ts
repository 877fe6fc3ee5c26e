// What the extension-host suites share: the extension's id, waiting for VS Code to catch up, paths in the
// test workspace, and reading Wire Desk's diagnostics back. Not a test file itself (no `.test`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'wire-desk.wire-desk';

/** Polls `check` every 50 ms until it gives a truthy value, failing after `timeout` ms. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeout: number): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A path in the test workspace (a copy of seeds/ plus the test items). */
export function workspaceUri(relPath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder holding seeds/ and items/');
  return vscode.Uri.joinPath(folder.uri, ...relPath.split('/'));
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Wire Desk');
