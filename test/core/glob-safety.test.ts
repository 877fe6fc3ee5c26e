// Globs come from settings, `.wiredesk.json` and `.gitignore` files in the workspace: untrusted. Compiled
// to regular expressions, some backtrack for minutes (`*a*a*a*a*a*a*a*a*a*a*a*b` on a 40-letter name).
// compileGlobs matches them by a table instead; this checks it means what globSource means, and that
// hostile globs return at once (no timing assertion: the suite's timeout is the guard).
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { compileGlobs, globMatcher, globSource, parseGitignore } from '../../src/core/config/glob';
import { queueScope, workspaceGlobMatcher } from '../../src/extension/queue-settings';
import { check } from './arbitraries';

const globPart = fc.constantFrom('a', 'b', '/', '*', '**', '**/', '?', '[ab]', '[!a]', '[a-b]', '\\*', '{a,b}', '{a/,b/c}', '.', 'x', '[', ']', '\\');
const glob = fc.array(globPart, { minLength: 1, maxLength: 7 }).map((p) => p.join('')).filter((g) => !/[{},]\*\*|\*\*[{},]/.test(g));
const path = fc.array(fc.constantFrom('a', 'b', '/', 'x', '.', '*', 'ab', 'a/b'), { maxLength: 8 }).map((p) => p.join(''));

describe('globs are matched without backtracking (untrusted globs)', function () {
  this.timeout(60000);

  it('compileGlobs means what the regular expression from globSource means', () => {
    check(
      'glob matcher = globSource',
      fc.property(glob, path, fc.boolean(), fc.boolean(), (g, p, anyFolder, orBelow) => {
        const source = (anyFolder ? '(?:[^/]*/)*' : '') + globSource(g) + (orBelow ? '(?:/.*)?' : '');
        const expected = new RegExp(`^(?:${source})$`).test(p);
        assert.equal(compileGlobs([g], { anyFolder, orBelow })(p), expected, `${JSON.stringify(g)} on ${JSON.stringify(p)}`);
      }),
      1500,
    );
  });

  it('hostile globs in settings, .wiredesk.json and .gitignore return at once on long names', () => {
    const hostile = ['*a*a*a*a*a*a*a*a*a*a*a*a*a*b', '**/**/**/**/**/**/**/**/**/**/**/x', '{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}{a,a}b', '[a]*[a]*[a]*[a]*[a]*[a]*[a]*[a]*[a]*[a]*c'];
    const long = 'a'.repeat(400);
    const deep = 'a/'.repeat(200) + 'y';
    for (const g of hostile) {
      assert.equal(globMatcher([g])(long), false);
      assert.equal(globMatcher([g])(deep), false);
      assert.equal(workspaceGlobMatcher([g])(long), false);
      assert.equal(queueScope({ include: [g], exclude: [], workspaceDiagnostics: false }, []).includes(long), false);
      assert.equal(parseGitignore(g).ignored(long, false), undefined);
      assert.equal(parseGitignore(g).ignored(deep, false), undefined);
    }
  });

  it('the globs users write still work', () => {
    const m = globMatcher(['*.draft.txt', 'archive/2024/**', 'tmp/', '{old,older}/*.wire']);
    assert.ok(m('a/b/x.draft.txt'));
    assert.ok(m('archive/2024/jan/x.txt'));
    assert.ok(m('tmp/x.txt'));
    assert.ok(m('older/x.wire'));
    assert.ok(!m('archive/2025/x.txt'));
    assert.ok(workspaceGlobMatcher(['**/node_modules/**'])('a/node_modules/b/c.txt'));
    const scope = queueScope({ include: ['**/*.txt', '**/*.wire'], exclude: ['**/node_modules/**'], workspaceDiagnostics: false }, ['**/.git']);
    assert.ok(scope.includes('feeds/today.txt'));
    assert.ok(!scope.includes('node_modules/x/today.txt'));
    assert.ok(!scope.includes('.git/x.txt'));
    const gi = parseGitignore('*.log\n!keep.log\nbuild/\n/root-only.txt\n');
    assert.equal(gi.ignored('a/b.log', false), true);
    assert.equal(gi.ignored('keep.log', false), false);
    assert.equal(gi.ignored('build', true), true);
    assert.equal(gi.ignored('build', false), undefined);
    assert.equal(gi.ignored('root-only.txt', false), true);
    assert.equal(gi.ignored('x/root-only.txt', false), undefined);
  });
});
