// `wire-desk check --format sarif`: a SARIF 2.1.0 log, checked field by field against the 2.1.0 schema's
// rules for the objects we write (required properties, allowed properties, types and ranges).
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ruleList } from '../../src/core';
import { cli, cliJson, ROOT, RULE_IDS, SEED_DISPLAY, SEED_TEXT, tempTree, VERSION, lineColumn, type Run } from './helpers';

// Properties the SARIF 2.1.0 schema allows on each object we write (the schema says additionalProperties: false).
const ALLOWED = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'],
  toolComponent: ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName', 'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri', 'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'properties'],
  reportingDescriptor: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  result: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  location: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties'],
  artifact: ['description', 'location', 'parentIndex', 'offset', 'length', 'roles', 'mimeType', 'contents', 'encoding', 'sourceLanguage', 'hashes', 'lastModifiedTimeUtc', 'properties'],
  invocation: ['commandLine', 'arguments', 'responseFiles', 'startTimeUtc', 'endTimeUtc', 'exitCode', 'ruleConfigurationOverrides', 'notificationConfigurationOverrides', 'toolExecutionNotifications', 'toolConfigurationNotifications', 'exitCodeDescription', 'exitSignalName', 'exitSignalNumber', 'processStartFailureMessage', 'executionSuccessful', 'machine', 'account', 'processId', 'executableLocation', 'workingDirectory', 'environmentVariables', 'stdin', 'stdout', 'stderr', 'stdoutStderr', 'properties'],
  notification: ['locations', 'message', 'level', 'threadId', 'timeUtc', 'exception', 'descriptor', 'associatedRule', 'properties'],
  message: ['text', 'markdown', 'id', 'arguments', 'properties'],
  reportingConfiguration: ['enabled', 'level', 'rank', 'parameters', 'properties'],
};
const LEVELS = ['none', 'note', 'warning', 'error'];
const EXPECTED_LEVEL: Record<string, string> = {
  'unreviewed-item': 'warning',
  'unattributed-quote': 'warning',
  'unclosed-quote': 'error',
  'dateline-date': 'warning',
  'weekday-date': 'warning',
  'desk-note': 'warning',
  'translated-quote': 'note',
  'secondary-source': 'note',
};

function allowed(kind: keyof typeof ALLOWED, o: any, where: string) {
  assert.equal(typeof o, 'object', where);
  assert.ok(o !== null && !Array.isArray(o), where);
  for (const k of Object.keys(o)) assert.ok(ALLOWED[kind].includes(k), `${where}: property "${k}" is not allowed on ${kind}`);
}
function message(m: any, where: string) {
  allowed('message', m, where);
  assert.equal(typeof m.text, 'string', where);
  assert.ok(m.text.length > 0, where);
}
function isInt(n: unknown, min: number) {
  return Number.isInteger(n) && (n as number) >= min;
}
/** RFC 3986 absolute URI (what "format": "uri" requires). */
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
/** A relative reference without a scheme, no backslashes or spaces (what "uri-reference" with no base needs). */
const RELATIVE_URI = /^(?![a-z][a-z0-9+.-]*:)[^\s\\]+$/i;

