// `--format sarif`: a SARIF 2.1.0 log with one run. Rules come from the core's ruleList; every finding is a
// result located by line/column (1-based, UTF-16 code units: run.columnKind) and by charOffset/charLength
// (UTF-16 offsets into the text after any UTF-8 BOM, as VS Code shows the file).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleList, type RuleMeta, type Severity } from '../core';
import { position, type CheckResult } from './check';
import { STDIN_NAME, type Target } from './files';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base every relative artifact URI is resolved against: the directory the CLI ran in. */
export const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'none' | 'note' | 'warning' | 'error';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export interface SarifContext {
  version: string;
  /** Directory relative URIs are made against (the working directory). */
  cwd: string;
  /** Absolute http(s) URL of the repository's browsable tree, when package.json names one. */
  docsBase?: string;
  /** The installed package's root (where docs/rules/ lives), for file: help URIs otherwise. */
  packageRoot: string;
}

/** Where a rule's documentation is: an absolute URI, as SARIF requires for helpUri. */
export function helpUri(rule: RuleMeta, context: SarifContext): string {
  const docs = rule.docs && rule.docs.trim() !== '' ? rule.docs : `docs/rules/${rule.id}.md`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(docs)) return docs; // already a URI
  const path = docs.replace(/^\.?\//, '');
  if (context.docsBase) return `${context.docsBase.replace(/\/+$/, '')}/${path}`;
  return pathToFileURL(resolve(context.packageRoot, path)).href;
}

/** The artifact location of a target: relative to the working directory when inside it. */
export function artifactLocation(target: Target, cwd: string): { uri: string; uriBaseId?: string } {
  if (target.stdin || !target.absolute) return { uri: 'stdin' };
  const rel = relative(cwd, target.absolute);
  if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) {
    return { uri: pathToFileURL(target.absolute).href };
  }
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function toSarif(result: CheckResult, context: SarifContext): object {
  const ruleIndex = new Map<string, number>(ruleList.map((r, i) => [r.id, i]));
  const rules = ruleList.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: helpUri(rule, context),
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
  }));

  const artifacts = result.files.map((file) => ({
    location: artifactLocation(file.target, context.cwd),
    roles: ['analysisTarget'],
    encoding: 'utf-8',
  }));

  const results: object[] = [];
  result.files.forEach((file, artifactIndex) => {
    const location = artifactLocation(file.target, context.cwd);
    for (const item of file.review.items) {
      const findings = [...item.findings].sort((a, b) => a.start - b.start || a.end - b.end);
      for (const finding of findings) {
        const start = position(file.lines, finding.start);
        const end = position(file.lines, finding.end);
        const index = ruleIndex.get(finding.rule);
        results.push({
          ruleId: finding.rule,
          ...(index !== undefined ? { ruleIndex: index } : {}),
          level: sarifLevel(finding.severity),
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { ...location, index: artifactIndex },
                region: {
                  startLine: start.line,
                  startColumn: start.column,
                  // SARIF's endColumn is the column just after the region, which is what position() gives for `end`.
                  endLine: end.line,
                  endColumn: end.column,
                  charOffset: finding.start,
                  charLength: finding.end - finding.start,
                },
              },
            },
          ],
        });
      }
    }
  });

  const notifications = result.errors.map((error) => ({
    level: 'error',
    message: { text: `${error.path}: ${error.message}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation:
            error.path === STDIN_NAME ? { uri: 'stdin' } : artifactLocation({ display: error.path, absolute: resolve(context.cwd, error.path), explicit: true }, context.cwd),
        },
      },
    ],
  }));

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Wire Desk',
            version: context.version,
            semanticVersion: context.version,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            exitCode: result.exitCode,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarif(result: CheckResult, context: SarifContext): string {
  return JSON.stringify(toSarif(result, context), null, 2) + '\n';
}
