// Trust: the extension only reads text. It runs no code from the workspace, opens no network connection and
// sends no telemetry, so it declares support for untrusted and virtual workspaces. Checked on the built
// bundles (what ships) and on the sources (what a reviewer reads).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';
import { localizedManifest } from './nls';

const BUNDLES = ['dist/extension.js', 'dist/web/extension.js'].map((p) => join(ROOT, p)).filter((p) => existsSync(p));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const EXTENSION_SOURCES = [...sources(join(ROOT, 'src', 'extension')), ...sources(join(ROOT, 'src', 'core'))];

describe('extension trust: reads text, runs nothing, sends nothing', () => {
  it('the bundles load only vscode (and os, for the user name in the desktop bundle)', () => {
    assert.ok(BUNDLES.length >= 1, 'build first: node esbuild.mjs');
    for (const bundle of BUNDLES) {
      const modules = new Set([...readFileSync(bundle, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
      for (const m of modules) assert.ok(m === 'vscode' || m === 'os' || m === 'node:os', `${bundle} requires ${m}`);
    }
  });

  it('no process, network, dynamic code or telemetry in the bundles', () => {
    const forbidden = [
      /child_process/, /\bworker_threads\b/, /require\(\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns|vm|inspector)["']/,
      /\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bnavigator\.sendBeacon\b/,
      /\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bimport\s*\(/,
      /createTelemetryLogger|TelemetryReporter|applicationinsights/i,
    ];
    for (const bundle of BUNDLES) {
      const code = readFileSync(bundle, 'utf8');
      for (const pattern of forbidden) assert.doesNotMatch(code, pattern, `${bundle}: ${pattern}`);
    }
  });

  it('the sources start no task, terminal or process and open no external link on their own', () => {
    const forbidden = [/vscode\.tasks\b/, /createTerminal/, /ShellExecution|ProcessExecution/, /env\.openExternal/, /\bdebug\.startDebugging/];
    for (const file of EXTENSION_SOURCES) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of forbidden) assert.doesNotMatch(code, pattern, `${file}: ${pattern}`);
      // Commands run are VS Code's context and Problems view, or Wire Desk's own: never a name from the workspace.
      for (const m of code.matchAll(/executeCommand(?:<[^>]*>)?\(\s*([^,)]+)/g)) {
        const target = m[1].trim();
        assert.ok(
          /^'(?:setContext|workbench\.actions\.view\.problems|wireDesk\.[\w.]+)'$/.test(target) || /^(?:hooks\.markReviewedCommand|MARK_REVIEWED_COMMAND)$/.test(target),
          `${file} runs the command ${target}`,
        );
      }
    }
  });

  it('the manifest declares untrusted and virtual workspace support, and contributes no task, terminal or debugger', () => {
    const manifest = localizedManifest(); // descriptions as shown (package.nls.json)
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    for (const key of ['taskDefinitions', 'terminal', 'debuggers', 'problemMatchers']) assert.equal(manifest.contributes[key], undefined, key);
    // No setting names a program, a command line or an address.
    for (const [name, spec] of Object.entries<any>(manifest.contributes.configuration.properties)) {
      assert.doesNotMatch(`${name} ${spec.markdownDescription ?? spec.description ?? ''}`, /\b(?:executable|command line|shell|url|endpoint|server)\b/i, name);
    }
  });

  it('the README says so, in a Trust and privacy section', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = /^## Trust and privacy\n([\s\S]*?)(?=^## )/m.exec(readme);
    assert.ok(section, 'README has a "## Trust and privacy" section');
    for (const words of [/untrusted/i, /virtual/i, /telemetry/i, /network/i, /runs no code/i]) assert.match(section[1], words);
  });
});