describe('cli: --format sarif on seeds/', () => {
  let run: Run;
  let log: any;
  let json: any;
  before(() => {
    ({ run, out: log } = cliJson(['check', '--format', 'sarif', 'seeds/']));
    json = cliJson(['check', '--format', 'json', 'seeds/']).out;
  });

  it('is a SARIF 2.1.0 log with one run, exit code 1, nothing on stderr', () => {
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    allowed('log', log, 'log');
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0\.json$/);
    assert.ok(Array.isArray(log.runs));
    assert.equal(log.runs.length, 1);
    allowed('run', log.runs[0], 'run');
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
  });

  it('names the tool "Wire Desk" with the package version', () => {
    const { tool } = log.runs[0];
    assert.deepEqual(Object.keys(tool), ['driver']);
    allowed('toolComponent', tool.driver, 'driver');
    assert.equal(tool.driver.name, 'Wire Desk');
    assert.equal(tool.driver.version, VERSION);
    assert.equal(tool.driver.semanticVersion, VERSION);
  });

  it('describes every rule of the core: id, shortDescription, helpUri to docs/rules/ID.md, default level', () => {
    const rules = log.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r: any) => r.id).sort(), [...RULE_IDS].sort());
    // Exactly the core's ruleList, in its order, with its descriptions.
    assert.deepEqual(rules.map((r: any) => r.id), ruleList.map((r) => r.id));
    rules.forEach((rule: any, i: number) => {
      assert.equal(rule.shortDescription.text, ruleList[i].description);
      assert.equal(rule.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[ruleList[i].defaultSeverity]);
    });
    for (const rule of rules) {
      allowed('reportingDescriptor', rule, rule.id);
      message(rule.shortDescription, `${rule.id} shortDescription`);
      assert.match(rule.helpUri, ABSOLUTE_URI);
      assert.ok(rule.helpUri.endsWith(`docs/rules/${rule.id}.md`), rule.helpUri);
      if (rule.helpUri.startsWith('file:')) {
        assert.equal(fileURLToPath(rule.helpUri), join(ROOT, 'docs', 'rules', `${rule.id}.md`));
        assert.ok(existsSync(fileURLToPath(rule.helpUri)), `${rule.helpUri} exists`);
      }
      allowed('reportingConfiguration', rule.defaultConfiguration, `${rule.id} defaultConfiguration`);
      assert.equal(rule.defaultConfiguration.level, EXPECTED_LEVEL[rule.id], rule.id);
    }
  });

  it('lists the reviewed file as an artifact, relative to %SRCROOT% (the working directory)', () => {
    const r = log.runs[0];
    assert.deepEqual(r.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(ROOT).href + '/' } });
    assert.equal(r.artifacts.length, 1);
    allowed('artifact', r.artifacts[0], 'artifact');
    allowed('artifactLocation', r.artifacts[0].location, 'artifact location');
    assert.deepEqual(r.artifacts[0].location, { uri: SEED_DISPLAY.split('\\').join('/'), uriBaseId: '%SRCROOT%' });
    assert.deepEqual(r.artifacts[0].roles, ['analysisTarget']);
  });

  it('gives one result per finding, with rule, level, message and a region matching the JSON offsets', () => {
    const r = log.runs[0];
    const rules = r.tool.driver.rules;
    const findings = json.files[0].items.flatMap((i: any) => i.findings);
    assert.equal(r.results.length, findings.length);
    assert.ok(r.results.length >= 3);
    r.results.forEach((res: any, n: number) => {
      const where = `result ${n} (${res.ruleId})`;
      allowed('result', res, where);
      assert.ok(isInt(res.ruleIndex, 0), where);
      assert.equal(rules[res.ruleIndex].id, res.ruleId, `${where}: ruleIndex points to its rule`);
      assert.ok(LEVELS.includes(res.level), where);
      message(res.message, where);
      assert.equal(res.locations.length, 1, where);
      const loc = res.locations[0];
      allowed('location', loc, where);
      allowed('physicalLocation', loc.physicalLocation, where);
      const { artifactLocation, region } = loc.physicalLocation;
      allowed('artifactLocation', artifactLocation, where);
      assert.equal(artifactLocation.uri, 'seeds/000_557be8cb5a940d7c.txt');
      assert.match(artifactLocation.uri, RELATIVE_URI);
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(artifactLocation.index, 0);
      allowed('region', region, where);
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(isInt(region[k], 1), `${where} ${k}`);
      assert.ok(isInt(region.charOffset, 0) && isInt(region.charLength, 0), where);
      assert.deepEqual({ line: region.startLine, column: region.startColumn }, lineColumn(SEED_TEXT, region.charOffset), where);
      assert.deepEqual({ line: region.endLine, column: region.endColumn }, lineColumn(SEED_TEXT, region.charOffset + region.charLength), where);

      const f = findings[n];
      assert.equal(res.ruleId, f.rule, where);
      assert.equal(res.message.text, f.message, where);
      assert.equal(res.level, f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note', where);
      assert.equal(region.charOffset, f.start, where);
      assert.equal(region.charLength, f.end - f.start, where);
    });
    const unreviewed = r.results.find((res: any) => res.ruleId === 'unreviewed-item');
    assert.equal(unreviewed.level, 'warning');
    assert.equal(unreviewed.locations[0].physicalLocation.region.startColumn, 1);
    assert.ok(r.results.some((res: any) => res.ruleId === 'translated-quote' && res.level === 'note'));
    assert.ok(r.results.some((res: any) => res.ruleId === 'secondary-source' && res.level === 'note'));
  });

  it('records a successful invocation with the exit code', () => {
    const inv = log.runs[0].invocations;
    assert.equal(inv.length, 1);
    allowed('invocation', inv[0], 'invocation');
    assert.equal(inv[0].executionSuccessful, true);
    assert.equal(inv[0].exitCode, 1);
    assert.equal(inv[0].toolExecutionNotifications, undefined);
  });
});

