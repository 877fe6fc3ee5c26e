// Test-only bridge extension, installed next to Wire Desk in the code-server the e2e harness starts.
// code-server has no --extensionDevelopmentPath/--extensionTestsPath, so this extension plays that
// role: when the opened folder holds HOST_TESTS_CONFIG, it loads the extension-host suite
// (out/vscode/index.js) from the path given there, runs it with mocha inside this extension host and
// writes the results as JSON where the harness waits for them. In any other folder it does nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const HOST_TESTS_CONFIG = '.wire-desk-host-tests.json';

interface BridgeConfig {
  suite: string; // absolute path of out/vscode/index.js
  results: string; // where to write the JSON results
}

export function activate(): void {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const configPath = path.join(folder.uri.fsPath, HOST_TESTS_CONFIG);
    if (!fs.existsSync(configPath)) continue;
    const config = JSON.parse(fs.readFileSync(configPath, 'utf8')) as BridgeConfig;
    void runSuite(config);
    return;
  }
}

async function runSuite(config: BridgeConfig): Promise<void> {
  const write = (value: unknown) => {
    const tmp = `${config.results}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(value, null, 2));
    fs.renameSync(tmp, config.results);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const suite = require(config.suite) as { runAndCollect(): Promise<unknown> };
    write(await suite.runAndCollect());
  } catch (error) {
    write({ error: error instanceof Error ? error.stack ?? error.message : String(error), tests: [] });
  }
}

export function deactivate(): void {}
