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

// ----- Matching without regular expressions -----
// A glob comes from settings, from `.wiredesk.json` and from `.gitignore` files in the workspace, so it is
// untrusted: compiled to a regular expression, `*a*a*a*a*a*a*a*a*b` or `**/**/**/**/x` backtracks for
// minutes on a long name (the extension host hangs). Globs are therefore matched by a table over (token,
// position): time proportional to the glob's length times the path's, whatever the glob. The meaning is
// that of `globSource` (which stays, for reference and tests).

type Token =
  | { t: 'lit'; c: number }
  | { t: 'one' } // `?`
  | { t: 'class'; re: RegExp } // `[a-z]`, `[!a-z]` (one character, tested alone: no backtracking)
  | { t: 'star' } // `*`: any characters but `/`
  | { t: 'dirs' } // `**/`: zero or more folders
  | { t: 'all' } // trailing `**`: anything below
  | { t: 'sub' }; // the path itself or anything below it (a folder glob ignores what is inside)

/** Most alternatives a glob's braces may expand to; beyond it the rest of its braces are taken literally. */
const MAX_ALTERNATIVES = 256;

/** The glob without braces: every alternative `{a,b}` stands for (nested braces included). */
function expandBraces(glob: string): string[] {
  // Parse into a tree of pieces: raw text, or a group of alternatives (each a list of pieces).
  type Piece = string | Piece[][];
  let i = 0;
  const parse = (depth: number): Piece[][] => {
    const alternatives: Piece[][] = [[]];
    let text = '';
    const flush = () => {
      if (text) alternatives[alternatives.length - 1].push(text);
      text = '';
    };
    while (i < glob.length) {
      const c = glob[i];
      if (c === '\\' && i + 1 < glob.length) {
        text += glob.slice(i, i + 2);
        i += 2;
      } else if (c === '[' && glob.indexOf(']', i + 2) >= 0) {
        const close = glob.indexOf(']', i + 2);
        text += glob.slice(i, close + 1);
        i = close + 1;
      } else if (c === '{') {
        flush();
        i++;
        alternatives[alternatives.length - 1].push(parse(depth + 1));
      } else if (c === '}' && depth > 0) {
        i++;
        flush();
        return alternatives;
      } else if (c === ',' && depth > 0) {
        i++;
        flush();
        alternatives.push([]);
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return alternatives; // an unclosed brace closes at the end, as in globSource
  };
  const expand = (pieces: Piece[]): string[] => {
    let out = [''];
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        out = out.map((o) => o + piece);
        continue;
      }
      const options = piece.flatMap(expand);
      const next: string[] = [];
      for (const o of out) for (const option of options) if (next.length < MAX_ALTERNATIVES) next.push(o + option);
      out = next;
    }
    return out;
  };
  return expand(parse(0)[0]);
}

/** The tokens of a glob without braces (see globSource for the meaning of each). */
function tokenize(glob: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        let j = i + 2;
        while (glob[j] === '*') j++;
        if (atSegmentStart && glob[j] === '/') {
          out.push({ t: 'dirs' });
          i = j;
        } else if (atSegmentStart && j === glob.length) {
          out.push({ t: 'all' });
          i = j - 1;
        } else {
          out.push({ t: 'star' });
          i = j - 1;
        }
      } else {
        out.push({ t: 'star' });
      }
    } else if (c === '?') {
      out.push({ t: 'one' });
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out.push({ t: 'lit', c: 91 });
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negated = body[0] === '!' || body[0] === '^';
      if (negated) body = body.slice(1);
      body = body.replace(/[\\\]^]/g, (m) => '\\' + m);
      let re: RegExp;
      try {
        re = new RegExp(negated ? `^[^/${body}]$` : `^[${body}]$`);
      } catch {
        re = /$^/; // a class the engine cannot read (`[z-a]`) matches nothing, as the whole glob did
      }
      out.push({ t: 'class', re });
      i = close;
    } else if (c === '\\' && i + 1 < glob.length) {
      out.push({ t: 'lit', c: glob.charCodeAt(++i) });
    } else {
      out.push({ t: 'lit', c: glob.charCodeAt(i) });
    }
  }
  return out;
}

const SLASH = 47;

