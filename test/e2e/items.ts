// Test items shared by the page-level scenarios (test/e2e) and the extension-host suite
// (test/vscode): what they are, where they sit in the workspace, and where things are in them.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The sample wire item, copied unchanged from seeds/. */
export const SEED = 'seeds/000_557be8cb5a940d7c.txt';

/** A .txt file without a wire header: must stay Plain Text and get no diagnostics. */
export const PLAIN = 'items/plain-notes.txt';
export const PLAIN_TEXT = [
  'Notes for the night desk',
  '',
  'Call the bureau about the "late file" before 22:00, she said.',
  'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor',
  '',
].join('\n');

/** A reviewed wire item with a .wire extension (wirefeed without detection). */
export const REVIEWED = 'items/reviewed.wire';
export const REVIEWED_TEXT = [
  'date 2025-11-03 SEOUL, Nov. 3 (Yonhap) -- Finance Minister Koo Yun-cheol said on Monday the budget would be submitted on time.',
  '',
  '"We will keep our promise to parliament," Koo said.',
  '',
  'Reviewed-by: Night Desk, 2025-11-03',
  '',
].join('\n');

/** Writes the test items under `workspace` (next to the copy of seeds/). */
export function writeTestItems(workspace: string): void {
  fs.mkdirSync(path.join(workspace, 'items'), { recursive: true });
  fs.writeFileSync(path.join(workspace, PLAIN), PLAIN_TEXT);
  fs.writeFileSync(path.join(workspace, REVIEWED), REVIEWED_TEXT);
}

export interface Place {
  line: number; // 0-based
  character: number; // 0-based, UTF-16
}

/** Where `needle` starts in `text` (0-based line and character); throws when absent. */
export function placeOf(text: string, needle: string, from = 0): Place {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`not found in text: ${needle}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Things the tests look for in the sample item. */
export const SEED_FACTS = {
  firstQuote: '"I hope that',
  translatedQuote: '"(China) is willing',
  lastQuote: '"Promoting the healthy',
  disclaimer: 'Disclaimer: This post has been auto-published',
  speakers: ['Lee Jae Myung', 'Xi Jinping'],
};

/**
 * A large feed made of `count` copies of the sample item, one after another (each one unreviewed,
 * so each carries one unreviewed-item warning). 2,500 copies are about 5.7 MB.
 */
export function largeFeed(seedText: string, count: number): string {
  const item = seedText.replace(/\s+$/, '');
  return Array.from({ length: count }, () => item).join('\n\n') + '\n';
}
