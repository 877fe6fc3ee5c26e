// The attribution regression set: wire-style items written by the team (test/fixtures/attribution/*.txt),
// each with a JSON file beside it giving, for every quotation in order, the start of its text, its kind
// and its expected speaker (null when nobody can be named). See test/fixtures/attribution/README.md.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeAttribution, reviewText } from '../../src/core';

/** The repository root: this file runs as out/test/core/attribution-fixtures.test.js. */
const ROOT = join(__dirname, '..', '..', '..');
const DIR = join(ROOT, 'test', 'fixtures', 'attribution');

interface Expected {
  /** The first characters of the quotation's text inside its marks. */
  quote: string;
  kind: 'direct' | 'partial' | 'scare';
  /** The speaker's name as the engine should give it, or null for no speaker. */
  speaker: string | null;
  /** Optional: the rule that should decide it. */
  rule?: string;
  /** Optional: the speaker's title. */
  title?: string;
  /** Optional: the secondary source (`Yonhap`). */
  via?: string | null;
  /** Optional: said through a translator. */
  translated?: boolean;
}

interface Fixture {
  /** What the item is about: the patterns it covers. */
  covers: string[];
  quotes: Expected[];
  /** Set while the engine does not handle the item yet: the test is skipped and says why. */
  pending?: string;
}

const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];

describe('attribution regression set (test/fixtures/attribution)', () => {
  it('has fixtures, each with its JSON', () => {
    assert.ok(files.length >= 20, `only ${files.length} fixtures`);
    for (const f of files) assert.ok(existsSync(join(DIR, f.replace(/\.txt$/, '.json'))), `${f} has no JSON beside it`);
  });

  for (const file of files) {
    const jsonPath = join(DIR, file.replace(/\.txt$/, '.json'));
    if (!existsSync(jsonPath)) continue;
    const fixture = JSON.parse(readFileSync(jsonPath, 'utf8')) as Fixture;
    (fixture.pending ? it.skip : it)(`${file}: ${fixture.covers.join(', ')}`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const items = reviewText(text).items;
      const quotes = items.flatMap((item) => item.quotes.map((q) => ({ q, item })));
      const got = quotes.map(({ q }, i) => {
        const inner = text.slice(q.inner.start, q.inner.end);
        const e = fixture.quotes[i];
        const prefix = e && inner.startsWith(e.quote) ? e.quote : inner.slice(0, 30);
        const row: Record<string, unknown> = { quote: prefix, kind: q.kind, speaker: q.speaker?.name ?? null };
        if (e?.rule !== undefined) row.rule = q.speaker?.rule;
        if (e?.title !== undefined) row.title = q.speaker?.title;
        if (e?.via !== undefined) row.via = q.speaker?.via ?? null;
        if (e?.translated !== undefined) row.translated = q.speaker?.translated ?? false;
        return row;
      });
      assert.deepEqual(got, fixture.quotes);
      // Every attribution explains itself: a rule, a cue (or the cue it continues), and hover lines.
      for (const { q, item } of quotes) {
        if (!q.speaker) continue;
        assert.ok(q.speaker.rule, 'attribution without a rule');
        assert.ok(q.speaker.cue || q.speaker.basis, `no cue for ${JSON.stringify(q.text.slice(0, 40))}`);
        assert.equal(text.slice(q.speaker.mention.start, q.speaker.mention.end), q.speaker.mention.text);
        const lines = describeAttribution(q, item);
        assert.ok(lines[0].startsWith(q.speaker.name), lines[0]);
      }
    });
  }
});
