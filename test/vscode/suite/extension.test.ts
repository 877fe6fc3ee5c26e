// The extension-host suite: what VS Code itself computes from Wire Desk (language, diagnostics, hovers,
// document symbols, code actions), asked through VS Code's own commands. Runs in the real extension
// host: inside code-server (npm run test:e2e, through the bridge extension) and in VS Code desktop
// (npm run test:vscode, through @vscode/test-electron). The workspace is a copy of seeds/ plus the
// test items (test/e2e/items.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, ours, waitFor as waitUntil, workspaceUri } from './support';
import { PLAIN, REVIEWED, SEED, SEED_FACTS, placeOf, type Place } from '../../e2e/items';

/** This suite waits up to 15 s by default. */
const waitFor = <T>(what: string, check: () => T | Promise<T>, timeout = 15000) => waitUntil(what, check, timeout);

const REVIEWER = 'Host Tester';

const pos = (p: Place) => new vscode.Position(p.line, p.character);

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1'); // Markdown escapes
}

/** Opens a workspace file in an editor and waits until it has its final language. */
async function open(relPath: string, language: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relPath));
  await vscode.window.showTextDocument(document);
  // Detection closes the plain-text document and reopens it as wirefeed: look it up again.
  return waitFor(`${relPath} as ${language}`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document.uri.toString() === document.uri.toString() && editor.document.languageId === language
      ? editor
      : undefined;
  });
}

