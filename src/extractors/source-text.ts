// Helpers shared by the tokenizing extractors (Gradle, Podfile, Package.swift...): blank out comments while
// keeping every offset and newline, and map offsets back to 1-based lines.

export interface CommentSyntax {
  line: string[]; // '//' or '#'
  block?: [string, string]; // ['/*', '*/']
  /** string delimiters whose content is kept verbatim; triple-quoted forms are tried first */
  quotes: string[];
}

export const C_LIKE: CommentSyntax = { line: ['//'], block: ['/*', '*/'], quotes: ['"""', "'''", '"', "'"] };
export const RUBY: CommentSyntax = { line: ['#'], quotes: ['"', "'"] };

/** Replaces comment characters with spaces (newlines kept), so regexes never see commented-out code. */
export function stripComments(text: string, syntax: CommentSyntax): string {
  const out = text.split('');
  let i = 0;
  const n = text.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < n; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  outer: while (i < n) {
    for (const q of syntax.quotes) {
      if (text.startsWith(q, i)) {
        let j = i + q.length;
        while (j < n) {
          if (q.length === 1 && text[j] === '\\') {
            j += 2;
            continue;
          }
          if (q.length === 1 && text[j] === '\n') break; // unterminated single-line string
          if (text.startsWith(q, j)) {
            j += q.length;
            break;
          }
          j++;
        }
        i = j;
        continue outer;
      }
    }
    for (const lc of syntax.line) {
      if (text.startsWith(lc, i)) {
        let j = text.indexOf('\n', i);
        if (j < 0) j = n;
        blank(i, j);
        i = j;
        continue outer;
      }
    }
    if (syntax.block && text.startsWith(syntax.block[0], i)) {
      let j = text.indexOf(syntax.block[1], i + syntax.block[0].length);
      j = j < 0 ? n : j + syntax.block[1].length;
      blank(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return out.join('');
}

/** Offset -> 1-based line number, by binary search over line starts. */
export class LineMap {
  private starts: number[] = [0];
  constructor(private text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** The trimmed source text of a 1-based line. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? 0;
    const end = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(start, end).trim();
  }
}
