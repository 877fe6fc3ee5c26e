// `npm run test:vscode`: runs the extension-host suite (test/vscode/suite) in VS Code desktop through
// @vscode/test-electron. That downloads a VS Code build from Microsoft's update server, so it needs a
// machine that can reach it (this project's CI machines cannot; there `npm run test:e2e` runs the same
// suite inside code-server instead). The workspace is a temporary copy of seeds/ plus the test items.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { writeTestItems } from '../e2e/items';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-desk-vscode-'));
  try {
    fs.cpSync(path.join(root, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
    writeTestItems(workspace);
    const code = await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    process.exitCode = code;
  } catch (error) {
    console.error('Extension-host tests failed:', error);
    console.error('(@vscode/test-electron downloads VS Code; where that is impossible, `npm run test:e2e` runs the same suite inside code-server.)');
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
