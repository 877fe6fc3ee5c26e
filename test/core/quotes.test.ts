// Quotation spans on wire text: straight and curly marks, apostrophes, nesting, multi-paragraph, unclosed.
import assert from 'node:assert/strict';
import { reviewText } from '../../src/core';

const HEAD = 'date 2025-11-01 SEOUL, Nov 1 (Yonhap) -- ';

function quotesOf(body: string) {
  const text = HEAD + body;
  const item = reviewText(text).items[0];
  return item.quotes.map((q) => ({ text: text.slice(q.start, q.end), kind: q.kind, closed: q.closed, paragraphs: q.paragraphs, speaker: q.speaker?.name ?? null }));
}

describe('quotations', () => {
  it('never takes an apostrophe for a quote mark', () => {
    const qs = quotesOf("Korea's envoy said the talks were \u201cgood.\u201d It's the country's first.");
    assert.deepEqual(qs.map((q) => q.text), ['\u201cgood.\u201d']);
  });

  it('keeps single quotes nested inside a quotation', () => {
    const qs = quotesOf(`The minister said: "He told me 'we will never agree' and left."`);
    assert.equal(qs.length, 1);
    assert.equal(qs[0].text, `"He told me 'we will never agree' and left."`);
    assert.equal(qs[0].speaker, 'the minister'); // no person with that title is named before it
  });

  it('keeps double quotes of the other style nested inside the outer quotation', () => {
    const qs = quotesOf('\u201cThey called it "a disaster" on air,\u201d Kim Min-seok said.');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker, 'Kim Min-seok');
  });

  it('runs a quotation over paragraphs that reopen with a quote mark, only the last closing', () => {
    const qs = quotesOf('Moon said:\n\n"We will keep the door open.\n\n"We will not wait forever."\n\nThe talks end on Sunday.');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].paragraphs, 2);
    assert.equal(qs[0].closed, true);
    assert.equal(qs[0].kind, 'direct');
    assert.equal(qs[0].speaker, 'Moon');
  });

  it('reports a quotation that never closes instead of guessing its end', () => {
    const text = HEAD + 'Talks resumed.\n\n"We will keep talking to Pyongyang, Lee said.\n\nThe summit ends on Sunday.';
    const item = reviewText(text).items[0];
    assert.equal(item.quotes.length, 1);
    assert.equal(item.quotes[0].closed, false);
    assert.equal(item.quotes[0].speaker, null);
    const f = item.findings.find((x) => x.rule === 'unclosed-quote');
    assert.ok(f);
    assert.equal(f.severity, 'error');
    assert.equal(text[f.start], '"');
    assert.equal(item.findings.filter((x) => x.rule === 'unattributed-quote').length, 0);
  });

  it('finds curly and straight quotations alike', () => {
    const straight = quotesOf('"We are ready," Lee said.');
    const curly = quotesOf('\u201cWe are ready,\u201d Lee said.');
    assert.deepEqual(straight.map((q) => [q.kind, q.speaker]), [['direct', 'Lee']]);
    assert.deepEqual(curly.map((q) => [q.kind, q.speaker]), [['direct', 'Lee']]);
  });

  it('treats so-called terms as scare quotes: no speaker, no finding', () => {
    const text = HEAD + 'Seoul revived its so-called "sunshine policy" last year.';
    const item = reviewText(text).items[0];
    assert.equal(item.quotes[0].kind, 'scare');
    assert.equal(item.quotes[0].speaker, null);
    assert.deepEqual(item.findings, []);
  });

  it('gives the same quotations and speakers for CRLF and LF text', () => {
    const lf = HEAD + 'Talks resumed.\n\n"We are ready," Lee said.\n\n"We will wait."';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = reviewText(lf).items[0].quotes.map((q) => [q.kind, q.speaker?.name, q.speaker?.rule]);
    const b = reviewText(crlf).items[0].quotes.map((q) => [q.kind, q.speaker?.name, q.speaker?.rule]);
    assert.deepEqual(a, b);
    assert.equal(a.length, 2);
  });
});
