// Line and column from UTF-16 offsets, for the edges (CLI output, SARIF). Lines end at LF, CRLF or a lone CR,
// as in VS Code. Everything is 0-based here; the CLI adds 1.

export interface LineIndex {
  /** 0-based line and character (UTF-16 code units) of an offset. */
  positionAt(offset: number): { line: number; character: number };
  /** Offset of a 0-based line and character (clamped to the line). */
  offsetAt(line: number, character: number): number;
  readonly lineCount: number;
}

export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return {
    lineCount: starts.length,
    positionAt(offset: number) {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo, character: o - starts[lo] };
    },
    offsetAt(line: number, character: number) {
      if (line < 0) return 0;
      if (line >= starts.length) return text.length;
      const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
      return Math.min(starts[line] + Math.max(0, character), lineEnd);
    },
  };
}
