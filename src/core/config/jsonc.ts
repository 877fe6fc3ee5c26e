// A small JSON-with-comments parser that keeps where every value sits. Pure (no Node API). Used to read
// `.wiredesk.json` with messages that point at the line and column of a mistake, and to insert an entry
// into its `accepted` list without reformatting the rest of the file. Accepts `//` and `/* */` comments
// and trailing commas, as VS Code does in its own JSON files.

export type JsonNode =
  | { type: 'object'; start: number; end: number; properties: JsonProperty[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number; value: null };

export interface JsonProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export interface JsonSyntaxError {
  message: string;
  offset: number;
}

export type JsonParse = { node: JsonNode } | { error: JsonSyntaxError };

class Failure {
  constructor(readonly message: string, readonly offset: number) {}
}

/** Parses JSON with comments and trailing commas. Never throws. */
export function parseJsonc(text: string): JsonParse {
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;

  const fail = (message: string, at = i): never => {
    throw new Failure(message, at);
  };
  const describeAt = (at: number) => (at >= n ? 'the end of the file' : `"${text[at]}"`);

  function skip(): void {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
      else if (c === 47 && text.charCodeAt(i + 1) === 47) {
        while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) fail('a comment opened with /* never closes');
        i = close + 2;
      } else break;
    }
  }

  function string(): string {
    const start = i;
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= n) fail('a text value never closes (missing ")', start);
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n' || c === '\r') fail('a text value runs to the end of the line (missing ")', start);
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('an invalid escape (\\) in a text value');
        }
        continue;
      }
      out += c;
      i++;
    }
  }

  function value(): JsonNode {
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const properties: JsonProperty[] = [];
      const seen = new Set<string>();
      for (;;) {
        skip();
        if (text[i] === '}') {
          i++;
          return { type: 'object', start, end: i, properties };
        }
        if (text[i] !== '"') fail(`expected a key in double quotes or "}", found ${describeAt(i)}`);
        const keyStart = i;
        const key = string();
        const keyEnd = i;
        if (seen.has(key)) fail(`the key "${key}" appears twice in the same object`, keyStart);
        seen.add(key);
        skip();
        if (text[i] !== ':') fail(`expected ":" after the key "${key}", found ${describeAt(i)}`);
        i++;
        properties.push({ key, keyStart, keyEnd, value: value() });
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') continue;
        fail(`expected "," or "}" after the value of "${key}", found ${describeAt(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      for (;;) {
        skip();
        if (text[i] === ']') {
          i++;
          return { type: 'array', start, end: i, items };
        }
        items.push(value());
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') continue;
        fail(`expected "," or "]" in a list, found ${describeAt(i)}`);
      }
    }
    if (c === '"') {
      const v = string();
      return { type: 'string', start, end: i, value: v };
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) {
      i += number[0].length;
      return { type: 'number', start, end: i, value: Number(number[0]) };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v === null ? { type: 'null', start, end: i, value: null } : { type: 'boolean', start, end: i, value: v };
      }
    }
    if (c === "'") fail('text values need double quotes ("), not single quotes');
    return fail(`expected a value, found ${describeAt(i)}`);
  }

  try {
    const node = value();
    skip();
    if (i < n) fail(`unexpected ${describeAt(i)} after the end of the configuration`);
    return { node };
  } catch (e) {
    if (e instanceof Failure) return { error: { message: e.message, offset: e.offset } };
    throw e;
  }
}

/** The plain JavaScript value of a parsed node. */
export function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) out[p.key] = toValue(p.value);
      return out;
    }
    case 'array':
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

/** The property `key` of an object node. */
export function property(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  return node?.type === 'object' ? node.properties.find((p) => p.key === key) : undefined;
}
