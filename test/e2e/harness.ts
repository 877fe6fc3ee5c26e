// The real-editor harness: installs the packaged extension into a fresh code-server (the real VS Code
// workbench and extension host, served on 127.0.0.1) and drives it with Debian's Chromium through
// playwright-core. Everything it starts is stopped by `stop()`, which the mocha root hooks call
// whether tests pass or fail, and again from process exit/signal handlers as a last resort.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { writeTestItems } from './items';

export const ROOT = path.resolve(__dirname, '../..');
const CACHE = process.env.CACHE_DIR ?? path.join(ROOT, '.cache');
const NODE24 = path.join(CACHE, 'node24/bin/node');
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS_DIR = path.join(ROOT, 'test-results/e2e');
export const REVIEWER = 'E2E Tester';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** User settings for every window: quiet, deterministic, no network, nothing but our extension. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'editor.hover.delay': 200,
  'editor.lightbulb.enabled': 'on',
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  // Wire copy is prose: wrap it, as an editor would (also keeps screenshots readable).
  '[wirefeed]': { 'editor.wordWrap': 'on' },
  '[plaintext]': { 'editor.wordWrap': 'on' },
  'files.autoSave': 'off',
  'outline.collapseItems': 'alwaysExpand',
  'wireDesk.reviewer': REVIEWER,
};

export function log(message: string): void {
  console.log(`      [e2e] ${message}`);
}

