// The desk across the workspace, in the real extension host: the review queue (scan, groups, a file added
// and marked reviewed from the queue, then removed), Next Unreviewed Item, workspace symbols, the shared
// `.wiredesk.json` (a bad key reported on the file, a rule turned off) and the quick fix "Accept this
// finding for this item". Every file it creates is removed again, so the other suites see the workspace
// as it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, ours, waitFor as waitUntil, workspaceUri } from './support';
import { SEED } from '../../e2e/items';

/** This suite waits up to 20 s by default. */
const waitFor = <T>(what: string, check: () => T | Promise<T>, timeout = 20000) => waitUntil(what, check, timeout);

interface QueueEntryLike {
  uri: string;
  path: string;
  start: number;
  group: string;
  disclaimer: boolean;
}
interface DeskLike {
  workspaceDiagnostics: { setEnabled(on: boolean): void };
  queue: {
    whenScanned(): Promise<unknown>;
    model: { groups(): Record<string, QueueEntryLike[]>; counts(): { unreviewed: number; files: number } };
  };
}

describe('Wire Desk in the extension host: the desk', function () {
  let desk: DeskLike;
  const configUri = () => workspaceUri('.wiredesk.json');
  const extra = () => workspaceUri('items/queue-extra.txt');
  const inGroup = (group: string, path: string) => desk.queue.model.groups()[group].some((e) => e.path === path);

  before(async function () {
    this.timeout(60000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const api = (await extension.activate()) as { desk?: DeskLike };
    assert.ok(api.desk, 'the extension exposes its desk');
    desk = api.desk;
    await desk.queue.whenScanned();
  });

  after(async function () {
    for (const uri of [configUri(), extra()]) {
      try {
        await vscode.workspace.fs.delete(uri);
      } catch {
        // already gone
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the queue lists the sample as unreviewed, and leaves out files without a wire header', async function () {
    const listed = () => Object.values(desk.queue.model.groups()).flat().map((e) => e.path);
    // Both wire files: a file an earlier suite left open is summarised from its document, in slices, and
    // may join the queue after the scan reports (waiting for the sample alone raced with it).
    await waitFor('the sample and the reviewed item in the queue', () => inGroup('unreviewed', SEED) && listed().includes('items/reviewed.wire'));
    const all = listed();
    assert.ok(!all.includes('items/plain-notes.txt'), all.join(', '));
    await vscode.commands.executeCommand('wireDesk.queue.focus');
  });

  it('Next Unreviewed Item opens the sample at its header', async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('wireDesk.nextUnreviewed');
    const editor = await waitFor('an editor on the sample', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === workspaceUri(SEED).toString() ? e : undefined;
    });
    assert.equal(editor.selection.active.line, 0);
  });

  it('a new wire file joins the queue, is marked reviewed from the queue (saved), and leaves when deleted', async function () {
    const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    await vscode.workspace.fs.writeFile(extra(), new TextEncoder().encode(seed.replace('2025-11-01', '2025-11-02')));
    const entry = await waitFor('the new file in the queue', () => desk.queue.model.groups().unreviewed.find((e) => e.path === 'items/queue-extra.txt'));
    assert.ok(entry.disclaimer);
    const done = await vscode.commands.executeCommand<boolean>('wireDesk.queue.markReviewed', entry);
    assert.equal(done, true);
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(extra()));
    assert.match(saved, /^Reviewed-by: .+, \d{4}-\d{2}-\d{2}$/m);
    await waitFor('the file to move out of Unreviewed', () => !inGroup('unreviewed', 'items/queue-extra.txt'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(extra());
    await waitFor('the file to leave the queue', () => !Object.values(desk.queue.model.groups()).flat().some((e) => e.path === 'items/queue-extra.txt'));
  });

  it('Review Workspace puts the findings of a closed file in the Problems panel', async function () {
    const closed = workspaceUri('items/closed-item.txt');
    const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
    await vscode.workspace.fs.writeFile(closed, new TextEncoder().encode(seed.replace('2025-11-01', '2025-11-04')));
    try {
      await waitFor('the closed file in the queue', () => desk.queue.model.groups().unreviewed.some((e) => e.path === 'items/closed-item.txt'));
      assert.deepEqual(ours(closed), [], 'nothing for closed files before Review Workspace (wireDesk.workspaceDiagnostics is off)');
      await vscode.commands.executeCommand('wireDesk.reviewWorkspace');
      const found = await waitFor('findings of the closed file', () => {
        const d = ours(closed);
        return d.some((x) => codeOf(x) === 'unreviewed-item') ? d : undefined;
      });
      // 2025-11-04 was a Tuesday: "on Saturday" in the lede is flagged as well.
      assert.ok(found.some((x) => codeOf(x) === 'weekday-date'), found.map(codeOf).join(', '));
    } finally {
      await vscode.workspace.fs.delete(closed);
    }
    await waitFor('the findings to go with the file', () => ours(closed).length === 0);
    desk.workspaceDiagnostics.setEnabled(false); // leave the other suites the default
  });

  it('Go to Symbol in Workspace finds speakers and quotations', async function () {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Xi Jinping');
    const xi = symbols.find((s) => s.name === 'Xi Jinping' && s.location.uri.toString() === workspaceUri(SEED).toString());
    assert.ok(xi, symbols.map((s) => s.name).join(', '));
    const quotes = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'neverover');
    assert.ok(quotes.some((s) => s.kind === vscode.SymbolKind.String && /It can never be overstated/.test(s.name)));
  });

  it('.wiredesk.json: a bad key is reported on the file; a rule turned off leaves the editor', async function () {
    const document = await vscode.workspace.openTextDocument(workspaceUri(SEED));
    await vscode.window.showTextDocument(document);
    await waitFor('secondary-source findings', () => ours(document.uri).some((d) => codeOf(d) === 'secondary-source'));
    await vscode.workspace.fs.writeFile(configUri(), new TextEncoder().encode('{\n  "severity": { "secondary-source": "off" },\n  "colour": 1\n}\n'));
    await waitFor('secondary-source to go', () => !ours(document.uri).some((d) => codeOf(d) === 'secondary-source'));
    const problems = await waitFor('the problem on .wiredesk.json', () => {
      const found = ours(configUri());
      return found.length > 0 ? found : undefined;
    });
    assert.match(problems[0].message, /"colour" is not a Wire Desk setting/);
    assert.equal(problems[0].range.start.line, 2);
    // Opened, it is JSON with Comments, validated against the contributed schema by VS Code's JSON support.
    const configDocument = await vscode.workspace.openTextDocument(configUri());
    assert.equal(configDocument.languageId, 'jsonc');
    await vscode.window.showTextDocument(configDocument);
    await waitFor('the schema to flag "colour"', () =>
      vscode.languages.getDiagnostics(configUri()).some((d) => d.source !== 'Wire Desk' && /colour/i.test(d.message)),
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(configUri());
    await waitFor('secondary-source to come back', () => ours(document.uri).some((d) => codeOf(d) === 'secondary-source'));
  });

  it('Accept this finding for this item: offered as a quick fix, recorded in .wiredesk.json, the finding goes', async function () {
    const document = await vscode.workspace.openTextDocument(workspaceUri(SEED));
    await vscode.window.showTextDocument(document);
    const target = await waitFor('a secondary-source finding', () => ours(document.uri).find((d) => codeOf(d) === 'secondary-source'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range);
    const accept = actions.find((a) => a.title.startsWith('Accept this finding for this item'));
    assert.ok(accept?.command, actions.map((a) => a.title).join(', '));
    const before = ours(document.uri).filter((d) => codeOf(d) === 'secondary-source').length;
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
    await waitFor('one secondary-source finding fewer', () => ours(document.uri).filter((d) => codeOf(d) === 'secondary-source').length === before - 1);
    const config = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri()));
    assert.match(config, /"accepted": \[\n {4}\{ "rule": "secondary-source", "item": "2025-11-01 Gyeongju", "text": /);
    await vscode.workspace.fs.delete(configUri());
    await waitFor('the finding to come back', () => ours(document.uri).filter((d) => codeOf(d) === 'secondary-source').length === before);
  });
});
