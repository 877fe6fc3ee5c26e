// Glob patterns over `/`-separated relative paths, and `.gitignore` rules. Pure (no Node API): the CLI,
// the extension and the web build share it.
//   `*` any characters but `/`; `?` one character but `/`; `**` any number of folders; `[abc]`, `[!a-z]`;
//   `{txt,wire}` alternatives (may nest).

/** A regular expression source for one glob (no anchors). */
export function globSource(glob: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        let j = i + 2;
        while (glob[j] === '*') j++;
        if (atSegmentStart && glob[j] === '/') {
          out += '(?:[^/]*/)*'; // `**/`: zero or more folders
          i = j;
        } else if (atSegmentStart && j === glob.length) {
          out += '.*'; // trailing `**`: everything below
          i = j - 1;
        } else {
          out += '[^/]*'; // `a**b` is just `a*b`
          i = j - 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negated = body[0] === '!' || body[0] === '^';
      if (negated) body = body.slice(1);
      body = body.replace(/[\\\]^]/g, (m) => '\\' + m);
      out += negated ? `[^/${body}]` : `[${body}]`;
      i = close;
    } else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) {
      out += '|';
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeRegExp(glob[++i]);
    } else {
      out += escapeRegExp(c);
    }
  }
  while (depth-- > 0) out += ')';
  return out;
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
}

/** Normalises a path for matching: `/` separators, no leading `./` or `/`. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
}

/**
 * A matcher for ignore globs written in a config file, relative to the folder of that file. As in
 * `.gitignore`: a glob without a `/` matches a name at any depth (`*.draft.txt`), a glob with one is
 * anchored at the config's folder (`archive/2024/**`), and a glob that matches a folder ignores
 * everything in it (`archive`, `archive/`).
 */
export function globMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const sources = globs
    .map((g) => g.trim())
    .filter((g) => g.length > 0)
    .map((g) => {
      let glob = g.replace(/\\/g, '/');
      const anchored = glob.replace(/\/+$/, '').includes('/');
      glob = glob.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
      return (anchored ? '' : '(?:[^/]*/)*') + globSource(glob) + '(?:/.*)?';
    });
  if (sources.length === 0) return () => false;
  const pattern = new RegExp(`^(?:${sources.join('|')})$`);
  return (relativePath) => pattern.test(normalisePath(relativePath));
}

interface IgnoreRule {
  pattern: RegExp;
  negated: boolean;
  directoryOnly: boolean;
}

/**
 * The rules of one `.gitignore` file. `ignored(path, isDirectory)` takes a path relative to the folder
 * holding the `.gitignore` and answers true (ignored), false (re-included by a `!` rule) or undefined
 * (no rule says anything).
 */
export function parseGitignore(text: string): { ignored(relativePath: string, isDirectory: boolean): boolean | undefined } {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    let negated = false;
    if (line.startsWith('!')) {
      negated = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
      line = line.slice(1);
    }
    const directoryOnly = line.endsWith('/');
    line = line.replace(/\/+$/, '');
    if (line === '') continue;
    const anchored = line.includes('/');
    line = line.replace(/^\/+/, '');
    const source = (anchored ? '' : '(?:[^/]*/)*') + globSource(line);
    rules.push({ pattern: new RegExp(`^${source}$`), negated, directoryOnly });
  }
  return {
    ignored(relativePath, isDirectory) {
      const path = normalisePath(relativePath);
      let verdict: boolean | undefined;
      for (const rule of rules) {
        if (rule.directoryOnly && !isDirectory) continue;
        if (rule.pattern.test(path)) verdict = !rule.negated;
      }
      return verdict;
    },
  };
}

/**
 * Whether a file is git-ignored, given the `.gitignore` files of its repository (keyed by the folder that
 * holds each, relative to the root, `''` for the root itself). As in git, a file inside an ignored folder
 * is ignored whatever later rules say.
 */
export class GitignoreSet {
  private readonly files = new Map<string, ReturnType<typeof parseGitignore>>();

  set(folder: string, text: string): void {
    this.files.set(normalisePath(folder).replace(/\/+$/, ''), parseGitignore(text));
  }

  delete(folder: string): void {
    this.files.delete(normalisePath(folder).replace(/\/+$/, ''));
  }

  get size(): number {
    return this.files.size;
  }

  /** `path` is relative to the repository root, `/`-separated. */
  ignores(path: string): boolean {
    const parts = normalisePath(path).split('/');
    // Every folder on the way down, then the file itself.
    for (let depth = 1; depth <= parts.length; depth++) {
      const isDirectory = depth < parts.length;
      let verdict: boolean | undefined;
      // Deeper .gitignore files take precedence over shallower ones.
      for (let k = 0; k < depth; k++) {
        const folder = parts.slice(0, k).join('/');
        const rules = this.files.get(folder);
        if (!rules) continue;
        const answer = rules.ignored(parts.slice(k, depth).join('/'), isDirectory);
        if (answer !== undefined) verdict = answer;
      }
      if (verdict) return true;
    }
    return false;
  }
}