/** Polls `check` until it returns a truthy value or `timeout` ms pass. */
export async function waitFor<T>(what: string, check: () => Promise<T> | T, timeout = 20000, interval = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

export class Harness {
  readonly tmp: string;
  readonly userData: string;
  readonly extensions: string;
  private server?: ChildProcess;
  private serverLog = '';
  private browser?: Browser;
  private contexts: BrowserContext[] = [];
  url = '';
  private stopped = false;

  private constructor() {
    // Short path: code-server puts a unix socket in the user-data dir.
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wde2e-'));
    this.userData = path.join(this.tmp, 'user');
    this.extensions = path.join(this.tmp, 'ext');
  }

  static async start(vsixes: string[]): Promise<Harness> {
    for (const file of [NODE24, CODE_SERVER, CHROMIUM]) {
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run bash .ci/e2e-setup.sh (npm run test:e2e does)`);
    }
    const harness = new Harness();
    activeHarnesses.add(harness);
    try {
      harness.installExtensions(vsixes);
      await harness.startServer();
      await harness.startBrowser();
    } catch (error) {
      await harness.stop();
      throw error;
    }
    return harness;
  }

  private env(): NodeJS.ProcessEnv {
    const xdg = path.join(this.tmp, 'xdg');
    return {
      ...process.env,
      PATH: `${path.dirname(NODE24)}:${process.env.PATH ?? ''}`,
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'),
      // code-server must not try to reach the extension gallery.
      EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/"}',
    };
  }

  private baseArgs(): string[] {
    return [
      CODE_SERVER,
      '--config', path.join(this.tmp, 'config.yaml'),
      '--user-data-dir', this.userData,
      '--extensions-dir', this.extensions,
      '--disable-telemetry',
      '--disable-update-check',
    ];
  }

  private installExtensions(vsixes: string[]): void {
    const started = Date.now();
    fs.mkdirSync(path.join(this.userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    fs.writeFileSync(path.join(this.tmp, 'config.yaml'), 'auth: none\ncert: false\n');
    for (const vsix of vsixes) {
      if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing (node scripts/e2e/build.mjs packages it)`);
      const result = spawnSync(NODE24, [...this.baseArgs(), '--install-extension', vsix], {
        env: this.env(),
        encoding: 'utf8',
        timeout: 120000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      if (result.status !== 0 || !/successfully installed/i.test(output)) {
        throw new Error(`installing ${path.basename(vsix)} failed (exit ${result.status}):\n${output}`);
      }
    }
    log(`installed ${vsixes.map((v) => path.basename(v)).join(', ')} in ${Date.now() - started} ms`);
  }

  private async startServer(): Promise<void> {
    const started = Date.now();
    const args = [...this.baseArgs(), '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened'];
    // Its own process group, so stop() can end code-server and everything it spawned.
    const server = spawn(NODE24, args, { env: this.env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.server = server;
    const logFile = fs.createWriteStream(path.join(this.tmp, 'code-server.log'));
    const onData = (chunk: Buffer) => {
      logFile.write(chunk);
      if (this.serverLog.length < 200000) this.serverLog += chunk.toString();
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    const exited = new Promise<never>((_, reject) =>
      server.once('exit', (code, signal) => reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${this.serverLog}`))),
    );
    const listening = waitFor('code-server to listen', () => /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(this.serverLog)?.[1], 60000);
    this.url = (await Promise.race([listening, exited])).replace(/\/$/, '');
    log(`code-server ${this.url} (pid ${server.pid}) up in ${Date.now() - started} ms`);
  }

  private async startBrowser(): Promise<void> {
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60000 });
  }

  /** A fresh folder under the harness's temp dir holding a copy of seeds/ and the test items. */
  makeWorkspace(name: string): string {
    const dir = path.join(this.tmp, 'ws', name);
    fs.mkdirSync(dir, { recursive: true });
    fs.cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
    writeTestItems(dir);
    return dir;
  }

  /** Opens a new browser window (its own context) on `folder` and waits for the workbench. */
  async openWindow(folder: string): Promise<Workbench> {
    if (!this.browser) throw new Error('browser not started');
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    const started = Date.now();
    await page.goto(`${this.url}/?folder=${encodeURIComponent(folder)}`);
    const workbench = new Workbench(page);
    await workbench.ready();
    log(`workbench ready in ${Date.now() - started} ms`);
    return workbench;
  }

  async closeWindow(workbench: Workbench): Promise<void> {
    const context = workbench.page.context();
    this.contexts = this.contexts.filter((c) => c !== context);
    await context.close().catch(() => undefined);
  }

  /** Stops the browser and code-server and removes the temp dir (kept with E2E_KEEP=1). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const context of this.contexts) await context.close().catch(() => undefined);
    await this.browser?.close().catch(() => undefined);
    const server = this.server;
    if (server?.pid && server.exitCode === null && server.signalCode === null) {
      const gone = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      killGroup(server.pid, 'SIGTERM');
      const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000));
      if ((await Promise.race([gone, timer])) === 'timeout') killGroup(server.pid, 'SIGKILL');
    }
    if (server?.pid) killGroup(server.pid, 'SIGKILL'); // stragglers in the group, if any
    activeHarnesses.delete(this);
    if (process.env.E2E_KEEP) log(`kept ${this.tmp}`);
    else fs.rmSync(this.tmp, { recursive: true, force: true, maxRetries: 3 });
  }

  /** Synchronous last resort for process exit. */
  killNow(): void {
    if (this.server?.pid) killGroup(this.server.pid, 'SIGKILL');
  }

  serverOutput(): string {
    return this.serverLog;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

const activeHarnesses = new Set<Harness>();
process.on('exit', () => {
  for (const harness of activeHarnesses) harness.killNow();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    void Promise.all([...activeHarnesses].map((h) => h.stop())).finally(() => process.exit(130));
  });
}

const norm = (text: string) => text.replace(/\u00a0/g, ' ');

/** One workbench window, read and driven the way a person does: keys, mouse, what is on screen. */
export class Workbench {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    // The explorer lists the folder once the remote file system and extension host are connected.
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  }

  /** Runs a command from the command palette by its label, as a person would type it. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    await row.waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Ctrl+P, the workspace-relative path, Enter; waits for the editor to show the file and returns
   * that moment (Date.now()). The first Quick Open in a new window takes a few seconds (file search).
   */
  async openFile(relPath: string): Promise<number> {
    const name = path.basename(relPath);
    const started = Date.now();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relPath);
    await this.page
      .locator('.quick-input-list .monaco-list-row', { hasText: name })
      .first()
      .waitFor({ state: 'visible', timeout: 30000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 60000 });
    await this.editor().locator('.view-lines').waitFor({ state: 'visible' });
    const shown = Date.now();
    log(`opened ${relPath} in ${shown - started} ms (Quick Open to editor)`);
    return shown;
  }

  /** The active text editor in the editor area (not the quick input or a panel's input box). */
  editor() {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  async statusItem(id: string): Promise<string> {
    const item = this.page.locator(`.statusbar [id="${id}"]`);
    if ((await item.count()) === 0) return '';
    return norm(await item.first().innerText()).trim();
  }

  /** The language mode shown in the status bar, e.g. "Wire Feed" or "Plain Text". */
  languageMode(): Promise<string> {
    return this.statusItem('status.editor.mode');
  }

  async waitForLanguage(mode: string, timeout = 20000): Promise<void> {
    await waitFor(`language mode "${mode}"`, async () => (await this.languageMode()) === mode, timeout);
  }

  /** Errors, warnings and infos counted in the status bar's problems item ("Warnings: 1, Infos: 4"). */
  async problemCounts(): Promise<{ errors: number; warnings: number; infos: number }> {
    const label = (await this.page.locator('.statusbar [id="status.problems"]').first().getAttribute('aria-label')) ?? '';
    if (!/^No Problems|Errors?:|Warnings?:|Infos?:/i.test(label)) throw new Error(`unexpected problems label: ${label}`);
    const count = (what: string) => {
      const m = new RegExp(`${what}s?:\\s*(\\d+(?:\\.\\d+)?)(K?)`, 'i').exec(label);
      return m ? Math.round(Number(m[1]) * (m[2] ? 1000 : 1)) : 0;
    };
    return { errors: count('error'), warnings: count('warning'), infos: count('info') };
  }

  /** The Wire Desk status bar item's text ("Unreviewed · 9 quotes · 2 speakers"), '' when hidden. */
  wireStatus(): Promise<string> {
    return this.statusItem('wire-desk.wire-desk.wireDesk.status');
  }

  /** Ctrl+G to a 0-based line and character. */
  async goTo(line: number, character: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line + 1}:${character + 1}`); // Ctrl+G opens Quick Open in ":" (go to line) mode
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await waitFor(`cursor at ${line + 1}:${character + 1}`, async () => {
      const pos = await this.cursor();
      return pos.line === line && pos.character === character;
    });
  }

  /** The cursor position from the status bar ("Ln 7, Col 2"), 0-based. */
  async cursor(): Promise<{ line: number; character: number }> {
    const text = await this.statusItem('status.editor.selection');
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    if (!m) throw new Error(`no cursor position in status bar: ${text}`);
    return { line: Number(m[1]) - 1, character: Number(m[2]) - 1 };
  }

  /**
   * Moves the mouse over the character at (line, character) and returns the text of the hover's
   * Markdown parts: what hover providers (Wire Desk's) answered, without the problem hover VS Code
   * adds on a squiggle. The character's place on screen is found by putting the cursor there
   * (Ctrl+G) and reading where the editor draws it; the mouse then rests over the character itself.
   */
  async hoverAt(line: number, character: number): Promise<{ text: string; ms: number }> {
    await this.goTo(line, character);
    const cursor = this.editor().locator('.cursors-layer .cursor').first();
    const box = await waitFor('the cursor to be drawn', () => cursor.boundingBox());
    await this.page.mouse.move(5, 5);
    await this.hideHover();
    await this.page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
    const moved = Date.now();
    const parts = this.page.locator('.monaco-hover:not(.hidden) .markdown-hover');
    await parts.first().waitFor({ state: 'visible', timeout: 10000 });
    const ms = Date.now() - moved;
    // Several providers may answer; give them a moment to settle.
    await this.page.waitForTimeout(300);
    return { text: norm((await parts.allInnerTexts()).join('\n')), ms };
  }

  async hideHover(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** The text of rendered editor lines (only those on screen). */
  async visibleLines(): Promise<string[]> {
    const lines = await this.editor().locator('.view-line').allInnerTexts();
    return lines.map(norm);
  }

  /** Drags the side bar's edge to the right by `px` (as a person widens it for long labels). */
  async widenSideBar(px: number): Promise<void> {
    const box = await this.page.locator('.part.sidebar').first().boundingBox();
    if (!box) return;
    const x = box.x + box.width + 1;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + px, y, { steps: 8 });
    await this.page.mouse.up();
    await this.page.mouse.move(box.x + 100, box.y + box.height - 120); // off the sash: no highlight
  }

  /** The Outline view's pane in the Explorer. */
  private outlinePane() {
    return this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: /^\s*Outline/ }) }).first();
  }

  /**
   * Shows the Outline (collapsing the folder tree above it, so it has the side bar's height) and
   * returns its rows: text and tree level (1 = top).
   */
  async outline(): Promise<{ text: string; level: number }[]> {
    await this.runCommand('Explorer: Focus on Outline View');
    const folders = this.page.locator('.pane', { has: this.page.locator('.explorer-folders-view') }).first();
    if ((await folders.getAttribute('class'))?.includes('expanded')) await folders.locator('.pane-header').click();
    const rows = this.outlinePane().locator('.monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    await this.page.waitForTimeout(300);
    const out: { text: string; level: number }[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      out.push({ text: norm(await row.innerText()).replace(/\s+/g, ' ').trim(), level: Number(await row.getAttribute('aria-level')) });
    }
    return out;
  }

  outlineRow(text: string) {
    return this.outlinePane().locator('.monaco-list-row', { hasText: text }).first();
  }

  /** Opens the Problems panel and returns its rows' text. */
  async problems(): Promise<string[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible' });
    await this.page.waitForTimeout(300);
    const rows = panel.locator('.monaco-list-row');
    const out: string[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      out.push(norm(`${await row.innerText()} | ${(await row.getAttribute('aria-label')) ?? ''}`));
    }
    return out;
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(path.join(RESULTS_DIR, 'screenshots'), { recursive: true });
    const file = path.join(RESULTS_DIR, 'screenshots', `${name}.png`);
    await this.page.screenshot({ path: file });
    if (process.env.E2E_UPDATE_DOCS) {
      const docs = path.join(ROOT, 'docs/images');
      fs.mkdirSync(docs, { recursive: true });
      fs.copyFileSync(file, path.join(docs, `${name}.png`));
    }
    return file;
  }
}