/** Whether `tokens` match the whole of `s`: a table over (token, position), filled from the end. */
function matchTokens(tokens: readonly Token[], s: string): boolean {
  const n = s.length;
  // next[j]: can tokens[i+1..] match s[j..]?  cur[j]: can tokens[i..] match s[j..]?
  let next = new Uint8Array(n + 2);
  let cur = new Uint8Array(n + 2);
  next[n] = 1;
  const nextSlash = new Int32Array(n + 1);
  let seen = -1;
  for (let j = n; j >= 0; j--) {
    if (j < n && s.charCodeAt(j) === SLASH) seen = j;
    nextSlash[j] = seen;
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    cur.fill(0);
    let anyLater = 0; // for `sub`: does next[k] hold for some k > j?
    for (let j = n; j >= 0; j--) {
      const c = j < n ? s.charCodeAt(j) : -1;
      let ok = 0;
      switch (token.t) {
        case 'lit':
          ok = c === token.c ? next[j + 1] : 0;
          break;
        case 'one':
          ok = c >= 0 && c !== SLASH ? next[j + 1] : 0;
          break;
        case 'class':
          ok = c >= 0 && token.re.test(s[j]) ? next[j + 1] : 0;
          break;
        case 'star':
          ok = next[j] || (c >= 0 && c !== SLASH ? cur[j + 1] : 0);
          break;
        case 'all':
          ok = next[j] || (c >= 0 ? cur[j + 1] : 0);
          break;
        case 'dirs':
          ok = next[j] || (nextSlash[j] >= 0 ? cur[nextSlash[j] + 1] : 0);
          break;
        case 'sub':
          ok = next[j] || (c === SLASH ? anyLater : 0);
          break;
      }
      cur[j] = ok;
      if (next[j]) anyLater = 1;
    }
    [next, cur] = [cur, next];
  }
  return next[0] === 1;
}

export interface GlobOptions {
  /** Match the glob at any depth (any folders before it): `.gitignore` globs without a `/`. */
  anyFolder?: boolean;
  /** Also match anything below a matching path: a folder glob covers its contents. */
  orBelow?: boolean;
}

/**
 * A matcher for globs (any of them matching) over `/`-separated paths, safe for untrusted globs: its time
 * grows with the glob's length times the path's, never exponentially (see above).
 */
export function compileGlobs(globs: readonly string[], options: GlobOptions | ((glob: string) => GlobOptions) = {}): (path: string) => boolean {
  const alternatives: Token[][] = [];
  for (const glob of globs) {
    const o = typeof options === 'function' ? options(glob) : options;
    for (const expanded of expandBraces(glob)) {
      const tokens = tokenize(expanded);
      if (o.anyFolder) tokens.unshift({ t: 'dirs' });
      if (o.orBelow) tokens.push({ t: 'sub' });
      alternatives.push(tokens);
    }
  }
  if (alternatives.length === 0) return () => false;
  return (path) => alternatives.some((tokens) => matchTokens(tokens, path));
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
  const anchored: string[] = [];
  const anywhere: string[] = [];
  for (const g of globs.map((x) => x.trim()).filter((x) => x.length > 0)) {
    const glob = g.replace(/\\/g, '/');
    (glob.replace(/\/+$/, '').includes('/') ? anchored : anywhere).push(glob.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, ''));
  }
  if (anchored.length + anywhere.length === 0) return () => false;
  // Matched without regular expressions: the globs are untrusted (see compileGlobs).
  const atRoot = compileGlobs(anchored, { orBelow: true });
  const atAnyDepth = compileGlobs(anywhere, { anyFolder: true, orBelow: true });
  return (relativePath) => {
    const path = normalisePath(relativePath);
    return atRoot(path) || atAnyDepth(path);
  };
}

interface IgnoreRule {
  matches: (path: string) => boolean;
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
    rules.push({ matches: compileGlobs([line], { anyFolder: !anchored }), negated, directoryOnly });
  }
  return {
    ignored(relativePath, isDirectory) {
      const path = normalisePath(relativePath);
      let verdict: boolean | undefined;
      for (const rule of rules) {
        if (rule.directoryOnly && !isDirectory) continue;
        if (rule.matches(path)) verdict = !rule.negated;
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
  readonly #files = new Map<string, ReturnType<typeof parseGitignore>>();

  set(folder: string, text: string): void {
    this.#files.set(normalisePath(folder).replace(/\/+$/, ''), parseGitignore(text));
  }

  delete(folder: string): void {
    this.#files.delete(normalisePath(folder).replace(/\/+$/, ''));
  }

  get size(): number {
    return this.#files.size;
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
        const rules = this.#files.get(folder);
        if (!rules) continue;
        const answer = rules.ignored(parts.slice(k, depth).join('/'), isDirectory);
        if (answer !== undefined) verdict = answer;
      }
      if (verdict) return true;
    }
    return false;
  }
}