describe('cli: --format sarif with a file that cannot be read', () => {
  it('reports it as a tool execution notification, marks the run unsuccessful and still gives the results', () => {
    const { run, out } = cliJson(['check', '--format', 'sarif', 'seeds/', 'no-such-file.txt']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no-such-file\.txt: no such file or directory/);
    const r = out.runs[0];
    assert.ok(r.results.length >= 3, 'the sample is still reviewed');
    const inv = r.invocations[0];
    allowed('invocation', inv, 'invocation');
    assert.equal(inv.executionSuccessful, false);
    assert.equal(inv.exitCode, 2);
    assert.equal(inv.toolExecutionNotifications.length, 1);
    const n = inv.toolExecutionNotifications[0];
    allowed('notification', n, 'notification');
    assert.equal(n.level, 'error');
    message(n.message, 'notification');
    assert.match(n.message.text, /no-such-file\.txt/);
    assert.equal(n.locations[0].physicalLocation.artifactLocation.uri, 'no-such-file.txt');
  });
});

describe('cli: --format sarif paths', () => {
  it('percent-encodes names and uses forward slashes, relative to the working directory', () => {
    const tree = tempTree({ 'a dir/b#1.txt': SEED_TEXT });
    try {
      const { out } = cliJson(['check', '--format', 'sarif', '.'], { cwd: tree.dir });
      const r = out.runs[0];
      assert.deepEqual(r.artifacts.map((a: any) => a.location.uri), ['a%20dir/b%231.txt']);
      assert.equal(r.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(tree.dir).href + '/');
      assert.ok(r.results.every((res: any) => res.locations[0].physicalLocation.artifactLocation.uri === 'a%20dir/b%231.txt'));
    } finally {
      tree.remove();
    }
  });

  it('uses an absolute file: URI for a file outside the working directory', () => {
    const tree = tempTree({ 'item.txt': SEED_TEXT });
    try {
      const path = join(tree.dir, 'item.txt');
      const { out } = cliJson(['check', '--format', 'sarif', path]);
      const loc = out.runs[0].artifacts[0].location;
      assert.equal(loc.uri, pathToFileURL(path).href);
      assert.equal(loc.uriBaseId, undefined);
    } finally {
      tree.remove();
    }
  });

  it('still lists every rule when there are no results', () => {
    const run = cli(['check', '--format', 'sarif', '-'], { input: '' });
    const log = JSON.parse(run.stdout);
    assert.equal(run.code, 0);
    assert.deepEqual(log.runs[0].results, []);
    assert.equal(log.runs[0].tool.driver.rules.length, RULE_IDS.length);
  });
});
