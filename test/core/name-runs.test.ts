// The resolver keeps what each capitalised run reads as by the run's text (`nameOfRun`): that reading must
// be the one the run gives read in place (`readRun`), wherever the run stands and whatever surrounds it.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAME_RUN, nameOfRun, readRun, type RunName } from '../../src/core/attribution/name-runs';
import { REAL_ITEMS, ROOT } from './arbitraries';

/** The real wire copy the repository holds: the seeds and wire items of the tests, the bench corpus, the attribution fixtures. */
function realTexts(): string[] {
  const out: string[] = [...REAL_ITEMS];
  for (const dir of ['seeds', 'bench/corpus', 'test/fixtures/attribution']) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) if (name.endsWith('.txt')) out.push(readFileSync(join(ROOT, dir, name), 'utf8'));
  }
  return out;
}

interface Run {
  text: string;
  from: number;
  /** The run without a possessive `'s`, as the resolver reads it. */
  run: string;
}

function runsOf(text: string): Run[] {
  const re = new RegExp(NAME_RUN.source, NAME_RUN.flags);
  const out: Run[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = /['\u2019]s$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
    out.push({ text, from: m.index, run });
  }
  return out;
}

/** What a reading says, without the resolver's bookkeeping. */
function said(r: RunName | undefined) {
  return r && { name: r.name, title: r.title, offset: r.offset, parts: [...r.parts], titleWords: [...r.titleWords] };
}

describe('name runs: the reading kept by run text', () => {
  const runs = realTexts().flatMap(runsOf);

  it('finds the runs of real copy, names among them', () => {
    const names = runs.filter((r) => readRun(r.text, r.from, r.from + r.run.length)).length;
    assert.ok(runs.length > 200 && names > 100, `${runs.length} runs, ${names} names`);
  });

  it('gives the reading of the run in place, first read and kept', () => {
    for (const r of runs) {
      const plain = said(readRun(r.text, r.from, r.from + r.run.length));
      assert.deepEqual(said(nameOfRun(r.run, r.text, r.from)), plain, r.run);
      assert.deepEqual(said(nameOfRun(r.run, r.text, r.from)), plain, r.run);
    }
  });

  it('reads a run the same in any surroundings', () => {
    const around: [string, string][] = [
      ['', ''],
      ['"', '," he said.'],
      ['The minister of ', "'s office said"],
      ['x.', '. Lee'],
      ['\u00e9t\u00e9 ', '\u2019 \ud83d\ude00'],
    ];
    for (const r of runs) {
      const plain = said(readRun(r.text, r.from, r.from + r.run.length));
      for (const [before, after] of around) {
        const text = before + r.run + after;
        assert.deepEqual(said(readRun(text, before.length, before.length + r.run.length)), plain, `${before}|${r.run}|${after}`);
      }
    }
  });

  it('names people with their titles', () => {
    const text = 'South Korean President Lee Jae Myung';
    assert.deepEqual(said(readRun(text, 0, text.length)), {
      name: 'Lee Jae Myung',
      title: 'South Korean President',
      offset: 0,
      parts: ['Lee', 'Jae', 'Myung'],
      titleWords: ['south', 'korean', 'president'],
    });
    assert.equal(readRun('The Foreign Ministry', 0, 20), undefined);
  });
});
