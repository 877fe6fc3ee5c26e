// `--format json`: one object, documented field by field in docs/cli.md. Keep it stable: add fields, never
// rename or remove them. Every key is always present (null when there is no value), offsets are UTF-16
// code-unit offsets into the file's text (after a UTF-8 BOM, which is not part of the text), `end` is
// exclusive, and line/column are 1-based (column in UTF-16 code units, as VS Code counts).
import type { Attribution, Finding, Item, Quote, Speaker, TextSpan } from '../core';
import { position, type CheckResult, type FileReport } from './check';
import type { ReadError } from './files';

export interface JsonSpan {
  start: number;
  end: number;
  text: string;
}

export interface JsonAttribution {
  name: string;
  title: string | null;
  organisation: boolean;
  mention: JsonSpan;
  rule: string;
  cue: JsonSpan | null;
  translated: boolean;
  via: string | null;
}

export interface JsonQuote {
  start: number;
  end: number;
  text: string;
  kind: string;
  closed: boolean;
  speaker: JsonAttribution | null;
}

export interface JsonSpeaker {
  name: string;
  title: string | null;
  organisation: boolean;
  quotes: number[];
}

export interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonItem {
  start: number;
  end: number;
  date: string | null;
  dateline: string | null;
  reviewed: boolean;
  disclaimer: JsonSpan | null;
  stamp: (JsonSpan & { reviewer: string; date: string }) | null;
  quotes: JsonQuote[];
  speakers: JsonSpeaker[];
  findings: JsonFinding[];
}

export interface JsonFile {
  path: string;
  items: JsonItem[];
}

export interface JsonOutput {
  tool: { name: string; version: string };
  files: JsonFile[];
  errors: ReadError[];
}

export function toJson(result: CheckResult, version: string): JsonOutput {
  return {
    tool: { name: 'Wire Desk', version },
    files: result.files.map(fileJson),
    errors: result.errors.map((e) => ({ path: e.path, message: e.message })),
  };
}

export function formatJson(result: CheckResult, version: string): string {
  return JSON.stringify(toJson(result, version), null, 2) + '\n';
}

function fileJson(file: FileReport): JsonFile {
  return { path: file.target.display, items: file.review.items.map((item) => itemJson(file, item)) };
}

function span(s: TextSpan): JsonSpan {
  return { start: s.start, end: s.end, text: s.text };
}

function itemJson(file: FileReport, item: Item): JsonItem {
  return {
    start: item.start,
    end: item.end,
    date: item.date ?? null,
    dateline: item.dateline?.text ?? null,
    reviewed: item.reviewed,
    disclaimer: item.disclaimer ? span(item.disclaimer) : null,
    stamp: item.stamp ? { ...span(item.stamp), reviewer: item.stamp.reviewer, date: item.stamp.date } : null,
    quotes: item.quotes.map(quoteJson),
    speakers: item.speakers.map(speakerJson),
    findings: [...item.findings].sort((a, b) => a.start - b.start || a.end - b.end).map((f) => findingJson(file, f)),
  };
}

function quoteJson(quote: Quote): JsonQuote {
  return {
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    closed: quote.closed,
    speaker: quote.speaker ? attributionJson(quote.speaker) : null,
  };
}

function attributionJson(a: Attribution): JsonAttribution {
  return {
    name: a.name,
    title: a.title ?? null,
    organisation: a.organisation,
    mention: span(a.mention),
    rule: a.rule,
    cue: a.cue ? span(a.cue) : null,
    translated: a.translated,
    via: a.via ?? null,
  };
}

function speakerJson(s: Speaker): JsonSpeaker {
  return { name: s.name, title: s.title ?? null, organisation: s.organisation, quotes: [...s.quotes] };
}

function findingJson(file: FileReport, f: Finding): JsonFinding {
  const start = position(file.lines, f.start);
  const end = position(file.lines, f.end);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    start: f.start,
    end: f.end,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}
