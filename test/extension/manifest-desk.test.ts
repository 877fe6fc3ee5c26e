// The manifest's contributions for the desk across the workspace agree with the code: the commands the
// extension registers, the two views, keybindings, settings and their defaults, the JSON schema of
// `.wiredesk.json` (rules and levels as in the engine), and the quick fix.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_KEYS } from '../../src/core/config/config';
import { RULE_LEVELS, ruleList } from '../../src/core';
import { DEFAULT_QUEUE_SETTINGS } from '../../src/extension/queue-settings';
import { ROOT } from './helpers';
import { localizedManifest } from './nls';

/** The manifest with its %key% placeholders resolved from package.nls.json, as VS Code shows it. */
const manifest = localizedManifest();
const contributes = manifest.contributes;
const declared = new Set<string>(contributes.commands.map((c: any) => c.command));

/** Every command id the extension's sources register (string literals and exported constants). */
function registeredCommands(): Set<string> {
  const dir = join(ROOT, 'src', 'extension');
  const sources = readdirSync(dir).filter((n) => n.endsWith('.ts')).map((n) => readFileSync(join(dir, n), 'utf8')).join('\n');
  const constants = new Map<string, string>();
  for (const m of sources.matchAll(/export const (\w+_COMMAND) = '([^']+)'/g)) constants.set(m[1], m[2]);
  for (const m of sources.matchAll(/const (\w+_COMMAND) = '([^']+)'/g)) constants.set(m[1], m[2]);
  const ids = new Set<string>();
  for (const m of sources.matchAll(/registerCommand\(\s*(?:'([^']+)'|(\w+))/g)) {
    const id = m[1] ?? constants.get(m[2]);
    assert.ok(id, `registerCommand(${m[2]}): constant not found`);
    ids.add(id);
  }
  return ids;
}

describe('extension manifest: the desk', () => {
  it('every command the extension registers is declared, and every declared one is registered', () => {
    const registered = registeredCommands();
    for (const id of registered) assert.ok(declared.has(id), `${id} is registered but not in contributes.commands`);
    for (const id of declared) assert.ok(registered.has(id), `${id} is declared but never registered`);
  });

  it('menus and keybindings name declared commands; helper commands stay out of the palette', () => {
    for (const [place, entries] of Object.entries<any[]>(contributes.menus)) {
      for (const e of entries) assert.ok(declared.has(e.command), `${place}: ${e.command}`);
    }
    const hidden = contributes.menus.commandPalette.filter((e: any) => e.when === 'false').map((e: any) => e.command).sort();
    assert.deepEqual(hidden, ['wireDesk.acceptFinding', 'wireDesk.openAt', 'wireDesk.queue.markReviewed', 'wireDesk.queue.open']);
    const keys = contributes.keybindings.map((k: any) => [k.command, k.key, k.mac]);
    assert.deepEqual(keys, [
      ['wireDesk.nextUnreviewed', 'ctrl+alt+u', 'cmd+alt+u'],
      ['wireDesk.previousUnreviewed', 'ctrl+alt+shift+u', 'cmd+alt+shift+u'],
    ]);
    const inline = contributes.menus['view/item/context'].find((e: any) => e.group === 'inline');
    assert.equal(inline.command, 'wireDesk.queue.markReviewed');
    assert.equal(inline.when, 'view == wireDesk.queue && viewItem == wireDesk.queueItem.markable');
  });

  it('the Wire Desk and Speakers views are in the Explorer', () => {
    assert.deepEqual(
      contributes.views.explorer.map((v: any) => [v.id, v.name]),
      [['wireDesk.queue', 'Wire Desk'], ['wireDesk.speakers', 'Wire Desk: Speakers']],
    );
  });

  it('queue settings: defaults as in the code', () => {
    const props = contributes.configuration.properties;
    assert.deepEqual(props['wireDesk.include'].default, DEFAULT_QUEUE_SETTINGS.include);
    assert.deepEqual(props['wireDesk.exclude'].default, DEFAULT_QUEUE_SETTINGS.exclude);
    assert.equal(props['wireDesk.workspaceDiagnostics'].default, false);
  });

  it('contributes the .wiredesk.json schema: every rule with every level, every key the loader knows', () => {
    const validation = contributes.jsonValidation.find((j: any) => j.fileMatch === '.wiredesk.json');
    assert.ok(validation && existsSync(join(ROOT, validation.url)));
    const schema = JSON.parse(readFileSync(join(ROOT, validation.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), [...KNOWN_KEYS].sort());
    assert.equal(schema.additionalProperties, false);
    const severity = schema.properties.severity.properties;
    assert.deepEqual(Object.keys(severity).sort(), ruleList.map((r) => r.id).sort());
    for (const rule of ruleList) {
      assert.deepEqual(severity[rule.id].enum, [...RULE_LEVELS]);
      assert.ok(severity[rule.id].markdownDescription.endsWith(`Default: \`${rule.defaultSeverity}\`.`), rule.id);
    }
    assert.deepEqual(schema.properties.accepted.items.properties.rule.enum.sort(), ruleList.map((r) => r.id).sort());
    assert.deepEqual(schema.properties.accepted.items.required, ['rule', 'item', 'text']);
  });

  it('.wiredesk.json opens as JSON with Comments (comments and trailing commas are allowed in it)', () => {
    assert.ok(contributes.languages.some((l: any) => l.id === 'jsonc' && l.filenames?.includes('.wiredesk.json')));
  });

  it('declares the accept quick fix and activates where a .wiredesk.json is', () => {
    assert.ok(contributes.codeActions[0].actions.some((a: any) => a.title === 'Accept this finding for this item'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/.wiredesk.json'));
  });
});
