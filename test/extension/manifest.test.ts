// The extension's manifest (package.json `contributes`) agrees with the code: language, grammar, settings
// (defaults and rule ids), command and code action; the files it names exist and parse.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleList } from '../../src/core';
import { DEFAULT_SETTINGS, RULE_SETTINGS } from '../../src/extension/settings';
import { ROOT } from './helpers';
import { localizedManifest } from './nls';

/** The manifest with its %key% placeholders resolved from package.nls.json, as VS Code shows it. */
const manifest = localizedManifest();
const contributes = manifest.contributes;
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('extension manifest', () => {
  it('declares the wirefeed language ("Wire Feed", .wire) with its configuration and grammar', () => {
    const language = contributes.languages.find((l: any) => l.id === 'wirefeed');
    assert.deepEqual(language.aliases, ['Wire Feed']);
    assert.deepEqual(language.extensions, ['.wire']);
    assert.ok(existsSync(join(ROOT, language.configuration)));
    const grammar = contributes.grammars.find((g: any) => g.language === 'wirefeed');
    assert.equal(grammar.scopeName, 'text.wirefeed');
    assert.equal(readJson(grammar.path).scopeName, 'text.wirefeed');
  });

  it('activates on plain text and wire feed, and supports untrusted and virtual workspaces', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
    assert.ok(manifest.activationEvents.includes('onLanguage:wirefeed'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('settings: defaults match the code, and wireDesk.severity lists exactly the engine rules and levels', () => {
    const props = contributes.configuration.properties;
    assert.equal(props['wireDesk.reviewer'].default, DEFAULT_SETTINGS.reviewer);
    assert.deepEqual(props['wireDesk.disclaimerPhrases'].default, DEFAULT_SETTINGS.disclaimerPhrases);
    assert.equal(props['wireDesk.detectWireItems'].default, DEFAULT_SETTINGS.detectWireItems);
    const severity = props['wireDesk.severity'];
    assert.deepEqual(Object.keys(severity.properties).sort(), ruleList.map((r) => r.id).sort());
    for (const rule of ruleList) {
      assert.deepEqual(severity.properties[rule.id].enum, [...RULE_SETTINGS]);
      assert.ok(severity.properties[rule.id].markdownDescription.includes(`Default: \`${rule.defaultSeverity}\``), rule.id);
    }
    for (const [key, value] of Object.entries<any>(props)) assert.ok(value.markdownDescription || value.description, key);
  });

  it('contributes "Mark item as reviewed" as a command, in wire documents only, and as a quick fix', () => {
    assert.deepEqual(
      contributes.commands.filter((c: any) => c.command === 'wireDesk.markReviewed').map((c: any) => [c.command, c.title]),
      [['wireDesk.markReviewed', 'Mark item as reviewed']],
    );
    const markEntries = [...contributes.menus.commandPalette, ...contributes.menus['editor/context']].filter((e: any) => e.command === 'wireDesk.markReviewed');
    assert.equal(markEntries.length, 2);
    for (const entry of markEntries) assert.equal(entry.when, 'editorLangId == wirefeed');
    assert.deepEqual(contributes.codeActions[0].languages, ['wirefeed']);
    assert.equal(contributes.codeActions[0].actions[0].kind, 'quickfix');
  });

  it('engines.vscode stays satisfiable by VS Code 1.139 and @types/vscode is not newer', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
  });

  it('the language configuration parses and its word pattern keeps words with apostrophes and hyphens whole', () => {
    const config = readJson('language-configuration.json');
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual("Xi's co-prosperity, Lee Jae Myung’s 11 years".match(word), ["Xi's", 'co-prosperity', 'Lee', 'Jae', 'Myung’s', '11', 'years']);
    assert.ok(config.autoClosingPairs.some((p: any) => p.open === '“' && p.close === '”'));
    assert.ok(!config.autoClosingPairs.some((p: any) => p.open === "'"), 'apostrophes are not auto-closed');
  });
});