describe('Wire Desk in the extension host', function () {
  let seedText: string;
  const seedUri = () => workspaceUri(SEED);

  before(async function () {
    this.timeout(60000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await extension.activate();
    await vscode.workspace
      .getConfiguration('wireDesk')
      .update('reviewer', REVIEWER, vscode.ConfigurationTarget.Workspace);
    seedText = Buffer.from(await vscode.workspace.fs.readFile(seedUri())).toString('utf8');
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  describe('language', function () {
    it('switches the sample .txt item to wirefeed on open', async function () {
      const editor = await open(SEED, 'wirefeed');
      assert.equal(editor.document.languageId, 'wirefeed');
    });

    it('opens .wire files as wirefeed directly', async function () {
      const editor = await open(REVIEWED, 'wirefeed');
      assert.equal(editor.document.languageId, 'wirefeed');
    });

    it('leaves a .txt without a wire header as plaintext, with no diagnostics', async function () {
      const editor = await open(PLAIN, 'plaintext');
      await new Promise((r) => setTimeout(r, 1500)); // past any debounce
      assert.equal(editor.document.languageId, 'plaintext');
      assert.deepEqual(ours(editor.document.uri), []);
    });
  });

  describe('diagnostics', function () {
    it('reports the unreviewed item on the disclaimer line with source and rule id', async function () {
      await open(SEED, 'wirefeed');
      const diagnostics = await waitFor('Wire Desk diagnostics', () => {
        const found = ours(seedUri());
        return found.some((d) => codeOf(d) === 'unreviewed-item') ? found : undefined;
      });
      const unreviewed = diagnostics.filter((d) => codeOf(d) === 'unreviewed-item');
      assert.equal(unreviewed.length, 1);
      assert.equal(unreviewed[0].severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(unreviewed[0].range.start.line, placeOf(seedText, SEED_FACTS.disclaimer).line);
      const codes = new Set(diagnostics.map(codeOf));
      assert.ok(codes.has('translated-quote'), `codes: ${[...codes].join(', ')}`);
      assert.ok(codes.has('secondary-source'), `codes: ${[...codes].join(', ')}`);
      assert.ok(!codes.has('weekday-date'), '"on Saturday" agrees with 2025-11-01');
      assert.ok(!codes.has('unclosed-quote'));
      for (const d of diagnostics) assert.equal(d.source, 'Wire Desk');
    });

    it('gives a reviewed item no unreviewed-item warning', async function () {
      const editor = await open(REVIEWED, 'wirefeed');
      await new Promise((r) => setTimeout(r, 1000));
      assert.ok(!ours(editor.document.uri).some((d) => codeOf(d) === 'unreviewed-item'));
    });

    it('updates as the user types: an unclosed quote appears and goes away with undo', async function () {
      const editor = await open(SEED, 'wirefeed');
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      assert.ok(await editor.edit((b) => b.insert(end, '\n\n"An unclosed quotation runs to the end')));
      await waitFor('an unclosed-quote error', () => ours(seedUri()).some((d) => codeOf(d) === 'unclosed-quote'));
      await vscode.commands.executeCommand('undo');
      await waitFor('the error to go', () => !ours(seedUri()).some((d) => codeOf(d) === 'unclosed-quote'));
      assert.equal(editor.document.getText(), seedText);
    });
  });

  describe('hovers', function () {
    it('names Lee Jae Myung and the cue "he said" on the first quotation', async function () {
      await open(SEED, 'wirefeed');
      const at = placeOf(seedText, SEED_FACTS.firstQuote);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider', seedUri(), pos({ line: at.line, character: at.character + 3 }));
      const text = hoverText(hovers);
      assert.match(text, /Lee Jae Myung/);
      assert.match(text, /he said/);
    });

    it('names Xi Jinping and notes the translator on "(China) is willing"', async function () {
      const at = placeOf(seedText, SEED_FACTS.translatedQuote);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider', seedUri(), pos({ line: at.line, character: at.character + 3 }));
      const text = hoverText(hovers);
      assert.match(text, /Xi Jinping/);
      assert.match(text, /translat|interpret/i);
    });

    it('has no Wire Desk hover outside quotations and mentions', async function () {
      const at = placeOf(seedText, 'high-level exchanges');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seedUri(), pos(at));
      assert.doesNotMatch(hoverText(hovers), /Lee Jae Myung|Xi Jinping/);
    });
  });

  describe('document symbols', function () {
    it('lists the speakers with their quotations as children', async function () {
      await open(SEED, 'wirefeed');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seedUri());
      assert.ok(symbols && symbols.length > 0, 'no symbols');
      const byName = new Map(symbols.map((s) => [s.name, s]));
      for (const name of SEED_FACTS.speakers) assert.ok(byName.has(name), `no ${name} in ${[...byName.keys()].join(', ')}`);
      const lee = byName.get('Lee Jae Myung')!;
      const xi = byName.get('Xi Jinping')!;
      // Two direct and four partial quotations by Lee; two direct and one partial by Xi.
      assert.equal(lee.children.length, 6, lee.children.map((c) => c.name).join(' | '));
      assert.equal(xi.children.length, 3, xi.children.map((c) => c.name).join(' | '));
      assert.ok(lee.children.some((c) => c.name.includes('I hope that')));
      const promoting = xi.children.find((c) => c.name.includes('Promoting the healthy'));
      assert.ok(promoting, xi.children.map((c) => c.name).join(' | '));
      assert.equal(promoting.selectionRange.start.line, placeOf(seedText, SEED_FACTS.lastQuote).line);
      assert.ok(!byName.has('Unattributed'), 'every quotation in the sample has a speaker');
    });
  });

  describe('quick fix', function () {
    it('offers "Mark item as reviewed" on the disclaimer and its edit stamps the item', async function () {
      const editor = await open(SEED, 'wirefeed');
      await waitFor('the unreviewed-item warning', () => ours(seedUri()).some((d) => codeOf(d) === 'unreviewed-item'));
      const line = placeOf(seedText, SEED_FACTS.disclaimer).line;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', seedUri(), new vscode.Range(line, 0, line, 0), vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Mark item as reviewed');
      assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
      assert.ok(fix.edit, 'the fix carries its edit');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      const text = editor.document.getText();
      assert.match(text, new RegExp(`^Reviewed-by: ${REVIEWER}, \\d{4}-\\d{2}-\\d{2}$`, 'm'));
      assert.ok(!text.includes('Disclaimer:'));
      await waitFor('the warning to go', () => !ours(seedUri()).some((d) => codeOf(d) === 'unreviewed-item'));
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), seedText);
      await waitFor('the warning to return', () => ours(seedUri()).some((d) => codeOf(d) === 'unreviewed-item'));
    });

    it('offers no quick fix away from the disclaimer', async function () {
      const at = placeOf(seedText, SEED_FACTS.firstQuote);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', seedUri(), new vscode.Range(pos(at), pos(at)), vscode.CodeActionKind.QuickFix.value);
      assert.ok(!actions.some((a) => a.title === 'Mark item as reviewed'));
    });
  });
});
