// The extension's side of `.wiredesk.json` (pure parts): which config applies to a document, how the
// settings override it, ignore globs, the per-document options of the review store, and the quick fix
// "Accept this finding for this item" (what it offers and records, and that the finding then goes away).
import { strict as assert } from 'node:assert';
import { reviewText, ruleList } from '../../src/core';
import { applyEdit, planAcceptance } from '../../src/core/config/edit';
import { acceptableFindings, acceptanceRecord, findingAt } from '../../src/extension/accept-plan';
import { ReviewStore } from '../../src/extension/cache';
import { ConfigIndex, documentOptions, effectiveFor, loadConfig } from '../../src/extension/config-state';
import { DEFAULT_SETTINGS, type WireDeskSettings } from '../../src/extension/settings';
import { SEED_TEXT } from './helpers';

const RULES = ruleList.map((r) => r.id);
const ROOT = 'file://';
const settings = (extra: Partial<WireDeskSettings> = {}): WireDeskSettings => ({ ...DEFAULT_SETTINGS, disclaimerPhrases: [], severity: {}, ...extra });

describe('extension: which .wiredesk.json applies', () => {
  const index = new ConfigIndex();
  index.set(loadConfig(ROOT, '/ws', 'ws/.wiredesk.json', '{ "severity": { "secondary-source": "off" }, "reviewer": "Night Desk", "ignore": ["archive/**"] }', RULES));
  index.set(loadConfig(ROOT, '/ws/sport', 'ws/sport/.wiredesk.json', '{ "ignore": ["*.draft.txt"] }', RULES));
  index.set(loadConfig(ROOT, '/elsewhere', 'elsewhere/.wiredesk.json', '{}', RULES));

  it('the nearest config above the file, not above its workspace folder', () => {
    assert.equal(index.nearest(ROOT, '/ws/in/a.txt', '/ws')?.folder, '/ws');
    assert.equal(index.nearest(ROOT, '/ws/sport/x/b.txt', '/ws')?.folder, '/ws/sport');
    assert.equal(index.nearest(ROOT, '/elsewhere/in/c.txt', '/elsewhere/in'), undefined, 'stops at the workspace folder');
    assert.equal(index.nearest(ROOT, '/elsewhere/in/c.txt')?.folder, '/elsewhere', 'no workspace folder: up to the root');
    assert.equal(index.nearest('vscode-vfs://github', '/ws/in/a.txt', '/ws'), undefined, 'another file system');
  });

  it('ignore globs are relative to the config folder', () => {
    assert.ok(index.ignores(ROOT, '/ws/archive/2024/a.txt', '/ws'));
    assert.ok(!index.ignores(ROOT, '/ws/in/a.txt', '/ws'));
    assert.ok(index.ignores(ROOT, '/ws/sport/x/b.draft.txt', '/ws'));
    assert.ok(!index.ignores(ROOT, '/ws/sport/archive/2024/a.txt', '/ws'), 'the nearer config replaces the farther one');
  });

  it('settings override the config for one user; the config reviewer when the user has none', () => {
    const loaded = index.nearest(ROOT, '/ws/in/a.txt', '/ws');
    assert.equal(effectiveFor(loaded, settings()).reviewer, 'Night Desk');
    assert.equal(effectiveFor(loaded, settings({ reviewer: 'Ana' })).reviewer, 'Ana');
    assert.deepEqual(documentOptions(loaded, settings()).severities, { 'secondary-source': 'off' });
    assert.deepEqual(documentOptions(loaded, settings({ severity: { 'secondary-source': 'hint' } })).severities, { 'secondary-source': 'hint' });
    assert.equal(documentOptions(loaded, settings()).wholeTextIsItem, true);
  });

  it('a bad config keeps its problems (file, line, key) and the defaults', () => {
    const bad = loadConfig(ROOT, '/bad', 'bad/.wiredesk.json', '{\n  "severity": "loud"\n}', RULES);
    assert.deepEqual(
      bad.problems.map((p) => [p.file, p.line, p.key]),
      [['bad/.wiredesk.json', 2, 'severity']],
    );
    assert.deepEqual(documentOptions(bad, settings()).severities, {});
  });

  it('the version moves on every change (the option cache keys on it)', () => {
    const v = index.version;
    index.delete(ROOT, '/elsewhere');
    assert.ok(index.version > v);
    assert.equal(index.delete(ROOT, '/nowhere'), false);
  });
});

describe('extension: review store options per document', () => {
  it('each document is reviewed with its own options', () => {
    const store = new ReviewStore({}, () => undefined, 0);
    store.optionsFor = (key) => (key === 'quiet' ? { severities: { 'secondary-source': 'off' }, wholeTextIsItem: true } : undefined);
    const source = { version: 1, getText: () => SEED_TEXT };
    const rules = (key: string) => store.get(key, source).items[0].findings.map((f) => f.rule);
    assert.ok(rules('loud').includes('secondary-source'));
    assert.ok(!rules('quiet').includes('secondary-source'));
    store.dispose();
  });
});

describe('extension: Accept this finding for this item', () => {
  const review = reviewText(SEED_TEXT);
  const secondary = review.items[0].findings.find((f) => f.rule === 'secondary-source')!;

  it('offers acceptance for findings under the cursor, never for the unreviewed item itself', () => {
    const hits = acceptableFindings(review, secondary.start + 2, secondary.start + 2);
    assert.deepEqual(hits.map((h) => h.finding.rule), ['secondary-source']);
    const disclaimer = review.items[0].findings.find((f) => f.rule === 'unreviewed-item')!;
    assert.deepEqual(acceptableFindings(review, disclaimer.start, disclaimer.end), []);
    assert.equal(findingAt(review, secondary.start, 'secondary-source')?.finding, secondary);
    assert.equal(findingAt(review, secondary.start, 'translated-quote'), undefined);
  });

  it('records rule, item, words, who and when; the finding then goes away after edits elsewhere too', () => {
    const hit = findingAt(review, secondary.start, 'secondary-source')!;
    const record = acceptanceRecord(hit, SEED_TEXT, 'Ana', '2025-11-02');
    assert.deepEqual(record, { rule: 'secondary-source', item: '2025-11-01 Gyeongju', text: '"vertical structure"', by: 'Ana', date: '2025-11-02' });
    const plan = planAcceptance(undefined, record);
    assert.ok('edit' in plan);
    const configText = applyEdit('', plan.edit);
    const loaded = loadConfig(ROOT, '/ws', '.wiredesk.json', configText, RULES);
    assert.deepEqual(loaded.problems, []);
    const options = documentOptions(loaded, settings());
    const words = (text: string) =>
      reviewText(text, options).items[0].findings.filter((f) => f.rule === 'secondary-source').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(words(SEED_TEXT), ['"horizontal one,"', '"mutually beneficial"']);
    const edited = SEED_TEXT.replace('Lee noted that', 'Lee, 62, noted that').replace('On economic ties,', 'On economic and trade ties,');
    assert.deepEqual(words(edited), ['"horizontal one,"', '"mutually beneficial"']);
  });
});
